package kr.gpuprogram.reports.report.pdf;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import kr.gpuprogram.reports.ReportSettings;
import kr.gpuprogram.reports.report.OutlookRow;
import kr.gpuprogram.reports.report.PeriodReport;
import kr.gpuprogram.reports.report.ReportTables;
import kr.gpuprogram.reports.report.Term;
import kr.gpuprogram.reports.report.Wording;

/**
 * The PDF's outlook section (report-templates/gpu-usage-outlook.jrxml): the LOW allocations, the
 * largest projected loss first, the burn-down chart of the ten largest projected losses of any
 * status, and the rule with one sentence per status. Rows are maps of formatted strings.
 */
final class OutlookPdfSection {

    static final int CHARTED = 10;

    private OutlookPdfSection() {
    }

    /** The section's fields of the main template's record. */
    static void put(Map<String, Object> m, PeriodReport figures, ReportSettings settings) {
        String lowPct = settings.outlookLowPct().stripTrailingZeros().toPlainString();
        m.put("outlookLow", rows(figures.outlookLow()));
        m.put("outlookTitle", Term.OUTLOOK.ko() + " · " + Term.OUTLOOK_LOW.ko() + " (LOW)");
        m.put("outlookNote", Wording.OUTLOOK_RULE.text(figures.period().to(), settings.reclaimWindowDays()) + "\n"
                + String.join("\n", OutlookRow.statusSentences(lowPct)) + "\n"
                + Wording.OUTLOOK_COUNTS.text(count(figures, OutlookRow.LOW), count(figures, OutlookRow.OVER),
                        count(figures, OutlookRow.ON_TRACK), count(figures, OutlookRow.UNVERIFIED)));
        m.put("outlookEmpty", Wording.OUTLOOK_NONE_LOW.text(Term.OUTLOOK_LOW.ko()));
        List<OutlookRow> largest = figures.outlook().stream()
                .filter(r -> r.projectedUnusedGs().signum() > 0)
                .sorted(OutlookRow.LARGEST_LOSS_FIRST).limit(CHARTED).toList();
        m.put("outlookChartTitle", Wording.OUTLOOK_CHART_TITLE.text(largest.size()));
        m.put("outlookChart", largest.isEmpty() ? null : OutlookBurnDownChart.renderer(largest));
    }

    private static long count(PeriodReport figures, String status) {
        return figures.outlook().stream().filter(r -> r.status().equals(status)).count();
    }

    /** The LOW rows' fields, named as outlook.csv's columns; the institution, name and id, is the PDF's own. */
    static List<Map<String, ?>> rows(List<OutlookRow> low) {
        List<Map<String, ?>> rows = new ArrayList<>();
        for (OutlookRow o : low) {
            Map<String, Object> r = PdfReportModel.fields(ReportTables.OUTLOOK, o);
            r.put("institution", (o.institutionName() == null ? "" : o.institutionName()) + " (" + o.institutionId() + ")");
            rows.add(r);
        }
        return rows;
    }
}
