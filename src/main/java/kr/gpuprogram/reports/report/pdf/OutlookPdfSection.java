package kr.gpuprogram.reports.report.pdf;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import kr.gpuprogram.reports.ReportSettings;
import kr.gpuprogram.reports.report.GroupedNumbers;
import kr.gpuprogram.reports.report.OutlookRow;
import kr.gpuprogram.reports.report.PeriodReport;
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

    static List<Map<String, ?>> rows(List<OutlookRow> low) {
        List<Map<String, ?>> rows = new ArrayList<>();
        for (OutlookRow o : low) {
            Map<String, Object> r = new HashMap<>();
            r.put("allocationId", o.allocationId());
            r.put("institution", (o.institutionName() == null ? "" : o.institutionName()) + " (" + o.institutionId() + ")");
            r.put("clusterId", o.clusterId());
            r.put("endDate", o.endDate().toString());
            r.put("daysLeft", String.valueOf(o.daysLeft()));
            r.put("usedToDatePct", percent(o.usedToDatePct()));
            r.put("elapsedPct", percent(o.elapsedPct()));
            r.put("projectedUsePct", percent(o.projectedUsePct()));
            r.put("projectedUnused", GroupedNumbers.decimal(o.projectedUnusedGpuHours()));
            r.put("projectedUnusedKrw", o.projectedUnusedKrw() == null ? "" : GroupedNumbers.krw(o.projectedUnusedKrw()));
            rows.add(r);
        }
        return rows;
    }

    private static String percent(BigDecimal pct) {
        return pct == null ? "" : pct.toPlainString();
    }
}
