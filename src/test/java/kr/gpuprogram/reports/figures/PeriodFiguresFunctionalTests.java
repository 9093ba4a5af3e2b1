package kr.gpuprogram.reports.figures;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.entry;

import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import kr.gpuprogram.reports.support.Allocations;
import kr.gpuprogram.reports.support.DemoProgram;
import kr.gpuprogram.reports.support.FunctionalTestSupport;
import kr.gpuprogram.reports.support.ReportCsv;
import org.junit.jupiter.api.Test;

/** Figures over periods: capacity that grows, a rate that changes, allocations that end, reclaim candidates. */
class PeriodFiguresFunctionalTests extends FunctionalTestSupport {

    private static final YearMonth NOVEMBER = YearMonth.parse("2026-11");

    private void givenAClusterThatGrowsMidMonth() throws Exception {
        givenTheDemoReference();
        reference("allocations.csv", Allocations.of()
                .row("G-1", "I-3", "기후 모델", "grow", 1, "2026-11-01", "2026-11-30")
                .row("G-2", "I-2", "비전 모델", "grow", 2, "2026-11-01", "2026-11-10")
                .csv());
        inbox("jobs-grow-2026-11-10.csv", DemoProgram.HEADER
                + "1|grow|G-2|kim|2026-11-10T10:00:00|2026-11-10T16:00:00|COMPLETED|gres/gpu=2\n");
        inbox("jobs-grow-2026-11-20.csv", DemoProgram.HEADER
                + "2|grow|G-1|lee|2026-11-20T00:00:00|2026-11-20T06:00:00|COMPLETED|gres/gpu:h200=1\n");
    }

    @Test
    void aMonthWithCapacityGrowthARateChangeAndAnAllocationEndingMidMonth() throws Exception {
        // given
        givenAClusterThatGrowsMidMonth();

        // when
        assertCompleted(run(LocalDate.parse("2026-11-25")));
        assertCompleted(monthReport(NOVEMBER));

        // then: capacity 8 x 24 x 15 + 16 x 24 x 15; allocated 1 x 24 x 30 + 2 x 24 x 10; used 12 + 6
        Map<String, String> grow = report("2026-11", "clusters.csv").row("cluster_id", "grow");
        assertThat(grow).contains(entry("capacity_gpu_hours", "8640.00"), entry("allocated_gpu_hours", "1200.00"),
                entry("used_gpu_hours", "18.00"), entry("unallocated_gpu_hours", "7440.00"),
                entry("allocated_idle_gpu_hours", "1182.00"), entry("idle_gpu_hours", "8622.00"),
                entry("utilization_pct", "0.21"));
        ReportCsv institutions = report("2026-11", "institutions.csv");
        // G-1: 360 h at 1,000 KRW (1-15th) and 360 h at 2,000 KRW (16-30th); its 6 h used on the 20th at 2,000
        assertThat(institutions.row("institution_id", "I-3")).contains(entry("allocated_gpu_hours", "720.00"),
                entry("used_gpu_hours", "6.00"), entry("allocated_krw", "1080000"), entry("used_krw", "12000"),
                entry("allocation_utilization_pct", "0.83"), entry("jobs", "1"));
        // G-2 ends on the 10th: 2 x 24 x 10, all at 1,000 KRW
        assertThat(institutions.row("institution_id", "I-2")).contains(entry("allocated_gpu_hours", "480.00"),
                entry("used_gpu_hours", "12.00"), entry("allocated_krw", "480000"), entry("used_krw", "12000"));
        assertThat(institutions.column("institution_id")).containsExactly("I-2", "I-3");
        assertThat(report("2026-11", "sectors.csv").row("sector", "RESEARCH")).contains(entry("institutions", "1"),
                entry("allocated_krw", "1080000"));
        // files exist for the 10th and the 20th only: 28 missing cluster-days of grow; demo and utc1 have none either
        ReportCsv missing = report("2026-11", "missing.csv");
        assertThat(missing.rows().stream().filter(r -> r.get("kind").equals("jobs") && r.get("cluster_id").equals("grow")))
                .hasSize(28);
        assertThat(missing.rows().stream().filter(r -> r.get("kind").equals("jobs"))).hasSize(28 + 30 + 30);
        assertThat(missing.rows().stream().filter(r -> r.get("kind").equals("telemetry"))).hasSize(3 * 30);
    }

    @Test
    void anAllocationEndingInsideARange() throws Exception {
        // given
        givenAClusterThatGrowsMidMonth();
        assertCompleted(run(LocalDate.parse("2026-11-25")));

        // when
        assertCompleted(rerun(LocalDate.parse("2026-11-08"), LocalDate.parse("2026-11-12")));

        // then: G-2 counts 8th-10th only (2 x 24 x 3), G-1 all five days
        ReportCsv institutions = report("2026-11-08_2026-11-12", "institutions.csv");
        assertThat(institutions.row("institution_id", "I-2")).contains(entry("allocated_gpu_hours", "144.00"),
                entry("used_gpu_hours", "12.00"), entry("allocated_idle_gpu_hours", "132.00"));
        assertThat(institutions.row("institution_id", "I-3")).contains(entry("allocated_gpu_hours", "120.00"));
        assertThat(report("2026-11-11", "institutions.csv").find("institution_id", "I-2")).isEmpty();
        assertThat(report("2026-11-08_2026-11-12", "clusters.csv").row("cluster_id", "grow"))
                .contains(entry("allocated_gpu_hours", "264.00"), entry("capacity_gpu_hours", "960.00"));
    }

    @Test
    void aMonthEqualsTheSumOfItsDaysAndARerunRewritesTheSameBytes() throws Exception {
        // given
        givenAClusterThatGrowsMidMonth();
        assertCompleted(run(LocalDate.parse("2026-11-25")));
        assertCompleted(monthReport(NOVEMBER));

        // when
        assertCompleted(rerun(NOVEMBER.atDay(1), NOVEMBER.atEndOfMonth()));
        Map<String, byte[]> first = folderBytes(settings.reportDir());
        assertCompleted(rerun(NOVEMBER.atDay(1), NOVEMBER.atEndOfMonth()));
        Map<String, byte[]> second = folderBytes(settings.reportDir());

        // then
        assertThat(second.keySet()).isEqualTo(first.keySet());
        first.forEach((file, bytes) -> assertThat(second.get(file)).as(file).isEqualTo(bytes));
        for (String column : List.of("capacity_gpu_hours", "allocated_gpu_hours", "used_gpu_hours",
                "unallocated_gpu_hours", "allocated_idle_gpu_hours", "idle_gpu_hours")) {
            BigDecimal sumOfDays = BigDecimal.ZERO;
            for (LocalDate day = NOVEMBER.atDay(1); !day.isAfter(NOVEMBER.atEndOfMonth()); day = day.plusDays(1)) {
                sumOfDays = sumOfDays.add(new BigDecimal(report(day.toString(), "clusters.csv").row("cluster_id", "grow").get(column)));
            }
            assertThat(new BigDecimal(report("2026-11", "clusters.csv").row("cluster_id", "grow").get(column)))
                    .as(column).isEqualByComparingTo(sumOfDays);
        }
        assertThat(report("2026-11-01_2026-11-30", "clusters.csv").rows())
                .isEqualTo(report("2026-11", "clusters.csv").rows());
    }

    @Test
    void reclaimCandidatesOnTheLastDay() throws Exception {
        // given
        givenTheDemoReference();
        reference("allocations.csv", Allocations.of()
                .row("R-1", "I-1", "놀고 있는 할당", "demo", 4, "2026-11-01", "2026-11-30")
                .row("R-2", "I-2", "조금 쓰는 할당", "demo", 2, "2026-11-10", "2026-11-30")
                .row("R-3", "I-3", "새 할당", "demo", 1, "2026-11-15", "2026-11-30")
                .row("BUSY", "I-4", "바쁜 할당", "demo", 1, "2026-11-01", "2026-11-30")
                .csv());
        inbox("jobs-demo-2026-11-03.csv", DemoProgram.HEADER
                + "1|demo|R-1|kim|2026-11-03T10:00:00|2026-11-03T12:00:00|COMPLETED|gres/gpu=1\n");
        inbox("jobs-demo-2026-11-12.csv", DemoProgram.HEADER
                + "2|demo|R-2|lee|2026-11-12T00:00:00|2026-11-12T06:00:00|COMPLETED|gres/gpu=1\n");
        inbox("jobs-demo-2026-11-20.csv", DemoProgram.HEADER
                + "3|demo|BUSY|park|2026-11-07T00:00:00|2026-11-20T12:00:00|COMPLETED|gres/gpu=1\n");

        // when
        assertCompleted(run(LocalDate.parse("2026-11-20")));

        // then: R-1 unused for 14 days (last use on the 3rd: 17 days of zero use); R-2's window is cut at its
        // start on the 10th (11 days, 6 of 528 h used, last use on the 12th); R-3 is younger than 7 days;
        // BUSY used 324 of 336 h.
        ReportCsv reclaim = report("2026-11-20", "reclaim.csv");
        assertThat(reclaim.column("allocation_id")).containsExactly("R-1", "R-2");
        assertThat(reclaim.row("allocation_id", "R-1")).contains(entry("institution_id", "I-1"),
                entry("cluster_id", "demo"), entry("window_days", "14"),
                entry("window_allocated_gpu_hours", "1344.00"), entry("window_used_gpu_hours", "0.00"),
                entry("window_idle_gpu_hours", "1344.00"), entry("window_idle_krw", "4032000"),
                entry("zero_use_streak_days", "17"), entry("window_missing_days", "12"), entry("status", "UNVERIFIED"));
        assertThat(reclaim.row("allocation_id", "R-2")).contains(entry("window_days", "11"),
                entry("window_allocated_gpu_hours", "528.00"), entry("window_used_gpu_hours", "6.00"),
                entry("window_idle_gpu_hours", "522.00"), entry("window_idle_krw", "1566000"),
                entry("zero_use_streak_days", "8"), entry("window_missing_days", "9"), entry("status", "UNVERIFIED"));
        // only the 12th and the 20th of their windows have a job file: idleness not measured, so unverified
    }

    @Test
    void localTimesOfAUtcClusterAndOffsetsSideBySide() throws Exception {
        // given: utc1 reads local times in UTC; Seoul is UTC+9
        givenTheDemoReference();
        reference("allocations.csv", Allocations.of()
                .row("U-1", "I-2", "추천 시스템", "utc1", 2, "2026-11-01", "2026-11-30")
                .csv());
        inbox("jobs-utc1-2026-11-05.csv", DemoProgram.HEADER + """
                1|utc1|U-1|kim|2026-11-05T00:00:00|2026-11-05T03:00:00|COMPLETED|gres/gpu=1
                2|utc1|U-1|lee|2026-11-05T20:00:00+09:00|2026-11-05T22:00:00+09:00|COMPLETED|gres/gpu:b200=2
                3|utc1|U-1|park|2026-11-05T14:30:00Z|2026-11-05T15:30:00Z|COMPLETED|gres/gpu=1
                """);

        // when
        assertCompleted(run(LocalDate.parse("2026-11-06")));
        assertCompleted(rerun(LocalDate.parse("2026-11-05"), LocalDate.parse("2026-11-06")));

        // then: job 1 is 09:00-12:00 in Seoul (3 h), job 2 is 2 x 2 h, job 3 is 23:30-00:30 in Seoul (half each day)
        assertThat(report("2026-11-05", "clusters.csv").row("cluster_id", "utc1"))
                .contains(entry("used_gpu_hours", "7.50"), entry("capacity_gpu_hours", "96.00"),
                        entry("utilization_pct", "7.81"));
        assertThat(report("2026-11-06", "clusters.csv").row("cluster_id", "utc1"))
                .contains(entry("used_gpu_hours", "0.50"));
        assertThat(report("2026-11-06", "missing.csv").find("cluster_id", "utc1")).isPresent();
    }

    private static Map<String, byte[]> folderBytes(Path folder) throws Exception {
        Map<String, byte[]> bytes = new LinkedHashMap<>();
        try (Stream<Path> walk = Files.walk(folder)) {
            // the CSV extracts; the PDF carries its generation time, so its bytes differ on every run
            for (Path file : walk.filter(Files::isRegularFile).filter(f -> f.toString().endsWith(".csv")).sorted().toList()) {
                bytes.put(folder.relativize(file).toString(), Files.readAllBytes(file));
            }
        }
        return bytes;
    }
}
