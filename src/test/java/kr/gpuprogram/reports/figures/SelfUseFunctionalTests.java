package kr.gpuprogram.reports.figures;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.entry;

import java.math.BigDecimal;
import java.nio.file.Files;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;
import java.util.Map;
import kr.gpuprogram.reports.support.Allocations;
import kr.gpuprogram.reports.support.DemoProgram;
import kr.gpuprogram.reports.support.FunctionalTestSupport;
import kr.gpuprogram.reports.support.ReportCsv;
import org.junit.jupiter.api.Test;

/** Operators' self-use and program users' waits, with figures computed by hand. */
class SelfUseFunctionalTests extends FunctionalTestSupport {

    private static final LocalDate NOV_7 = LocalDate.parse("2026-11-07");
    private static final LocalDate NOV_8 = LocalDate.parse("2026-11-08");
    private static final LocalDate NOV_9 = LocalDate.parse("2026-11-09");

    @Test
    void theSelfUseAndWaitingDayOfTheSpecification() throws Exception {
        // given: SPEC.md's "Self-use and waiting" (operator op lists op-own)
        givenTheDemoReference();
        reference("allocations.csv", Allocations.of()
                .row("P-1", "I-1", "거대언어모델 연구", "demo", 4, "2026-11-01", "2026-11-30")
                .csv());
        inbox("jobs-demo-2026-11-07.csv", DemoProgram.HEADER_WITH_SUBMIT + """
                201|demo|P-1|kim|2026-11-07T08:00:00|2026-11-07T10:00:00|2026-11-07T12:00:00|COMPLETED|gres/gpu=4
                202|demo|op-own|ops|2026-11-07T07:00:00|2026-11-07T07:00:00|2026-11-07T10:00:00|COMPLETED|gres/gpu=8
                203|demo|P-1|lee|2026-11-07T21:00:00|Unknown|Unknown|PENDING|gres/gpu=2
                204|demo|op-own|ops|2026-11-07T22:00:00|2026-11-07T22:00:00|Unknown|RUNNING|gres/gpu=4
                """);

        // when
        assertCompleted(run(NOV_7));

        // then: used(P-1) 8 (201: 4 x 2 h); self_use 24 (202: 8 x 3 h) + 8 (204: 4 x 2 h, running to
        // the end of the day) = 32; nothing unattributed; used(demo) 40
        assertThat(report("2026-11-07", "institutions.csv").row("institution_id", "I-1"))
                .contains(entry("used_gpu_hours", "8.00"));
        assertThat(report("2026-11-07", "clusters.csv").row("cluster_id", "demo"))
                .contains(entry("used_gpu_hours", "40.00"), entry("unattributed_gpu_hours", "0.00"),
                        entry("unallocated_gpu_hours", "96.00"));
        // self_use_on_unallocated min(32, 96) = 32; 201 waited 08:00-10:00 while 202 held every GPU:
        // 4 x 2 = 8; 203 waits 21:00-24:00, 204 runs from 22:00: 2 x 2 = 4; so 12. One job started
        // (201) and waited 2 h. KRW: 32 x 3,000. No telemetry: its columns are empty, not 0.
        Map<String, String> demo = report("2026-11-07", "operators.csv").row("cluster_id", "demo");
        assertThat(demo).containsExactly(
                entry("operator_id", "op"), entry("operator_name", "데모 클라우드"), entry("cluster_id", "demo"),
                entry("capacity_gpu_hours", "192.00"), entry("used_gpu_hours", "40.00"),
                entry("self_use_gpu_hours", "32.00"), entry("self_use_on_unallocated_gpu_hours", "32.00"),
                entry("self_use_on_allocated_gpu_hours", "0.00"), entry("self_use_krw", "96000"),
                entry("waiting_during_self_use_gpu_hours", "12.00"), entry("jobs_started", "1"),
                entry("mean_wait_hours", "2.00"), entry("p90_wait_hours", "2.00"),
                entry("observed_job_gpu_hours", ""), entry("telemetry_coverage_pct", ""),
                entry("jobs_without_samples", ""), entry("unknown_job_sample_gpu_hours", ""));
    }

    @Test
    void theSelfUseAccountsOfAnotherOperatorAreUnattributed() throws Exception {
        // given: op-own is op's account; on op2's cluster utc1 it is nobody's
        givenTheDemoReference();
        reference("allocations.csv", Allocations.none());
        inbox("jobs-utc1-2026-11-07.csv", DemoProgram.HEADER_WITH_SUBMIT
                + "601|utc1|op-own|ops|2026-11-07T00:00:00|2026-11-07T00:00:00|2026-11-07T02:00:00|COMPLETED|gres/gpu=1\n");

        // when
        assertCompleted(run(NOV_7));

        // then: 1 GPU x 2 h unattributed, no self-use; no job of an allocation waited: the waits are empty
        assertThat(report("2026-11-07", "clusters.csv").row("cluster_id", "utc1"))
                .contains(entry("unattributed_gpu_hours", "2.00"));
        assertThat(report("2026-11-07", "operators.csv").row("cluster_id", "utc1"))
                .contains(entry("self_use_gpu_hours", "0.00"), entry("waiting_during_self_use_gpu_hours", "0.00"),
                        entry("jobs_started", ""), entry("mean_wait_hours", ""), entry("p90_wait_hours", ""));
    }

    /**
     * Three days on demo (8 H100, P-1 holds 4) with Submit, and grow (8 H200, P-2 holds 6) whose
     * only file is an old export without Submit.
     */
    private void givenThreeDaysOfSelfUseAndWaits() throws Exception {
        givenTheDemoReference();
        reference("allocations.csv", Allocations.of()
                .row("P-1", "I-1", "거대언어모델 연구", "demo", 4, "2026-11-01", "2026-11-30")
                .row("P-2", "I-2", "비전 모델", "grow", 6, "2026-11-01", "2026-11-30")
                .csv());
        inbox("jobs-demo-2026-11-07.csv", DemoProgram.HEADER_WITH_SUBMIT + """
                401|demo|P-1|kim|2026-11-07T09:00:00|2026-11-07T10:00:00|2026-11-07T11:00:00|COMPLETED|gres/gpu=1
                402|demo|op-own|ops|2026-11-07T22:00:00|2026-11-07T22:00:00|Unknown|RUNNING|gres/gpu=8
                403|demo|P-1|lee|2026-11-07T23:00:00|Unknown|Unknown|PENDING|gres/gpu=2
                """);
        inbox("jobs-demo-2026-11-08.csv", DemoProgram.HEADER_WITH_SUBMIT + """
                402|demo|op-own|ops|2026-11-07T22:00:00|2026-11-07T22:00:00|2026-11-08T02:00:00|COMPLETED|gres/gpu=8
                403|demo|P-1|lee|2026-11-07T23:00:00|2026-11-08T02:00:00|2026-11-08T05:00:00|COMPLETED|gres/gpu=2
                404|demo|P-1|kim|2026-11-08T10:00:00|2026-11-08T12:00:00|2026-11-08T13:00:00|COMPLETED|cpu=4,node=1
                405|demo|other|x|2026-11-08T00:00:00|2026-11-08T05:00:00|2026-11-08T06:00:00|COMPLETED|gres/gpu=1
                """);
        inbox("jobs-demo-2026-11-09.csv", DemoProgram.HEADER_WITH_SUBMIT + """
                406|demo|P-1|kim|2026-11-09T00:00:00|2026-11-09T04:00:00|2026-11-09T05:00:00|COMPLETED|gres/gpu=1
                407|demo|P-1|lee|2026-11-09T00:00:00|2026-11-09T10:00:00|2026-11-09T11:00:00|COMPLETED|gres/gpu=1
                408|demo|op-own|ops|2026-11-09T12:00:00|2026-11-09T12:00:00|2026-11-09T13:00:00|COMPLETED|gres/gpu=4
                """);
        inbox("jobs-grow-2026-11-08.csv", DemoProgram.HEADER + """
                501|grow|op-own|ops|2026-11-08T00:00:00|2026-11-08T10:00:00|COMPLETED|gres/gpu=8
                502|grow|P-2|kim|2026-11-08T00:00:00|2026-11-08T10:00:00|COMPLETED|gres/gpu=1
                """);
    }

    @Test
    void aRangeIsTheSumOfItsDaysExceptTheWaitsWhichAreOverItsJobs() throws Exception {
        // given
        givenThreeDaysOfSelfUseAndWaits();

        // when: the nightly run reads every file; the rerun writes each day and the range
        assertCompleted(run(NOV_9));
        assertCompleted(rerun(NOV_7, NOV_9));

        // then, day by day on demo: self-use 402 8 x 2 h on each side of midnight, 408 4 x 1 h;
        // 403 waited 23:00-02:00 while 402 ran: 2 x 1 h on the 7th, 2 x 2 h on the 8th; nobody
        // waited on the 9th while 408 ran. Waits (hours) on the day of Start: 7th {401: 1},
        // 8th {403: 3, 404: 2 (no GPU, still a job)}, 9th {406: 4, 407: 10}; 405 is no allocation's.
        // p90 of {2, 3} = 2 + 0.9 x 1 = 2.9; of {4, 10} = 4 + 0.9 x 6 = 9.4.
        assertThat(operatorsRow("2026-11-07", "demo")).contains(entry("self_use_gpu_hours", "16.00"),
                entry("waiting_during_self_use_gpu_hours", "2.00"), entry("jobs_started", "1"),
                entry("mean_wait_hours", "1.00"), entry("p90_wait_hours", "1.00"), entry("self_use_krw", "48000"));
        assertThat(operatorsRow("2026-11-08", "demo")).contains(entry("self_use_gpu_hours", "16.00"),
                entry("waiting_during_self_use_gpu_hours", "4.00"), entry("jobs_started", "2"),
                entry("mean_wait_hours", "2.50"), entry("p90_wait_hours", "2.90"));
        assertThat(operatorsRow("2026-11-09", "demo")).contains(entry("self_use_gpu_hours", "4.00"),
                entry("waiting_during_self_use_gpu_hours", "0.00"), entry("jobs_started", "2"),
                entry("mean_wait_hours", "7.00"), entry("p90_wait_hours", "9.40"));
        // grow on the 8th: unallocated 8 x 24 - 6 x 24 = 48, so of the 80 self-use GPU-hours 48 ran on
        // unallocated GPUs and 32 on P-2's; its only file has no Submit: waiting is empty, not 0
        assertThat(operatorsRow("2026-11-08", "grow")).contains(entry("self_use_gpu_hours", "80.00"),
                entry("self_use_on_unallocated_gpu_hours", "48.00"), entry("self_use_on_allocated_gpu_hours", "32.00"),
                entry("self_use_krw", "80000"), entry("waiting_during_self_use_gpu_hours", ""),
                entry("jobs_started", ""));

        // the range: sums of the days; the waits over its five jobs {1, 2, 3, 4, 10}: mean 4, and
        // percentile_cont(0.9) at position 0.9 x (5 - 1) = 3.6 between 4 and 10: 4 + 0.6 x 6 = 7.6
        String range = "2026-11-07_2026-11-09";
        assertThat(operatorsRow(range, "demo")).contains(entry("self_use_gpu_hours", "36.00"),
                entry("waiting_during_self_use_gpu_hours", "6.00"), entry("jobs_started", "5"),
                entry("mean_wait_hours", "4.00"), entry("p90_wait_hours", "7.60"), entry("self_use_krw", "108000"),
                entry("capacity_gpu_hours", "576.00"));
        assertThat(operatorsRow(range, "grow")).contains(entry("self_use_gpu_hours", "80.00"),
                entry("self_use_on_allocated_gpu_hours", "32.00"), entry("waiting_during_self_use_gpu_hours", ""));
        for (String cluster : List.of("demo", "grow")) {
            for (String column : List.of("capacity_gpu_hours", "used_gpu_hours", "self_use_gpu_hours",
                    "self_use_on_unallocated_gpu_hours", "self_use_on_allocated_gpu_hours", "self_use_krw")) {
                BigDecimal days = BigDecimal.ZERO;
                for (String day : List.of("2026-11-07", "2026-11-08", "2026-11-09")) {
                    days = days.add(new BigDecimal(operatorsRow(day, cluster).get(column)));
                }
                assertThat(new BigDecimal(operatorsRow(range, cluster).get(column)))
                        .as("%s %s of the range = the sum of its days", cluster, column).isEqualByComparingTo(days);
            }
        }
    }

    @Test
    void aMonthHoldsTheSameSumsAndTheWaitsOfAllItsJobs() throws Exception {
        // given
        givenThreeDaysOfSelfUseAndWaits();
        assertCompleted(run(NOV_9));

        // when
        assertCompleted(monthReport(YearMonth.of(2026, 11)));

        // then: the month's days beyond the 9th add capacity only; 30 x 192 = 5,760
        assertThat(operatorsRow("2026-11", "demo")).contains(entry("capacity_gpu_hours", "5760.00"),
                entry("self_use_gpu_hours", "36.00"), entry("waiting_during_self_use_gpu_hours", "6.00"),
                entry("jobs_started", "5"), entry("mean_wait_hours", "4.00"), entry("p90_wait_hours", "7.60"));
        assertThat(jdbc.queryForObject("SELECT sum(self_use_gs) FROM daily_cluster WHERE cluster_id = 'demo'"
                + " AND day BETWEEN '2026-11-01' AND '2026-11-30'", Long.class)).isEqualTo(36 * 3600L);
    }

    @Test
    void aJobThatWaitedOnAnEarlierDayRecomputesThatDayWhenItsRecordArrives() throws Exception {
        // given: the 7th is computed with 402's self-use 22:00-02:00 and no program job waiting
        givenTheDemoReference();
        reference("allocations.csv", Allocations.of()
                .row("P-1", "I-1", "거대언어모델 연구", "demo", 4, "2026-11-01", "2026-11-30")
                .csv());
        inbox("jobs-demo-2026-11-07.csv", DemoProgram.HEADER_WITH_SUBMIT
                + "402|demo|op-own|ops|2026-11-07T22:00:00|2026-11-07T22:00:00|2026-11-08T02:00:00|COMPLETED|gres/gpu=8\n");
        assertCompleted(run(NOV_7));
        assertThat(operatorsRow("2026-11-07", "demo")).contains(entry("waiting_during_self_use_gpu_hours", "0.00"));

        // when: the file of the 8th first lists 403, submitted on the 7th at 23:00, started at 02:00
        inbox("jobs-demo-2026-11-08.csv", DemoProgram.HEADER_WITH_SUBMIT
                + "403|demo|P-1|lee|2026-11-07T23:00:00|2026-11-08T02:00:00|2026-11-08T05:00:00|COMPLETED|gres/gpu=2\n");
        assertCompleted(run(NOV_8));

        // then: its use lies on the 8th only, yet the 7th, on which it waited 23:00-24:00 during
        // 402, is recomputed: 2 x 1 h; the 8th: 2 x 2 h and its 3 h wait
        assertThat(jdbc.queryForObject("SELECT waiting_during_self_use_gs FROM daily_cluster"
                + " WHERE day = '2026-11-07' AND cluster_id = 'demo'", Long.class)).isEqualTo(2 * 3600L);
        assertThat(operatorsRow("2026-11-08", "demo")).contains(entry("waiting_during_self_use_gpu_hours", "4.00"),
                entry("jobs_started", "1"), entry("mean_wait_hours", "3.00"));
    }

    private Map<String, String> operatorsRow(String period, String cluster) throws Exception {
        ReportCsv operators = report(period, "operators.csv");
        return operators.row("cluster_id", cluster);
    }
}
