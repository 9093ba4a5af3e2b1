package kr.gpuprogram.reports.jobs;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The wrapper cron calls: one run at a time (flock), a dated log, the job's exit status passed on. */
class CronWrapperTests {

    private static final Path WRAPPER = Path.of("jobs/gpu-usage-reports.sh").toAbsolutePath();

    @TempDir
    Path work;

    private Path fakeJob;

    /** A stand-in for the jar: sleeps, then exits 3. */
    @org.junit.jupiter.api.BeforeEach
    void writeFakeJob() throws Exception {
        fakeJob = work.resolve("fake-job.sh");
        Files.writeString(fakeJob, "#!/usr/bin/env bash\necho \"fake job $* started\"\nsleep 2\necho \"fake job $* done\"\nexit 3\n");
        fakeJob.toFile().setExecutable(true);
    }

    private Process wrapper(String lockWaitSeconds, String... args) throws Exception {
        ProcessBuilder builder = new ProcessBuilder(concat(List.of("bash", WRAPPER.toString()), args));
        builder.environment().put("GPU_REPORTS_HOME", work.toString());
        builder.environment().put("GPU_REPORTS_CMD", fakeJob.toString());
        builder.environment().put("GPU_REPORTS_LOCK_WAIT", lockWaitSeconds);
        builder.redirectErrorStream(true);
        return builder.start();
    }

    @Test
    void aSecondRunRefusesWhileTheFirstHoldsTheLockAndTheJobsExitStatusIsPassedOn() throws Exception {
        Process first = wrapper("0", "run", "--date", "2026-11-05");
        Thread.sleep(700);
        Process second = wrapper("0", "run", "--date", "2026-11-05");

        assertThat(second.waitFor(10, TimeUnit.SECONDS)).isTrue();
        assertThat(second.exitValue()).as("refused: another run holds the lock").isEqualTo(75);
        assertThat(new String(second.getInputStream().readAllBytes())).contains("another run holds");
        assertThat(first.waitFor(10, TimeUnit.SECONDS)).isTrue();
        assertThat(first.exitValue()).as("the job's own status").isEqualTo(3);
    }

    @Test
    void aSecondRunWaitsForTheFirstAndTheLogShowsThemOneAfterTheOther() throws Exception {
        Process first = wrapper("30", "run", "--date", "2026-11-05");
        Thread.sleep(700);
        Process second = wrapper("30", "run", "--date", "2026-11-06");

        assertThat(first.waitFor(20, TimeUnit.SECONDS)).isTrue();
        assertThat(second.waitFor(20, TimeUnit.SECONDS)).isTrue();
        assertThat(first.exitValue()).isEqualTo(3);
        assertThat(second.exitValue()).isEqualTo(3);
        Path logDir = work.resolve("var/log");
        try (var logs = Files.list(logDir)) {
            Path log = logs.filter(p -> p.getFileName().toString().matches("gpu-usage-reports-\\d{4}-\\d{2}-\\d{2}\\.log"))
                    .findFirst().orElseThrow();
            List<String> lines = Files.readAllLines(log).stream().filter(l -> l.startsWith("fake job")).toList();
            assertThat(lines).containsExactly(
                    "fake job run --date 2026-11-05 started", "fake job run --date 2026-11-05 done",
                    "fake job run --date 2026-11-06 started", "fake job run --date 2026-11-06 done");
        }
    }

    private static List<String> concat(List<String> head, String... tail) {
        List<String> all = new java.util.ArrayList<>(head);
        all.addAll(List.of(tail));
        return all;
    }
}
