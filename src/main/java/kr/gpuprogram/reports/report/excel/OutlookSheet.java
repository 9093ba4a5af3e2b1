package kr.gpuprogram.reports.report.excel;

import java.math.BigDecimal;
import java.util.List;
import kr.gpuprogram.reports.ReportSettings;
import kr.gpuprogram.reports.report.OutlookRow;
import kr.gpuprogram.reports.report.PeriodReport;
import kr.gpuprogram.reports.report.Term;
import kr.gpuprogram.reports.report.Wording;
import kr.gpuprogram.reports.report.ReportColumn;
import kr.gpuprogram.reports.report.ReportTables;
import org.apache.poi.ss.usermodel.ConditionalFormattingRule;
import org.apache.poi.ss.usermodel.ConditionalFormattingThreshold.RangeType;
import org.apache.poi.ss.usermodel.DataBarFormatting;
import org.apache.poi.ss.usermodel.ExtendedColor;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.SheetConditionalFormatting;
import org.apache.poi.ss.util.CellRangeAddress;

/**
 * The Outlook sheet: every allocation active on the period's last day, the largest projected
 * loss (unused KRW) first, with a data bar over the projected use share (0 to 100 %: a bar
 * that fills its cell is full use), then the rule as configured and a sentence per status.
 */
final class OutlookSheet {

    static final String NAME = "Outlook";

    /** outlook.csv's columns with the institution's name beside its id, for a reader. */
    static final List<ReportColumn<OutlookRow>> COLUMNS = ReportColumn.inserted(ReportTables.OUTLOOK, "institution_id",
            ReportColumn.text("institution_name", Term.INSTITUTION, OutlookRow::institutionName));

    /** The column the data bar is drawn in. */
    static final int PROJECTED_USE_COLUMN = ReportColumn.indexOf(COLUMNS, "projected_use_pct");

    private OutlookSheet() {
    }

    static void write(PeriodReport figures, SheetWriter out, ReportSettings settings) {
        int header = out.header(Column.of(COLUMNS));
        List<OutlookRow> rows = figures.outlook().stream().sorted(OutlookRow.LARGEST_LOSS_FIRST).toList();
        for (OutlookRow o : rows) {
            out.row().cells(COLUMNS, o);
        }
        out.table(header, header + rows.size(), 0, COLUMNS.size() - 1);
        if (!rows.isEmpty()) {
            dataBar(out.sheet(), header + 1, header + rows.size());
        }
        out.skipRows(1);
        String lowPct = settings.outlookLowPct().stripTrailingZeros().toPlainString();
        out.row().styled(Wording.OUTLOOK_RULE.text(figures.period().to(), settings.reclaimWindowDays()), out.styles().note);
        out.row().styled(Wording.OUTLOOK_RULE_EN.text(figures.period().to(), settings.reclaimWindowDays()), out.styles().note);
        for (String sentence : OutlookRow.statusSentences(lowPct)) {
            out.row().styled(sentence, out.styles().note);
        }
        WorkbookWriter.finishTable(out, header);
    }

    /** A bar from 0 to 100 % of the projected use share: Excel draws it, nothing is computed twice. */
    private static void dataBar(Sheet sheet, int firstRow, int lastRow) {
        SheetConditionalFormatting formatting = sheet.getSheetConditionalFormatting();
        ExtendedColor color = sheet.getWorkbook().getCreationHelper().createExtendedColor();
        color.setARGBHex("FF5B9BD5");
        ConditionalFormattingRule rule = formatting.createConditionalFormattingRule(color);
        DataBarFormatting bar = rule.getDataBarFormatting();
        bar.getMinThreshold().setRangeType(RangeType.NUMBER);
        bar.getMinThreshold().setValue(0d);
        bar.getMaxThreshold().setRangeType(RangeType.NUMBER);
        bar.getMaxThreshold().setValue(BigDecimal.ONE.doubleValue());
        formatting.addConditionalFormatting(new CellRangeAddress[] {
                new CellRangeAddress(firstRow, lastRow, PROJECTED_USE_COLUMN, PROJECTED_USE_COLUMN)}, rule);
    }
}
