package kr.gpuprogram.reports.report.excel;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import kr.gpuprogram.reports.figures.GpuHours;
import kr.gpuprogram.reports.report.MeasuredHours;
import kr.gpuprogram.reports.report.ReportColumn;
import kr.gpuprogram.reports.report.excel.WorkbookStyles.Kind;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.PrintSetup;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.util.CellRangeAddress;

/**
 * Writes one sheet row after row (SXSSF flushes rows behind a window, so rows are never
 * revisited) and keeps the widest content of each column, to size the columns at the end
 * without AWT font metrics.
 */
final class SheetWriter {

    private static final int MIN_WIDTH = 6;
    private static final int MAX_WIDTH = 60;

    private final Sheet sheet;
    private final WorkbookStyles styles;
    private int[] widths = new int[16];
    private int nextRow;
    private Row row;
    private int nextColumn;
    private boolean totals;

    SheetWriter(Sheet sheet, WorkbookStyles styles) {
        this.sheet = sheet;
        this.styles = styles;
    }

    WorkbookStyles styles() {
        return styles;
    }

    Sheet sheet() {
        return sheet;
    }

    /** Index of the row the next {@link #row()} starts. */
    int nextRow() {
        return nextRow;
    }

    void skipRows(int count) {
        nextRow += count;
    }

    /** Starts a body row. */
    SheetWriter row() {
        return start(false);
    }

    /** Starts a totals row: bold, shaded, a rule above. */
    SheetWriter totalsRow() {
        return start(true);
    }

    private SheetWriter start(boolean totalsRow) {
        row = sheet.createRow(nextRow++);
        nextColumn = 0;
        totals = totalsRow;
        return this;
    }

    /** Writes a header row of the columns (Korean above English) and returns its index. */
    int header(List<Column> columns) {
        return header(columns, 0);
    }

    int header(List<Column> columns, int firstColumn) {
        start(false);
        row.setHeightInPoints(2 * sheet.getDefaultRowHeightInPoints() + 4);
        nextColumn = firstColumn;
        for (Column column : columns) {
            Cell cell = cell(styles.header);
            cell.setCellValue(column.header());
            measure(cell.getColumnIndex(), Math.max(displayWidth(column.korean()), displayWidth(column.english())) + 2);
        }
        return row.getRowNum();
    }

    /** Freezes the rows above {@code firstBodyRow} and puts an autofilter on the table's header and body rows. */
    void table(int headerRow, int lastBodyRow, int firstColumn, int lastColumn) {
        sheet.setAutoFilter(new CellRangeAddress(headerRow, Math.max(headerRow, lastBodyRow), firstColumn, lastColumn));
    }

    void freezeAbove(int firstScrollingRow) {
        sheet.createFreezePane(0, firstScrollingRow);
    }

    /**
     * Prints landscape on A4, one page wide and as many pages tall as needed, repeating the
     * header row (when {@code headerRow >= 0}) on every page.
     */
    void printLandscapeOnePageWide(int headerRow) {
        sheet.setFitToPage(true);
        sheet.setAutobreaks(true);
        PrintSetup print = sheet.getPrintSetup();
        print.setPaperSize(PrintSetup.A4_PAPERSIZE);
        print.setLandscape(true);
        print.setFitWidth((short) 1);
        print.setFitHeight((short) 0);
        if (headerRow >= 0) {
            sheet.setRepeatingRows(new CellRangeAddress(headerRow, headerRow, -1, -1));
        }
    }

    SheetWriter text(String value) {
        return text(value, Kind.TEXT);
    }

    SheetWriter styled(String value, CellStyle style) {
        Cell cell = cell(style);
        if (value != null) {
            cell.setCellValue(value);
        }
        return this;
    }

    private SheetWriter text(String value, Kind kind) {
        Cell cell = cell(style(kind));
        if (value != null && !value.isEmpty()) {
            cell.setCellValue(value);
            measure(cell.getColumnIndex(), displayWidth(value));
        }
        return this;
    }

    SheetWriter date(LocalDate value) {
        Cell cell = cell(style(Kind.DATE));
        if (value != null) {
            cell.setCellValue(value);
            measure(cell.getColumnIndex(), 10);
        }
        return this;
    }

    /** GPU-hours of exact GPU-seconds, rounded to 2 decimals as the CSV extracts are. */
    SheetWriter hours(long gpuSeconds) {
        return number(GpuHours.rounded(gpuSeconds), Kind.HOURS);
    }

    /** Hours only telemetry measures: an empty cell where nothing was measured, as the CSV leaves it. */
    SheetWriter hours(MeasuredHours value) {
        return value.known() ? hours(value.gpuSeconds()) : blank();
    }

    /** A row's cells in a table's columns, each as its kind says. */
    <R> SheetWriter cells(List<ReportColumn<R>> columns, R row) {
        columns.forEach(c -> cell(c.kind(), c.of(row)));
        return this;
    }

    /** A cell of a column the CSV and the PDF show too, written as its kind says; a figure not measured empty. */
    SheetWriter cell(ReportColumn.Kind kind, Object value) {
        if (value == null && (kind == ReportColumn.Kind.HOURS || kind == ReportColumn.Kind.INTEGER)) {
            return blank();
        }
        return switch (kind) {
            case TEXT -> text((String) value);
            case HOURS -> value instanceof MeasuredHours m ? hours(m) : hours((Long) value);
            case DATE -> date((LocalDate) value);
            case ROUNDED_HOURS -> number((BigDecimal) value, Kind.HOURS);
            case PERCENT -> percent((BigDecimal) value);
            case KRW -> krw((BigDecimal) value);
            case INTEGER -> integer((Long) value);
        };
    }

    /** A percentage given as {@code 100 x part / whole} with 2 decimals (null: empty), stored as its fraction. */
    SheetWriter percent(BigDecimal percent) {
        return number(percent == null ? null : percent.movePointLeft(2), Kind.PERCENT);
    }

    /** Whole KRW of an exact amount. */
    SheetWriter krw(BigDecimal exactKrw) {
        return number(GpuHours.krw(exactKrw), Kind.KRW);
    }

    SheetWriter integer(long value) {
        return number(BigDecimal.valueOf(value), Kind.INTEGER);
    }

    SheetWriter number(BigDecimal value, Kind kind) {
        Cell cell = cell(style(kind));
        if (value != null) {
            cell.setCellValue(value.doubleValue());
            measure(cell.getColumnIndex(), numberWidth(value, kind));
        }
        return this;
    }

    /** An empty cell that still carries the row's style (so a totals row is shaded throughout). */
    SheetWriter blank() {
        cell(style(Kind.TEXT));
        return this;
    }

    private CellStyle style(Kind kind) {
        return totals ? styles.total(kind) : styles.body(kind);
    }

    private Cell cell(CellStyle style) {
        Cell cell = row.createCell(nextColumn++);
        cell.setCellStyle(style);
        return cell;
    }

    void measure(int column, int width) {
        if (column >= widths.length) {
            widths = Arrays.copyOf(widths, Math.max(column + 1, widths.length * 2));
        }
        widths[column] = Math.max(widths[column], width);
    }

    /** Sets every measured column's width (with a little padding, within bounds). */
    void sizeColumns() {
        for (int column = 0; column < widths.length; column++) {
            if (widths[column] > 0) {
                int chars = Math.min(MAX_WIDTH, Math.max(MIN_WIDTH, widths[column] + 2));
                sheet.setColumnWidth(column, chars * 256);
            }
        }
    }

    /** Width in character cells: Hangul and other East Asian wide characters take two. */
    static int displayWidth(String text) {
        int width = 0;
        int lineWidth = 0;
        for (int i = 0; i < text.length(); ) {
            int cp = text.codePointAt(i);
            i += Character.charCount(cp);
            if (cp == '\n') {
                width = Math.max(width, lineWidth);
                lineWidth = 0;
            } else {
                lineWidth += isWide(cp) ? 2 : 1;
            }
        }
        return Math.max(width, lineWidth);
    }

    private static boolean isWide(int cp) {
        return (cp >= 0x1100 && cp <= 0x115F) || (cp >= 0x2E80 && cp <= 0xA4CF) || (cp >= 0xAC00 && cp <= 0xD7A3)
                || (cp >= 0xF900 && cp <= 0xFAFF) || (cp >= 0xFE30 && cp <= 0xFE4F) || (cp >= 0xFF00 && cp <= 0xFF60)
                || (cp >= 0xFFE0 && cp <= 0xFFE6) || (cp >= 0x20000 && cp <= 0x3FFFD);
    }

    /** Width of a number as its format shows it: grouped digits, its decimals, a sign, a percent sign. */
    private static int numberWidth(BigDecimal value, Kind kind) {
        int decimals = switch (kind) {
            case HOURS, PERCENT -> 2;
            default -> 0;
        };
        BigDecimal shown = kind == Kind.PERCENT ? value.movePointRight(2) : value;
        String digits = shown.abs().setScale(0, RoundingMode.DOWN).toPlainString();
        int width = digits.length() + (digits.length() - 1) / 3 + (decimals > 0 ? decimals + 1 : 0);
        if (shown.signum() < 0) {
            width++;
        }
        if (kind == Kind.PERCENT) {
            width++;
        }
        return width;
    }
}
