package kr.gpuprogram.reports.report.excel;

import java.math.BigDecimal;
import java.util.List;
import kr.gpuprogram.reports.ReportSettings;
import kr.gpuprogram.reports.report.OutlookRow;
import kr.gpuprogram.reports.report.PeriodReport;
import kr.gpuprogram.reports.report.Term;
import kr.gpuprogram.reports.report.Wording;
import kr.gpuprogram.reports.report.excel.WorkbookStyles.Kind;
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

    static final List<Column> COLUMNS = List.of(
            Column.text(Term.ALLOCATION_ID),
            Column.text(Term.INSTITUTION_ID),
            Column.text(Term.INSTITUTION),
            Column.text(Term.CLUSTER),
            Column.of(Kind.DATE, Term.START_DATE),
            Column.of(Kind.DATE, Term.END_DATE),
            Column.hours(Term.TERM_ALLOCATED),
            Column.hours(Term.USED_TO_DATE),
            Column.of(Kind.PERCENT, Term.USED_TO_DATE_PCT),
            Column.of(Kind.PERCENT, Term.ELAPSED_PCT),
            Column.of(Kind.INTEGER, Term.DAYS_LEFT),
            Column.of(Kind.HOURS, Term.PACE, Term.UNIT_GPU_HOURS_PER_DAY),
            Column.hours(Term.PROJECTED_USED),
            Column.of(Kind.PERCENT, Term.PROJECTED_USE_PCT),
            Column.hours(Term.PROJECTED_UNUSED),
            Column.of(Kind.KRW, Term.PROJECTED_UNUSED_SUPPORT, Term.UNIT_KRW),
            Column.of(Kind.INTEGER, Term.WINDOW_MISSING_DAYS),
            Column.text(Term.STATUS));

    /** The column the data bar is drawn in. */
    static final int PROJECTED_USE_COLUMN = 13;

    private OutlookSheet() {
    }

    static void write(PeriodReport figures, SheetWriter out, ReportSettings settings) {
        int header = out.header(COLUMNS);
        List<OutlookRow> rows = figures.outlook().stream().sorted(OutlookRow.LARGEST_LOSS_FIRST).toList();
        for (OutlookRow o : rows) {
            out.row().text(o.allocationId()).text(o.institutionId()).text(o.institutionName()).text(o.clusterId())
                    .date(o.startDate()).date(o.endDate()).hours(o.termGs()).hours(o.usedToDateGs())
                    .percent(o.usedToDatePct()).percent(o.elapsedPct()).integer(o.daysLeft())
                    .number(o.paceGpuHoursPerDay(), Kind.HOURS).number(o.projectedUsedGpuHours(), Kind.HOURS)
                    .percent(o.projectedUsePct()).number(o.projectedUnusedGpuHours(), Kind.HOURS)
                    .krw(o.projectedUnusedKrw()).integer(o.windowMissingDays()).text(o.status());
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
