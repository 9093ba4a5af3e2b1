package kr.gpuprogram.reports.report.excel;

import org.apache.poi.ss.usermodel.BorderStyle;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.DataFormat;
import org.apache.poi.ss.usermodel.FillPatternType;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.HorizontalAlignment;
import org.apache.poi.ss.usermodel.IndexedColors;
import org.apache.poi.ss.usermodel.VerticalAlignment;
import org.apache.poi.ss.usermodel.Workbook;

/**
 * Every cell style of one workbook, each created once (a workbook holds at most 64,000
 * styles, and a style per cell would also bloat the file).
 */
final class WorkbookStyles {

    static final String HOURS_FORMAT = "#,##0.00";
    static final String PERCENT_FORMAT = "0.00%";
    static final String KRW_FORMAT = "#,##0";
    static final String INTEGER_FORMAT = "#,##0";
    static final String DATE_FORMAT = "yyyy-mm-dd";

    /** A kind of cell: its body style and its style in a totals row. */
    enum Kind { TEXT, WRAPPED_TEXT, DATE, HOURS, PERCENT, KRW, INTEGER }

    final CellStyle title;
    final CellStyle subtitle;
    final CellStyle header;
    final CellStyle note;
    final CellStyle unit;
    private final CellStyle[] body = new CellStyle[Kind.values().length];
    private final CellStyle[] total = new CellStyle[Kind.values().length];

    WorkbookStyles(Workbook workbook) {
        DataFormat formats = workbook.createDataFormat();
        Font bold = workbook.createFont();
        bold.setBold(true);
        Font titleFont = workbook.createFont();
        titleFont.setBold(true);
        titleFont.setFontHeightInPoints((short) 14);
        Font headerFont = workbook.createFont();
        headerFont.setBold(true);
        headerFont.setColor(IndexedColors.WHITE.getIndex());

        title = workbook.createCellStyle();
        title.setFont(titleFont);
        subtitle = workbook.createCellStyle();
        subtitle.setFont(bold);
        note = workbook.createCellStyle();
        note.setWrapText(false);
        unit = workbook.createCellStyle();
        unit.setIndention((short) 1);

        header = workbook.createCellStyle();
        header.setFont(headerFont);
        header.setFillForegroundColor(IndexedColors.DARK_TEAL.getIndex());
        header.setFillPattern(FillPatternType.SOLID_FOREGROUND);
        header.setWrapText(true);
        header.setVerticalAlignment(VerticalAlignment.CENTER);
        header.setAlignment(HorizontalAlignment.CENTER);
        header.setBorderBottom(BorderStyle.THIN);

        for (Kind kind : Kind.values()) {
            body[kind.ordinal()] = style(workbook, formats, kind, null);
            total[kind.ordinal()] = style(workbook, formats, kind, bold);
        }
    }

    CellStyle body(Kind kind) {
        return body[kind.ordinal()];
    }

    CellStyle total(Kind kind) {
        return total[kind.ordinal()];
    }

    private static CellStyle style(Workbook workbook, DataFormat formats, Kind kind, Font totalFont) {
        CellStyle style = workbook.createCellStyle();
        switch (kind) {
            case DATE -> {
                style.setDataFormat(formats.getFormat(DATE_FORMAT));
                style.setAlignment(HorizontalAlignment.CENTER);
            }
            case HOURS -> style.setDataFormat(formats.getFormat(HOURS_FORMAT));
            case PERCENT -> style.setDataFormat(formats.getFormat(PERCENT_FORMAT));
            case KRW -> style.setDataFormat(formats.getFormat(KRW_FORMAT));
            case INTEGER -> style.setDataFormat(formats.getFormat(INTEGER_FORMAT));
            case WRAPPED_TEXT -> style.setWrapText(true);
            case TEXT -> { }
        }
        style.setVerticalAlignment(VerticalAlignment.TOP);
        if (totalFont != null) {
            style.setFont(totalFont);
            style.setBorderTop(BorderStyle.THIN);
            style.setFillForegroundColor(IndexedColors.GREY_25_PERCENT.getIndex());
            style.setFillPattern(FillPatternType.SOLID_FOREGROUND);
        }
        return style;
    }
}
