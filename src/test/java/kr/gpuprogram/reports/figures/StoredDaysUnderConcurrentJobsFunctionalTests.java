package kr.gpuprogram.reports.figures;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import kr.gpuprogram.reports.support.Allocations;
import kr.gpuprogram.reports.support.DemoProgram;
import kr.gpuprogram.reports.support.FaultInjector;
import kr.gpuprogram.reports.support.FunctionalTestSupport;
import org.junit.jupiter.api.Test;
import org.springframework.batch.core.job.JobExecution;

/**
 * Against one database: a nightly run merging a changed file while a rerun and a month
 * report compute the same days. The rerun is held inside a day's transaction (figures
 * written, the day not yet marked computed) while the nightly run merges a new version of
 * that day's file and the month report asks for the day too. Afterwards every stored day
 * equals a fresh computation of it and no mark is left.
 */
class StoredDaysUnderConcurrentJobsFunctionalTests extends FunctionalTestSupport {

    private static final LocalDate NOV_3 = LocalDate.parse("2026-11-03");
    private static final LocalDate NOV_6 = LocalDate.parse("2026-11-06");
    private static final String STORED_DAYS = """
            SELECT 'job ' || day || ' ' || cluster_id || ' ' || job_id || ' ' || used_gs FROM daily_job_usage
            UNION ALL
            SELECT 'allocation ' || day || ' ' || allocation_id || ' ' || allocated_gs || ' ' || used_gs || ' '
                   || allocated_idle_gs || ' ' || over_use_gs FROM daily_allocation
            UNION ALL
            SELECT 'cluster ' || day || ' ' || cluster_id || ' ' || capacity_gs || ' ' || used_gs || ' '
                   || unallocated_gs || ' ' || idle_gs FROM daily_cluster
            ORDER BY 1""";

    private void givenAWeekOfJobs() throws Exception {
        givenTheDemoReference();
        reference("allocations.csv", Allocations.of()
                .row("P-1", "I-1", "거대언어모델 연구", "demo", 4, "2026-11-01", "2026-11-30")
                .row("G-1", "I-3", "기후 모델", "grow", 4, "2026-11-01", "2026-11-30")
                .csv());
        for (int day = 1; day <= 6; day++) {
            inbox("jobs-demo-2026-11-0" + day + ".csv", demoJobs(day, 1));
            inbox("jobs-grow-2026-11-0" + day + ".csv", DemoProgram.HEADER
                    + (200 + day) + "|grow|G-1|lee|2026-11-0" + day + "T10:00:00|2026-11-0" + day
                    + "T1" + day + ":30:00|COMPLETED|gres/gpu=2\n");
        }
        assertCompleted(run(NOV_6));
    }

    /** Day {@code day}'s demo file: one job from 0{day}:00 to 01:00 the next day on {@code gpus} GPUs. */
    private static String demoJobs(int day, int gpus) {
        return DemoProgram.HEADER + (100 + day) + "|demo|P-1|kim|2026-11-0" + day + "T0" + day + ":00:00|2026-11-0"
                + (day + 1) + "T01:00:00|COMPLETED|gres/gpu=" + gpus + "\n";
    }

    @Test
    void aMergeDuringTheComputesOfOtherJobsLeavesEveryStoredDayEqualToAFreshComputation() throws Exception {
        givenAWeekOfJobs();
        ExecutorService pool = Executors.newFixedThreadPool(3);
        try {
            for (int round = 2; round <= 4; round++) {
                // given a rerun held inside the transaction of 11-03 (figures written, not yet marked computed)
                faults.armPause(FaultInjector.FIGURES_DAY_WRITTEN, 2, 3);
                Future<JobExecution> rerun = pool.submit(() -> rerun(LocalDate.parse("2026-11-01"), NOV_6));
                long deadline = System.currentTimeMillis() + 60_000;
                while (!faults.paused() && System.currentTimeMillis() < deadline) {
                    Thread.sleep(20);
                }
                assertThat(faults.paused()).as("the rerun reached 11-03").isTrue();

                // when a nightly run merges a new version of 11-03's file and a month report asks for the month
                inbox("jobs-demo-2026-11-03.csv", demoJobs(3, round));
                Future<JobExecution> nightly = pool.submit(() -> run(NOV_6));
                Future<JobExecution> month = pool.submit(() -> monthReport(YearMonth.of(2026, 11)));

                // then every job completes
                for (Future<JobExecution> job : List.of(rerun, nightly, month)) {
                    assertCompleted(job.get(120, TimeUnit.SECONDS));
                }
                faults.disarm();

                // and each stored day is what a computation of it now gives
                List<String> stored = storedDays();
                assertThat(jdbc.queryForList("SELECT day FROM dirty_day", LocalDate.class)).as("marks left").isEmpty();
                assertCompleted(rerun(LocalDate.parse("2026-11-01"), LocalDate.parse("2026-11-30")));
                assertThat(stored).as("round %d", round).isEqualTo(storedDays());
                assertThat(jdbc.queryForObject("SELECT used_gs FROM daily_job_usage WHERE day = DATE '2026-11-03' "
                        + "AND job_id = '103'", Long.class)).as("21 h of 11-03 on %d GPUs", round).isEqualTo(21L * 3600 * round);
            }
        } finally {
            pool.shutdownNow();
        }
    }

    @Test
    void aMarkCommittedWhileItsDayIsComputedOutlivesThatCompute() throws Exception {
        givenAWeekOfJobs();
        ExecutorService pool = Executors.newSingleThreadExecutor();
        try {
            // given a compute of 11-03 held after writing its figures, before marking the day computed
            faults.armPause(FaultInjector.FIGURES_DAY_WRITTEN, 0, 2);
            Future<?> compute = pool.submit(() -> calculator.recompute(NOV_3, NOV_3));
            while (!faults.paused()) {
                Thread.sleep(20);
            }

            // when a merge marks the day meanwhile (committed before the compute ends)
            jdbc.update("INSERT INTO dirty_day (day) VALUES (DATE '2026-11-03')");
            compute.get(60, TimeUnit.SECONDS);

            // then the mark the compute did not see is still there, so the next run computes the day again
            assertThat(jdbc.queryForList("SELECT day FROM dirty_day WHERE day = DATE '2026-11-03'", LocalDate.class))
                    .containsExactly(NOV_3);
        } finally {
            pool.shutdownNow();
        }
    }

    @org.springframework.beans.factory.annotation.Autowired
    DailyFiguresCalculator calculator;

    private List<String> storedDays() {
        return new ArrayList<>(jdbc.queryForList(STORED_DAYS, String.class));
    }
}
