package kr.gpuprogram.reports.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.concurrent.atomic.AtomicBoolean;
import kr.gpuprogram.reports.support.Allocations;
import kr.gpuprogram.reports.support.DemoProgram;
import kr.gpuprogram.reports.support.FunctionalTest;
import kr.gpuprogram.reports.support.FunctionalTestSupport;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.batch.core.BatchStatus;
import org.springframework.batch.core.job.JobExecution;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Import;
import org.springframework.core.annotation.Order;

/**
 * A part written on another thread than the workbook (as the CSV extracts and the PDF are)
 * fails: the run fails with that part's reason, nothing is published under the day's name,
 * and the run started again publishes the whole report.
 */
@FunctionalTest("part-failure")
@Import(ReportPartFailureFunctionalTests.BrokenPartConfiguration.class)
class ReportPartFailureFunctionalTests extends FunctionalTestSupport {

    static final AtomicBoolean diskFull = new AtomicBoolean();
    static final AtomicBoolean slow = new AtomicBoolean();
    static final AtomicBoolean slowPartEnded = new AtomicBoolean();

    @TestConfiguration
    static class BrokenPartConfiguration {

        /** Writes a file of its own beside the others, or fails as a full disk would. */
        @Bean
        @Order(4)
        ReportPart brokenPart() {
            return (report, folder) -> {
                if (diskFull.get()) {
                    throw new IOException("No space left on device");
                }
                Files.writeString(folder.resolve("extra.txt"), report.period().name());
            };
        }

        /** A part that takes its time, after the broken one. */
        @Bean
        @Order(5)
        ReportPart slowPart() {
            return (report, folder) -> {
                if (slow.get()) {
                    try {
                        Thread.sleep(1_000);
                    } catch (InterruptedException e) {
                        Thread.currentThread().interrupt();
                    }
                }
                Files.writeString(folder.resolve("slow.txt"), report.period().name());
                slowPartEnded.set(true);
            };
        }
    }

    @AfterEach
    void healthyParts() {
        diskFull.set(false);
        slow.set(false);
    }

    @Test
    void aPartFailingBesideTheWorkbookFailsTheRunAndTheRestartPublishesTheWholeReport() throws Exception {
        // given: a day with a job of 2 GPUs for 2 hours; the disk fills while the report is written
        givenOneAllocationOnDemo();
        inbox("jobs-demo-2026-11-05.csv", DemoProgram.HEADER
                + "1|demo|P-1|kim|2026-11-05T01:00:00|2026-11-05T03:00:00|COMPLETED|gres/gpu=2\n");
        diskFull.set(true);

        // when
        JobExecution failed = run(LocalDate.parse("2026-11-05"));

        // then
        assertThat(failed.getStatus()).isEqualTo(BatchStatus.FAILED);
        assertThat(failed.getAllFailureExceptions()).anySatisfy(e ->
                assertThat(e).hasStackTraceContaining("No space left on device"));
        Path day = settings.reportDir().resolve("2026-11-05");
        assertThat(day).doesNotExist();

        // when the disk has room again
        diskFull.set(false);
        JobExecution restarted = run(LocalDate.parse("2026-11-05"));

        // then
        assertCompleted(restarted);
        assertThat(day.resolve("extra.txt")).hasContent("2026-11-05");
        assertThat(day.resolve("gpu-usage-2026-11-05.xlsx")).isNotEmptyFile();
        assertThat(day.resolve("gpu-usage-2026-11-05.pdf")).isNotEmptyFile();
        assertThat(report("2026-11-05", "clusters.csv").row("cluster_id", "demo").get("used_gpu_hours")).isEqualTo("4.00");
    }

    @Test
    void aFailedReportReturnsOnlyOnceEveryPartHasEnded() throws Exception {
        // given: one part fails at once while another, after it, takes a second
        givenOneAllocationOnDemo();
        diskFull.set(true);
        slow.set(true);
        slowPartEnded.set(false);

        // when
        JobExecution failed = run(LocalDate.parse("2026-11-05"));

        // then: no part is left writing into a folder that the next attempt will use
        assertThat(failed.getStatus()).isEqualTo(BatchStatus.FAILED);
        assertThat(slowPartEnded).as("the slow part ended before the run did").isTrue();
    }

    private void givenOneAllocationOnDemo() throws IOException {
        givenTheDemoReference();
        reference("allocations.csv", Allocations.of()
                .row("P-1", "I-1", "거대언어모델 연구", "demo", 4, "2026-11-01", "2026-11-30")
                .csv());
    }
}
