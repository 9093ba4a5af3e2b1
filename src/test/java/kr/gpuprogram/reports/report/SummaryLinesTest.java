package kr.gpuprogram.reports.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import kr.gpuprogram.reports.report.PeriodReport.ClusterRow;
import kr.gpuprogram.reports.report.PeriodReport.InstitutionRow;
import kr.gpuprogram.reports.report.PeriodReport.MissingRow;
import kr.gpuprogram.reports.report.PeriodReport.OperatorRow;
import org.junit.jupiter.api.Test;

/**
 * The summary of a hand-worked day (the same day SummaryFunctionalTests runs through the job):
 * cluster demo (8 GPUs) with P-1 (4 GPUs) used by 6 GPUs all day, 20 GPU-h of self-use and 4 of
 * unattributed use; cluster grow (8 GPUs) over-allocated by P-2 (6) and P-3 (4), used 144 + 12;
 * cluster utc1 (4 GPUs) unallocated and unused. Telemetry on demo only.
 */
public class SummaryLinesTest {

    private static final long H = 3600;

    public static PeriodReport handWorkedDay(List<MissingRow> missing) {
        Period day = Period.day(LocalDate.of(2026, 11, 5));
        List<ClusterRow> clusters = List.of(
                // capacity, allocated, used, unattributed, unallocated, over-allocated, allocated idle, idle, active idle
                new ClusterRow("demo", "op", "H100", 192 * H, 96 * H, 168 * H, 4 * H, 96 * H, 0, 0, 24 * H, 180,
                        4, 90, 1, 1),
                new ClusterRow("grow", "op", "H200", 192 * H, 240 * H, 156 * H, 0, 0, 48 * H, 84 * H, 36 * H, 0,
                        0, 0, 0, 1),
                new ClusterRow("utc1", "op2", "B200", 96 * H, 0, 0, 0, 96 * H, 0, 0, 96 * H, 0, 0, 0, 0, 1));
        List<InstitutionRow> institutions = List.of(
                new InstitutionRow("I-1", "한빛대학교", Sector.ACADEMIA, 96 * H, 144 * H, 0, 48 * H, 180, 4, 90, 1,
                        BigDecimal.ZERO, BigDecimal.ZERO, 1, 1),
                new InstitutionRow("I-2", "(주)딥러닝랩", Sector.INDUSTRY, 144 * H, 144 * H, 0, 0, 0, 0, 0, 1,
                        BigDecimal.ZERO, BigDecimal.ZERO, 0, 1),
                new InstitutionRow("I-3", "국가AI연구원", Sector.RESEARCH, 96 * H, 12 * H, 84 * H, 0, 0, 0, 0, 1,
                        BigDecimal.ZERO, BigDecimal.ZERO, 0, 1));
        List<OperatorRow> operators = List.of(
                operator("op", "demo", 20 * H), operator("op", "grow", 0), operator("op2", "utc1", 0));
        return new PeriodReport(day, null, clusters, institutions, PeriodReportQuery.sectors(institutions), List.of(),
                missing, Rejects.NONE, List.of(), List.of(), operators);
    }

    private static OperatorRow operator(String operator, String cluster, long selfUseGs) {
        return new OperatorRow(operator, operator, cluster, 0, 0, selfUseGs, selfUseGs, 0, BigDecimal.ZERO, 0, 0,
                null, null, 0, 0, 0, 0, 0, 0, 0);
    }

    @Test
    void everyBreakdownOfTheHandWorkedDayAddsUpWithEachTermOnALineOfItsOwn() {
        Map<String, SummaryLine> lines = byLine(handWorkedDay(List.of()).summary());

        assertThat(lines.keySet()).containsExactly("capacity", "allocated", "used", "used_on_allocations",
                "used_INDUSTRY", "used_ACADEMIA", "used_RESEARCH", "used_PUBLIC", "self_use", "unattributed", "idle",
                "unallocated", "allocated_idle", "idle_less_over_use", "idle_less_self_use", "idle_less_unattributed",
                "capacity_correction", "active_idle");
        assertHours(lines, "capacity", 480);
        assertHours(lines, "allocated", 336);
        // used 324 = on allocations 300 (144 + 144 + 12) + self-use 20 + unattributed 4
        assertHours(lines, "used", 324);
        assertHours(lines, "used_on_allocations", 300);
        assertHours(lines, "used_INDUSTRY", 144);
        assertHours(lines, "used_ACADEMIA", 144);
        assertHours(lines, "used_RESEARCH", 12);
        assertHours(lines, "used_PUBLIC", 0);
        assertHours(lines, "self_use", 20);
        assertHours(lines, "unattributed", 4);
        // idle 156 = unallocated 192 + allocated idle 84 - over-use 48 - self-use 20 - unattributed 4 - 48 on grow,
        // whose 240 GPU-h allocated exceed its 192 of capacity
        assertHours(lines, "idle", 156);
        assertHours(lines, "unallocated", 192);
        assertHours(lines, "allocated_idle", 84);
        assertHours(lines, "idle_less_over_use", -48);
        assertHours(lines, "idle_less_self_use", -20);
        assertHours(lines, "idle_less_unattributed", -4);
        assertHours(lines, "capacity_correction", -48);
        assertThat(lines.get("capacity_correction").term()).isEqualTo(Term.CAPACITY_CORRECTION);
        // 3 samples under 5% x 60 s on demo, the only cluster with telemetry
        assertThat(lines.get("active_idle").gpuSeconds()).isEqualTo(180);
        assertThat(lines.get("active_idle").measured()).isEqualTo(new Measured(1, 3));
        assertThat(lines.get("active_idle").measured().share()).isEqualTo("1/3");

        for (String parent : List.of("used", "used_on_allocations", "idle")) {
            long children = lines.values().stream().filter(l -> parent.equals(l.parent()))
                    .mapToLong(SummaryLine::gpuSeconds).sum();
            assertThat(children).as("the lines under " + parent).isEqualTo(lines.get(parent).gpuSeconds());
        }
    }

    @Test
    void withoutAllocationBeyondCapacityThereIsNoCorrectionLine() {
        ClusterRow demo = new ClusterRow("demo", "op", "H100", 192 * H, 96 * H, 22 * H, 2 * H, 96 * H, 0, 76 * H,
                170 * H, 0, 0, 0, 0, 1);
        InstitutionRow i1 = new InstitutionRow("I-1", "한빛대학교", Sector.ACADEMIA, 96 * H, 20 * H, 76 * H, 0, 0, 0, 0,
                2, BigDecimal.ZERO, BigDecimal.ZERO, 0, 1);
        PeriodReport workedDay = new PeriodReport(Period.day(LocalDate.of(2026, 11, 5)), null, List.of(demo),
                List.of(i1), PeriodReportQuery.sectors(List.of(i1)), List.of(), List.of(), Rejects.NONE, List.of(),
                List.of(), List.of(operator("op", "demo", 0)));

        Map<String, SummaryLine> lines = byLine(workedDay.summary());

        assertThat(lines).doesNotContainKey("capacity_correction");
        // SPEC's worked day: idle 170 = unallocated 96 + allocated idle 76 - unattributed 2 ... + 0 over-use, 0 self-use
        assertHours(lines, "idle", 170);
        assertHours(lines, "idle_less_unattributed", -2);
        // no telemetry: active idle is not measured, so it has no value at all, not 0.00
        assertThat(lines.get("active_idle").known()).isFalse();
        assertThat(lines.get("active_idle").measured().share()).isEmpty();
        assertThat(lines.get("active_idle").measured().ko()).isEqualTo("측정 없음");
    }

    @Test
    void onlyAMissingJobFileMakesTheReportProvisional() {
        LocalDate day = LocalDate.of(2026, 11, 5);
        PeriodReport telemetryOnly = handWorkedDay(List.of(new MissingRow("grow", day, "telemetry"),
                new MissingRow("utc1", day, "telemetry")));
        PeriodReport jobFile = handWorkedDay(List.of(new MissingRow("utc1", day, "jobs"),
                new MissingRow("utc1", day, "telemetry")));

        assertThat(telemetryOnly.provisional()).isFalse();
        assertThat(telemetryOnly.jobFileGaps()).isEmpty();
        assertThat(jobFile.provisional()).isTrue();
        assertThat(jobFile.jobFileGaps()).containsExactly(new MissingRow("utc1", day, "jobs"));
    }

    private static Map<String, SummaryLine> byLine(List<SummaryLine> summary) {
        Map<String, SummaryLine> lines = new LinkedHashMap<>();
        summary.forEach(l -> assertThat(lines.put(l.line(), l)).as("line " + l.line() + " once").isNull());
        return lines;
    }

    private static void assertHours(Map<String, SummaryLine> lines, String line, long gpuHours) {
        assertThat(lines.get(line).gpuSeconds()).as(line).isEqualTo(gpuHours * H);
    }
}
