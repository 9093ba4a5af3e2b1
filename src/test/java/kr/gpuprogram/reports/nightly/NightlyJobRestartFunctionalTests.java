package kr.gpuprogram.reports.nightly;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.stream.Stream;
import kr.gpuprogram.reports.support.Allocations;
import kr.gpuprogram.reports.support.DemoProgram;
import kr.gpuprogram.reports.support.FaultInjector;
import kr.gpuprogram.reports.support.FunctionalTestSupport;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.springframework.batch.core.BatchStatus;
import org.springframework.batch.core.job.JobExecution;

/**
 * In the manner of Spring Batch's RestartFunctionalTests: the job fails part way, the same
 * command runs again, restarts the failed execution and ends with a clean run's figures.
 */
class NightlyJobRestartFunctionalTests extends FunctionalTestSupport {

    private static final LocalDate DAY = LocalDate.parse("2026-11-06");

    private void givenTwoDaysOfFiles() throws Exception {
        givenTheDemoReference();
        reference("allocations.csv", Allocations.of()
                .row("P-1", "I-1", "거대언어모델 연구", "demo", 4, "2026-11-01", "2026-11-30")
                .row("P-2", "I-2", "비전 모델", "demo", 2, "2026-10-20", "2026-11-05")
                .row("U-1", "I-2", "추천 시스템", "utc1", 2, "2026-11-01", "2026-11-30")
                .csv());
        StringBuilder fifth = new StringBuilder(DemoProgram.HEADER);
        StringBuilder sixth = new StringBuilder(DemoProgram.HEADER);
        for (int job = 1; job <= 9; job++) {
            fifth.append(job).append("|demo|P-1|kim|2026-11-05T0").append(job).append(":00:00|2026-11-05T1").append(job)
                    .append(":00:00|COMPLETED|gres/gpu=1\n");
        }
        fifth.append("10|demo|P-2|lee|2026-11-05T22:00:00|Unknown|RUNNING|gres/gpu=2\n");
        fifth.append("11|demo|P-2|lee|2026-11-05T22:00:00|Unknown|RUNNING|gres/gpu=99\n");
        sixth.append("10|demo|P-2|lee|2026-11-05T22:00:00|2026-11-06T03:15:00|COMPLETED|gres/gpu=2\n");
        sixth.append("12|demo|other|choi|2026-11-06T01:00:00|2026-11-06T02:00:00|COMPLETED|gres/gpu=8\n");
        inbox("jobs-demo-2026-11-05.csv", fifth.toString());
        inbox("jobs-demo-2026-11-06.csv", sixth.toString());
        inbox("jobs-utc1-2026-11-06.csv", DemoProgram.HEADER
                + "1|utc1|U-1|park|2026-11-05T23:00:00Z|2026-11-06T02:00:00Z|COMPLETED|gres/gpu=2\n");
        StringBuilder telemetry = new StringBuilder("timestamp,cluster_id,hostname,gpu,job_id,gpu_util\n");
        for (int minute = 0; minute < 60; minute++) {
            telemetry.append(String.format("2026-11-06T01:%02d:00+09:00,demo,n1,0,12,%d%n", minute, minute % 10));
        }
        inbox("gpu-metrics-demo-2026-11-06.csv", telemetry.toString());
    }

    private Map<String, byte[]> cleanRun() throws Exception {
        givenTwoDaysOfFiles();
        assertCompleted(run(DAY));
        assertCompleted(rerun(DAY.minusDays(1), DAY));
        return reportBytes();
    }

    @ParameterizedTest
    @CsvSource({FaultInjector.JOB_LINE + ",5", FaultInjector.JOB_LINE + ",11", FaultInjector.FIGURES_DAY + ",5",
            FaultInjector.REFERENCE_LOAD + ",0", FaultInjector.INBOX_FILE + ",2", FaultInjector.MERGE_FILE + ",1",
            FaultInjector.TELEMETRY_BLOCK + ",0",
            FaultInjector.REPORT_WRITE + ",0"})
    void aRunThatFailsPartWayIsRestartedAndGivesTheFiguresOfACleanRun(String faultPoint, int passesBeforeFault)
            throws Exception {
        Map<String, byte[]> clean = cleanRun();
        resetDatabaseAndFolders();

        // given
        givenTwoDaysOfFiles();
        faults.arm(faultPoint, passesBeforeFault, false);

        // when
        JobExecution failed = run(DAY);
        JobExecution restarted = run(DAY);
        assertCompleted(rerun(DAY.minusDays(1), DAY));

        // then
        assertThat(failed.getStatus()).isEqualTo(BatchStatus.FAILED);
        assertThat(restarted.getStatus()).isEqualTo(BatchStatus.COMPLETED);
        assertThat(restarted.getJobInstance().getInstanceId())
                .as("the second run restarts the failed instance").isEqualTo(failed.getJobInstance().getInstanceId());
        Map<String, byte[]> afterRestart = reportBytes();
        assertThat(afterRestart.keySet()).isEqualTo(clean.keySet());
        clean.forEach((file, bytes) -> assertThat(new String(afterRestart.get(file), java.nio.charset.StandardCharsets.UTF_8))
                .as(file).isEqualTo(new String(bytes, java.nio.charset.StandardCharsets.UTF_8)));
        assertThat(jdbc.queryForObject("SELECT count(*) FROM job_line", Integer.class))
                .as("no line stored twice").isEqualTo(13);
    }

    private Map<String, byte[]> reportBytes() throws Exception {
        Path folder = settings.reportDir();
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
