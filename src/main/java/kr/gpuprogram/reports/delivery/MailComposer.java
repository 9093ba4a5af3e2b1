package kr.gpuprogram.reports.delivery;

import java.math.BigDecimal;
import java.util.List;
import kr.gpuprogram.reports.report.GroupedNumbers;
import kr.gpuprogram.reports.report.MissingDays;
import kr.gpuprogram.reports.report.OperatorWarnings;
import kr.gpuprogram.reports.report.PeriodReport;
import kr.gpuprogram.reports.report.PeriodReport.ClusterRow;
import kr.gpuprogram.reports.report.PeriodReport.MissingRow;
import kr.gpuprogram.reports.report.Term;
import kr.gpuprogram.reports.report.Wording;
import kr.gpuprogram.reports.report.Totals;

/** The subject and the Korean/English body of a report mail, with the period's headline figures. */
final class MailComposer {

    private static final int MISSING_LINES = 20;

    private MailComposer() {
    }

    public static String subject(PeriodReport figures) {
        String provisional = figures.missing().isEmpty() ? "" : Wording.MAIL_SUBJECT_PROVISIONAL.text();
        String scope = figures.operatorScope() == null ? "" : " (" + figures.operatorScope() + ")";
        return provisional + Wording.MAIL_SUBJECT.text(figures.period().name(), scope);
    }

    public static String body(PeriodReport figures, List<String> attachmentNames, BigDecimal coverageWarningPct) {
        StringBuilder text = new StringBuilder();
        List<MissingRow> missing = figures.missing();
        if (!missing.isEmpty()) {
            text.append(Wording.MAIL_PROVISIONAL.text());
            List<MissingDays> groups = MissingDays.group(missing);
            // job files first and in full: without them usage itself is short, not only the telemetry columns
            appendGaps(text, Wording.MAIL_JOB_GAPS.text(Term.JOB_FILES.ko(), Term.JOB_FILES.en()),
                    groups.stream().filter(g -> g.kind().equals("jobs")).toList(), Integer.MAX_VALUE);
            appendGaps(text, Term.TELEMETRY_FILES.pair(),
                    groups.stream().filter(g -> !g.kind().equals("jobs")).toList(), MISSING_LINES);
            text.append('\n');
        }
        Totals totals = figures.totals();
        ClusterRow total = totals.clusters();
        text.append(Term.REPORT_TITLE.pair()).append('\n')
                .append(line(Term.PERIOD, figures.period().name()))
                .append(line(Term.SCOPE, figures.operatorScope() == null
                        ? Term.WHOLE_PROGRAM.pair() : Term.OPERATOR.pair() + " " + figures.operatorScope())).append('\n')
                .append(line(Term.CAPACITY, hours(total.capacityGs())))
                .append(line(Term.ALLOCATED, hours(total.allocatedGs())))
                .append(line(Term.USED, hours(total.usedGs())))
                .append(line(Term.UTILIZATION, percent(totals.utilizationPct())))
                .append(line(Term.ALLOCATION_UTILIZATION, percent(totals.allocationUtilizationPct())))
                .append(line(Term.UNALLOCATED, hours(total.unallocatedGs())))
                .append(line(Term.ALLOCATED_IDLE, hours(total.allocatedIdleGs())))
                .append(line(Term.ACTIVE_IDLE, total.measured() ? hours(total.activeIdleGs()) : Term.NOT_MEASURED.pair()))
                .append(line(Term.USED_SUPPORT, krw(totals.usedKrw())))
                .append(line(Term.RECLAIM_CANDIDATES, String.valueOf(figures.reclaimCandidates().size())))
                .append(line(Term.UNVERIFIED, String.valueOf(figures.reclaimUnverified().size())))
                .append(line(Term.SELF_USE, hours(totals.selfUseGs())))
                .append('\n');
        OutlookMailText.appendLow(text, figures);
        if (figures.operatorScope() == null) {
            operatorWarnings(text, figures, coverageWarningPct);
        }
        text.append(Term.ATTACHED.pair()).append(": ").append(String.join(", ", attachmentNames)).append('\n');
        return text.toString();
    }

    /** One line per cluster with its days as ranges; beyond {@code limit} clusters, a count. */
    private static void appendGaps(StringBuilder text, String title, List<MissingDays> groups, int limit) {
        if (groups.isEmpty()) {
            return;
        }
        int days = groups.stream().mapToInt(MissingDays::days).sum();
        text.append(title).append(": ").append(days).append(" cluster-day(s)\n");
        groups.stream().limit(limit).forEach(g ->
                text.append("  - ").append(g.clusterId()).append(": ").append(g.ranges()).append('\n'));
        if (groups.size() > limit) {
            int more = groups.size() - limit;
            text.append(Wording.MAIL_MORE_CLUSTERS.text(more));
        }
    }

    /**
     * The program mail names the operators a program manager should look at: telemetry coverage
     * below the setting, or program users who waited while the operator ran its own jobs.
     */
    private static void operatorWarnings(StringBuilder text, PeriodReport figures, BigDecimal thresholdPct) {
        List<OperatorWarnings.Warning> warnings = OperatorWarnings.of(figures.operators(), thresholdPct);
        text.append(Wording.MAIL_REVIEW_THRESHOLD.text(Term.OPERATOR_REVIEW.pair(), Term.TELEMETRY_COVERAGE.ko(),
                thresholdPct.stripTrailingZeros().toPlainString()));
        if (warnings.isEmpty()) {
            text.append(Wording.MAIL_NO_OPERATOR_TO_REVIEW.text());
            return;
        }
        for (OperatorWarnings.Warning w : warnings) {
            text.append("  - ").append(w.operatorName()).append(" (").append(w.operatorId()).append("):");
            if (w.lowCoverage()) {
                text.append(' ').append(Term.TELEMETRY_COVERAGE.pair()).append(' ').append(w.coveragePct().toPlainString()).append('%');
            }
            if (w.waited()) {
                text.append(w.lowCoverage() ? ";" : "").append(' ').append(Term.WAITING_DURING_SELF_USE.pair()).append(' ')
                        .append(hours(w.waitingGs()));
            }
            text.append('\n');
        }
        text.append('\n');
    }

    /** {@code 한국어 / English: value}: every headline line is a glossary term, as in the workbook's Summary. */
    private static String line(Term term, String value) {
        return term.pair() + ": " + value + "\n";
    }

    private static String hours(long gpuSeconds) {
        return GroupedNumbers.hours(gpuSeconds) + " " + Term.UNIT_GPU_HOURS.en();
    }

    private static String percent(BigDecimal percent) {
        return percent == null ? "-" : percent.toPlainString() + "%";
    }

    private static String krw(BigDecimal exact) {
        return GroupedNumbers.krw(exact) + " " + Term.UNIT_KRW.en();
    }
}
