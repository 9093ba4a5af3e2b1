package kr.gpuprogram.reports.delivery;

import java.math.BigDecimal;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import kr.gpuprogram.reports.figures.GpuHours;
import kr.gpuprogram.reports.report.GroupedNumbers;
import kr.gpuprogram.reports.report.MissingDays;
import kr.gpuprogram.reports.report.OperatorWarnings;
import kr.gpuprogram.reports.report.PeriodReport;
import kr.gpuprogram.reports.report.PeriodReport.InstitutionRow;
import kr.gpuprogram.reports.report.PeriodReport.MissingRow;
import kr.gpuprogram.reports.report.PeriodReport.ReclaimRow;
import kr.gpuprogram.reports.report.SummaryLine;
import kr.gpuprogram.reports.report.Term;
import kr.gpuprogram.reports.report.Wording;
import kr.gpuprogram.reports.report.Totals;

/** The subject and the Korean/English body of a report mail, with the period's headline figures. */
final class MailComposer {

    private static final int MISSING_LINES = 20;

    private MailComposer() {
    }

    /** The first reclaim candidates the mail names; the rest are counted (all of them are in reclaim.csv). */
    static final int CANDIDATES_NAMED = 10;

    public static String subject(PeriodReport figures) {
        // provisional from job-file gaps alone: without telemetry usage is still complete
        String provisional = figures.provisional() ? Wording.MAIL_SUBJECT_PROVISIONAL.text() : "";
        String scope = figures.operatorScope() == null ? "" : " (" + figures.operatorScope() + ")";
        return provisional + Wording.MAIL_SUBJECT.text(figures.period().name(), scope);
    }

    public static String body(PeriodReport figures, List<String> attachmentNames, BigDecimal coverageWarningPct) {
        StringBuilder text = new StringBuilder();
        List<MissingDays> groups = MissingDays.group(figures.missing());
        List<MissingDays> jobGaps = groups.stream().filter(g -> g.kind().equals(MissingRow.JOBS)).toList();
        List<MissingDays> telemetryGaps = groups.stream().filter(g -> !g.kind().equals(MissingRow.JOBS)).toList();
        if (figures.provisional()) {
            text.append(Wording.MAIL_PROVISIONAL.text());
            // job files first and in full: without them usage itself is short, not only the telemetry columns
            appendGaps(text, Wording.MAIL_JOB_GAPS.text(Term.JOB_FILES.ko(), Term.JOB_FILES.en()), jobGaps,
                    Integer.MAX_VALUE);
        }
        appendGaps(text, Wording.MAIL_TELEMETRY_GAPS.text(Term.TELEMETRY_FILES.ko(), Term.TELEMETRY_FILES.en()),
                telemetryGaps, MISSING_LINES);
        if (!groups.isEmpty()) {
            text.append('\n');
        }
        for (String line : kr.gpuprogram.reports.report.OverCapacity.lines(figures.overCapacity())) {
            text.append(line).append('\n');
        }
        Totals totals = figures.totals();
        text.append(Term.REPORT_TITLE.pair()).append('\n')
                .append(line(Term.PERIOD, figures.period().name()))
                .append(line(Term.SCOPE, figures.operatorScope() == null
                        ? Term.WHOLE_PROGRAM.pair() : Term.OPERATOR.pair() + " " + figures.operatorScope())).append('\n');
        // the summary as every output shows it: each indented line is a part of the line above it
        for (SummaryLine l : figures.summary()) {
            text.append("  ".repeat(l.depth())).append(line(l.term(), summaryValue(l)));
        }
        text.append(line(Term.UTILIZATION, percent(totals.utilizationPct())))
                .append(line(Term.ALLOCATION_UTILIZATION, percent(totals.allocationUtilizationPct())))
                .append(line(Term.ALLOCATED_SUPPORT, krw(totals.allocatedKrw())))
                .append(line(Term.USED_SUPPORT, krw(totals.usedKrw())))
                .append('\n');
        reclaimCandidates(text, figures);
        text.append(line(Term.UNVERIFIED, String.valueOf(figures.reclaimUnverified().size()))).append('\n');
        OutlookMailText.appendLow(text, figures);
        if (figures.operatorScope() == null) {
            operatorWarnings(text, figures, coverageWarningPct);
        }
        text.append(Term.ATTACHED.pair()).append(": ").append(String.join(", ", attachmentNames)).append('\n');
        return text.toString();
    }

    /** A summary line's value; a measurement says how much of it was measured, or that nothing was. */
    static String summaryValue(SummaryLine l) {
        return l.measured() == null ? hours(l.gpuSeconds()) : l.measured().pair(hours(l.gpuSeconds()));
    }

    /** The candidates by name (allocation, institution, window use, idle GPU-h and KRW): the first ten, then a count. */
    private static void reclaimCandidates(StringBuilder text, PeriodReport figures) {
        List<ReclaimRow> candidates = figures.reclaimCandidates();
        text.append(Wording.MAIL_RECLAIM_CANDIDATES.text(Term.RECLAIM_CANDIDATES.ko(), candidates.size(),
                Term.RECLAIM_CANDIDATES.en()));
        Map<String, String> names = new HashMap<>();
        for (InstitutionRow i : figures.institutions()) {
            names.put(i.institutionId(), i.institutionName());
        }
        candidates.stream().limit(CANDIDATES_NAMED).forEach(c -> text.append(Wording.MAIL_RECLAIM_LINE.text(
                c.allocationId(), names.getOrDefault(c.institutionId(), ""), c.institutionId(),
                Term.WINDOW_USE_PCT.ko(), percent(GpuHours.percent(c.usedGs(), c.allocatedGs())),
                Term.WINDOW_IDLE.ko(), GroupedNumbers.hours(c.idleGs()), GroupedNumbers.krw(c.idleKrw()))));
        if (candidates.size() > CANDIDATES_NAMED) {
            text.append(Wording.MAIL_RECLAIM_MORE.text(candidates.size() - CANDIDATES_NAMED));
        }
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
