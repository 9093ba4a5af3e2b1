package kr.gpuprogram.reports.nightly;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.Connection;
import java.sql.Statement;
import java.time.LocalDate;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import javax.sql.DataSource;
import kr.gpuprogram.reports.support.Allocations;
import kr.gpuprogram.reports.support.DemoProgram;
import kr.gpuprogram.reports.support.FunctionalTestSupport;
import org.junit.jupiter.api.Test;
import org.springframework.batch.core.job.JobExecution;
import org.springframework.beans.factory.annotation.Autowired;

/** One ingest at a time on one database: a nightly run waits while another process holds the ingest lock. */
class IngestLockFunctionalTests extends FunctionalTestSupport {

    @Autowired
    private DataSource dataSource;

    @Test
    void aNightlyRunWaitsForTheIngestOfAnotherProcessOnTheSameDatabase() throws Exception {
        // given: another process (here, a session of the test's own) is ingesting
        givenTheDemoReference();
        reference("allocations.csv", Allocations.of()
                .row("P-1", "I-1", "거대언어모델 연구", "demo", 4, "2026-11-01", "2026-11-30")
                .csv());
        inbox("jobs-demo-2026-11-05.csv", DemoProgram.HEADER
                + "101|demo|P-1|kim|2026-11-05T01:00:00|2026-11-05T03:00:00|COMPLETED|gres/gpu=2\n");
        try (Connection other = dataSource.getConnection(); Statement lock = other.createStatement()) {
            lock.execute("SELECT pg_advisory_lock(7240013)");

            // when
            CompletableFuture<JobExecution> run = CompletableFuture.supplyAsync(() -> run(LocalDate.parse("2026-11-05")));

            // then: it waits, and goes on once the other ingest ends
            Thread.sleep(3000);
            assertThat(run).isNotDone();
            lock.execute("SELECT pg_advisory_unlock(7240013)");
            assertCompleted(run.get(120, TimeUnit.SECONDS));
        }
        assertThat(report("2026-11-05", "clusters.csv").row("cluster_id", "demo")).containsEntry("used_gpu_hours", "4.00");
    }
}
