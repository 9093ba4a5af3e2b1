package kr.gpuprogram.reports.delivery;

import java.math.BigDecimal;
import java.text.DecimalFormat;
import java.text.DecimalFormatSymbols;
import java.util.List;
import java.util.Locale;
import kr.gpuprogram.reports.figures.GpuHours;
import kr.gpuprogram.reports.report.MissingDays;
import kr.gpuprogram.reports.report.OperatorWarnings;
import kr.gpuprogram.reports.report.PeriodFigures;
import kr.gpuprogram.reports.report.PeriodFigures.ClusterRow;
import kr.gpuprogram.reports.report.PeriodFigures.InstitutionRow;
import kr.gpuprogram.reports.report.PeriodFigures.MissingRow;

/** The subject and the Korean/English body of a report mail, with the period's headline figures. */
public final class MailComposer {

    private static final int MISSING_LINES = 20;

    private MailComposer() {
    }

    public static String subject(PeriodFigures figures) {
        String provisional = figures.missing().isEmpty() ? "" : "[잠정/PROVISIONAL] ";
        String scope = figures.operatorScope() == null ? "" : " (" + figures.operatorScope() + ")";
        return provisional + "GPU 지원사업 사용 현황 / GPU usage report " + figures.period().name() + scope;
    }

    public static String body(PeriodFigures figures, List<String> attachmentNames, BigDecimal coverageWarningPct) {
        StringBuilder text = new StringBuilder();
        List<MissingRow> missing = figures.missing();
        if (!missing.isEmpty()) {
            text.append("[잠정 보고 / PROVISIONAL REPORT]\n")
                    .append("다음 클러스터-일의 입력 파일이 없어 수치가 확정되지 않았습니다 (missing.csv 첨부).\n")
                    .append("Input files are missing for these cluster-days; the figures are not final (missing.csv attached).\n");
            List<MissingDays> groups = MissingDays.group(missing);
            // job files first and in full: without them usage itself is short, not only the telemetry columns
            appendGaps(text, "작업 기록 파일 (사용량에 영향) / Job accounting files (usage depends on them)",
                    groups.stream().filter(g -> g.kind().equals("jobs")).toList(), Integer.MAX_VALUE);
            appendGaps(text, "텔레메트리 파일 / Telemetry files",
                    groups.stream().filter(g -> !g.kind().equals("jobs")).toList(), MISSING_LINES);
            text.append('\n');
        }
        ClusterRow total = figures.programTotals();
        long allocatedGs = 0;
        long institutionUsedGs = 0;
        BigDecimal usedKrw = BigDecimal.ZERO;
        for (InstitutionRow row : figures.institutions()) {
            allocatedGs += row.allocatedGs();
            institutionUsedGs += row.usedGs();
            usedKrw = row.usedKrw() == null ? usedKrw : usedKrw.add(row.usedKrw());
        }
        text.append("GPU 지원사업 사용 현황 보고 / GPU support program usage report\n")
                .append("기간 / Period: ").append(figures.period().name()).append('\n')
                .append("범위 / Scope: ").append(figures.operatorScope() == null
                        ? "사업 전체 / whole program" : "운영사 / operator " + figures.operatorScope()).append("\n\n")
                .append(line("용량 / Capacity", hours(total.capacityGs())))
                .append(line("배분 / Allocated", hours(total.allocatedGs())))
                .append(line("사용 / Used", hours(total.usedGs())))
                .append(line("가동률 / Utilization", percent(total.usedGs(), total.capacityGs())))
                .append(line("배분 대비 사용률 / Allocation utilization", percent(institutionUsedGs, allocatedGs)))
                .append(line("미배분 / Unallocated", hours(total.unallocatedGs())))
                .append(line("배분 후 미사용 / Allocated idle", hours(total.allocatedIdleGs())))
                .append(line("작업 중 유휴 / Active idle", total.measured() ? hours(total.activeIdleGs())
                        : "측정 없음 / not measured (no telemetry)"))
                .append(line("지원 금액(사용) / Support used", krw(usedKrw)))
                .append(line("회수 검토 대상 / Reclaim candidates", String.valueOf(figures.reclaimCandidates().size())))
                .append(line("확인 불가 (파일 누락) / Unverified (files missing)", String.valueOf(figures.reclaimUnverified().size())))
                .append(line("운영사 자체 사용 / Operators' self-use", hours(selfUse(figures))))
                .append('\n');
        if (figures.operatorScope() == null) {
            operatorWarnings(text, figures, coverageWarningPct);
        }
        text.append("첨부 / Attached: ").append(String.join(", ", attachmentNames)).append('\n');
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
            text.append("  ... 외 클러스터 ").append(more).append("개 / and ").append(more).append(" more cluster(s) (missing.csv)\n");
        }
    }

    /**
     * The program mail names the operators a program manager should look at: telemetry coverage
     * below the setting, or program users who waited while the operator ran its own jobs.
     */
    private static void operatorWarnings(StringBuilder text, PeriodFigures figures, BigDecimal thresholdPct) {
        List<OperatorWarnings.Warning> warnings = OperatorWarnings.of(figures.operators(), thresholdPct);
        text.append("운영사 점검 / Operator review (텔레메트리 포괄률 기준 / coverage threshold ")
                .append(thresholdPct.stripTrailingZeros().toPlainString()).append("%):\n");
        if (warnings.isEmpty()) {
            text.append("  해당 운영사 없음 / no operator to look at\n\n");
            return;
        }
        for (OperatorWarnings.Warning w : warnings) {
            text.append("  - ").append(w.operatorName()).append(" (").append(w.operatorId()).append("):");
            if (w.lowCoverage()) {
                text.append(" 텔레메트리 포괄률 / telemetry coverage ").append(w.coveragePct().toPlainString()).append('%');
            }
            if (w.waited()) {
                text.append(w.lowCoverage() ? ";" : "").append(" 자체 사용 중 사업 사용자 대기 / users waited during self-use ")
                        .append(hours(w.waitingGs()));
            }
            text.append('\n');
        }
        text.append('\n');
    }

    private static long selfUse(PeriodFigures figures) {
        return figures.operators().stream().mapToLong(PeriodFigures.OperatorRow::selfUseGs).sum();
    }

    private static String line(String label, String value) {
        return label + ": " + value + "\n";
    }

    private static String hours(long gpuSeconds) {
        return format("#,##0.00", GpuHours.rounded(gpuSeconds)) + " GPU-h";
    }

    private static String percent(long part, long whole) {
        BigDecimal percent = GpuHours.percent(part, whole);
        return percent == null ? "-" : percent.toPlainString() + "%";
    }

    private static String krw(BigDecimal exact) {
        return format("#,##0", GpuHours.krw(exact)) + " KRW";
    }

    private static String format(String pattern, BigDecimal value) {
        return new DecimalFormat(pattern, DecimalFormatSymbols.getInstance(Locale.ROOT)).format(value);
    }
}
