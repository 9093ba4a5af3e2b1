package kr.gpuprogram.reports.jobs;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.time.LocalDate;
import java.time.ZoneId;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import kr.gpuprogram.reports.support.ChildRuns;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The wrapper cron calls: one run at a time (flock), a log dated in the program zone, the
 * job's exit status passed on, its standard error (reasons, warnings) on the wrapper's, and the
 * options it gives java: each command's JIT compilers, and a class archive kept only from a job
 * that succeeded.
 */
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

    /** The wrapper around the real program (a child JVM on the test classpath), its stderr kept apart. */
    private Process realProgram(String hostZone, String programArgs, String... args) throws Exception {
        ProcessBuilder builder = new ProcessBuilder(concat(List.of("bash", WRAPPER.toString()), args));
        builder.environment().put("GPU_REPORTS_HOME", work.toString());
        builder.environment().put("TZ", hostZone);
        builder.environment().put("GPU_REPORTS_CMD", Path.of(System.getProperty("java.home"), "bin", "java")
                + " -cp " + System.getProperty("java.class.path") + " kr.gpuprogram.reports.GpuUsageReportsApplication");
        builder.environment().put("GPU_REPORTS_ARGS", programArgs);
        builder.redirectOutput(work.resolve("wrapper.out").toFile());
        builder.redirectError(work.resolve("wrapper.err").toFile());
        return builder.start();
    }

    @Test
    void theMonthEntryOnAUtcHostAt21hOnTheLastDayReportsThatMonthAndWarnsThatItIsProvisional() throws Exception {
        // given the crontab's month entry, run at 06:00 KST on 12-01, i.e. 21:00 UTC on 11-30, on a host in UTC
        Path data = new ChildRuns(work.resolve("child")).data();
        Path reports = work.resolve("reports");
        String entry = Files.readAllLines(Path.of("jobs/crontab")).stream().filter(l -> l.startsWith("0 6 1 * *"))
                .findFirst().orElseThrow();
        String[] command = entry.substring(entry.indexOf("gpu-usage-reports.sh") + "gpu-usage-reports.sh".length())
                .strip().split(" ");
        assertThat(command).containsExactly("report", "--month", "previous");

        // when
        Process wrapper = realProgram("UTC", "--gpu.now=2026-11-30T21:00:00Z --data-dir " + data + " --report-dir " + reports
                + " --state-dir " + work.resolve("state"), command);

        // then November is reported, after ingesting the inbox, and the warning reaches cron's mail
        assertThat(wrapper.waitFor(180, TimeUnit.SECONDS)).isTrue();
        String stderr = Files.readString(work.resolve("wrapper.err"));
        assertThat(wrapper.exitValue()).as(stderr).isZero();
        try (var periods = Files.list(reports)) {
            assertThat(periods.map(p -> p.getFileName().toString()).filter(n -> !n.startsWith("."))).containsExactly("2026-11");
        }
        // provisional from job-file gaps alone: missing.csv lists both kinds, the warning counts the job files
        long missing = Files.readAllLines(reports.resolve("2026-11/missing.csv")).stream().filter(l -> l.endsWith(",jobs")).count();
        assertThat(Files.readString(reports.resolve("2026-11/clusters.csv"))).contains("demo,");
        assertThat(stderr.lines().toList()).containsExactly(
                "gpu-usage-reports: warning: report 2026-11 is provisional: " + missing
                        + " cluster-day(s) have no job file (see missing.csv)");
        assertThat(missing).as("24 days of November have no job file").isGreaterThanOrEqualTo(24);
    }

    @Test
    void aFailingRunsReasonReachesTheWrappersStandardError() throws Exception {
        Process wrapper = realProgram("UTC", "--data-dir " + work.resolve("no-such-data") + " --report-dir "
                + work.resolve("reports") + " --state-dir " + work.resolve("state"), "run", "--date", "2026-11-05");

        assertThat(wrapper.waitFor(180, TimeUnit.SECONDS)).isTrue();
        assertThat(wrapper.exitValue()).isEqualTo(2);
        assertThat(Files.readString(work.resolve("wrapper.err")).lines().toList()).containsExactly(
                "gpu-usage-reports: data dir " + work.resolve("no-such-data") + " does not exist: nothing computed, written or mailed",
                "gpu-usage-reports.sh: 'run --date 2026-11-05' failed with exit 2; log: " + work.resolve("var/log/gpu-usage-reports-"
                        + LocalDate.now(ZoneId.of("Asia/Seoul")) + ".log"));
        assertThat(work.resolve("reports")).doesNotExist();
    }

    @Test
    void aNightWithoutAnyJobFileIsPassedOnAsAFailureAndTheWrappersStandardErrorSaysSo() throws Exception {
        // the stand-in exits 3, as the program does after the report of a night without any job file
        ProcessBuilder builder = new ProcessBuilder(List.of("bash", WRAPPER.toString(), "run"));
        builder.environment().put("GPU_REPORTS_HOME", work.toString());
        builder.environment().put("GPU_REPORTS_CMD", fakeJob.toString());
        builder.redirectOutput(work.resolve("wrapper.out").toFile()).redirectError(work.resolve("wrapper.err").toFile());
        Process wrapper = builder.start();

        assertThat(wrapper.waitFor(20, TimeUnit.SECONDS)).isTrue();
        assertThat(wrapper.exitValue()).isEqualTo(3);
        assertThat(Files.readString(work.resolve("wrapper.err")).lines().toList()).containsExactly(
                "gpu-usage-reports.sh: 'run' found no job file for any cluster (exit 3): the report is provisional; log: "
                        + work.resolve("var/log/gpu-usage-reports-" + LocalDate.now(ZoneId.of("Asia/Seoul")) + ".log"));
    }

    @Test
    void logsOlderThanTheDaysToKeepAreDeletedByTheDateInTheirName() throws Exception {
        // given logs of today, of 1 and 2 days ago (kept with GPU_REPORTS_LOG_DAYS=3), of 3 and 40 days ago, and another file
        LocalDate today = LocalDate.now(ZoneId.of("Asia/Seoul"));
        Path logDir = Files.createDirectories(work.resolve("var/log"));
        for (int daysAgo : new int[] {1, 2, 3, 40}) {
            Files.writeString(logDir.resolve("gpu-usage-reports-" + today.minusDays(daysAgo) + ".log"), "old\n");
        }
        Files.writeString(logDir.resolve("notes.txt"), "not a log\n");

        // when the wrapper runs
        ProcessBuilder builder = new ProcessBuilder(List.of("bash", WRAPPER.toString(), "run"));
        builder.environment().put("GPU_REPORTS_HOME", work.toString());
        builder.environment().put("GPU_REPORTS_CMD", fakeJob.toString());
        builder.environment().put("GPU_REPORTS_LOG_DAYS", "3");
        Process wrapper = builder.redirectErrorStream(true).start();
        wrapper.getInputStream().readAllBytes();
        assertThat(wrapper.waitFor(20, TimeUnit.SECONDS)).isTrue();

        // then the last 3 days' logs stay, today's included
        try (var logs = Files.list(logDir)) {
            assertThat(logs.map(p -> p.getFileName().toString())).containsExactlyInAnyOrder(
                    "gpu-usage-reports-" + today + ".log", "gpu-usage-reports-" + today.minusDays(1) + ".log",
                    "gpu-usage-reports-" + today.minusDays(2) + ".log", "notes.txt");
        }
    }

    @Test
    void theLogIsDatedInTheProgramZoneWhateverTheHostsZone() throws Exception {
        // UTC-12 and Seoul (UTC+9) are on different dates 21 hours of each day
        ProcessBuilder builder = new ProcessBuilder(List.of("bash", WRAPPER.toString(), "run"));
        builder.environment().put("GPU_REPORTS_HOME", work.toString());
        builder.environment().put("GPU_REPORTS_CMD", fakeJob.toString());
        builder.environment().put("TZ", "Etc/GMT+12");
        Process wrapper = builder.redirectErrorStream(true).start();
        assertThat(wrapper.waitFor(20, TimeUnit.SECONDS)).isTrue();
        try (var logs = Files.list(work.resolve("var/log"))) {
            assertThat(logs.map(p -> p.getFileName().toString()))
                    .containsExactly("gpu-usage-reports-" + LocalDate.now(ZoneId.of("Asia/Seoul")) + ".log");
        }
    }

    /**
     * What the wrapper gives java, seen through a stand-in {@code java} on the PATH that records
     * its arguments, unpacks by creating the jar, writes the archive it is asked to write and exits
     * with {@code FAKE_STATUS}.
     */
    @Test
    void theClassArchiveIsKeptFromAJobThatSucceededOnlyAndEachCommandGetsItsCompilers() throws Exception {
        // given a project home with a jar, the compiler directives and a stand-in java
        Files.createDirectories(work.resolve("target"));
        Files.writeString(work.resolve("target/gpu-usage-reports.jar"), "not a jar");
        Files.createDirectories(work.resolve("jobs"));
        Files.copy(Path.of("jobs/jit-directives.json"), work.resolve("jobs/jit-directives.json"));
        Path bin = Files.createDirectories(work.resolve("bin"));
        Path calls = work.resolve("java-calls.txt");
        Files.writeString(bin.resolve("java"), """
                #!/usr/bin/env bash
                echo "$*" >> "%s"
                for arg in "$@"; do
                    case "$arg" in -XX:ArchiveClassesAtExit=*) echo archive > "${arg#*=}" ;; esac
                done
                case " $* " in
                    *" -Djarmode=tools "*) shift 4; mkdir -p "$2"; echo jar > "$2/gpu-usage-reports.jar"; exit 0 ;;
                esac
                exit "${FAKE_STATUS:-0}"
                """.formatted(calls));
        bin.resolve("java").toFile().setExecutable(true);
        Path archive = work.resolve("target/app/gpu-usage-reports.jsa");

        // when history runs first, then a run that is refused, then one that succeeds, then a report
        assertThat(fakeJava(bin, 0, "history")).isZero();
        assertThat(archive).doesNotExist();
        assertThat(fakeJava(bin, 75, "run", "--date", "2026-11-05")).isEqualTo(75);
        assertThat(archive).doesNotExist();
        assertThat(archive.resolveSibling("gpu-usage-reports.jsa.writing")).doesNotExist();
        assertThat(fakeJava(bin, 0, "run", "--date", "2026-11-05")).isZero();
        assertThat(archive).exists();
        assertThat(fakeJava(bin, 0, "report", "--month", "2026-11")).isZero();

        // then only the successful run wrote the archive, the report maps it, and each got its compilers
        List<String> runs = Files.readAllLines(calls).stream().filter(l -> !l.contains("-Djarmode=tools")).toList();
        assertThat(runs).hasSize(4);
        assertThat(runs.get(0)).doesNotContain("-XX:ArchiveClassesAtExit", "-XX:SharedArchiveFile")
                .contains("-XX:CompilerDirectivesFile=jobs/jit-directives.json");
        assertThat(runs.get(1)).contains("-XX:ArchiveClassesAtExit=",
                // the archive's warnings stay out of the log (standard output), its errors go to standard error
                "-Xlog:cds=off,cds+dynamic=off -Xlog:cds=error,cds+dynamic=error:stderr");
        assertThat(runs.get(2)).contains("-XX:ArchiveClassesAtExit=", "-XX:+UnlockDiagnosticVMOptions",
                "-XX:CompilerDirectivesFile=jobs/jit-directives.json").doesNotContain("TieredStopAtLevel");
        assertThat(runs.get(3)).contains("-XX:SharedArchiveFile=" + archive, "-XX:TieredStopAtLevel=1", "-Xlog:cds=off")
                .doesNotContain("CompilerDirectivesFile");
    }

    private int fakeJava(Path bin, int status, String... args) throws Exception {
        ProcessBuilder builder = new ProcessBuilder(concat(List.of("bash", WRAPPER.toString()), args));
        builder.environment().put("GPU_REPORTS_HOME", work.toString());
        builder.environment().put("PATH", bin + ":" + System.getenv("PATH"));
        builder.environment().put("FAKE_STATUS", Integer.toString(status));
        builder.environment().remove("JAVA_OPTS");
        builder.environment().remove("GPU_REPORTS_JIT_OPTS");
        Process wrapper = builder.redirectErrorStream(true).start();
        wrapper.getInputStream().readAllBytes();
        assertThat(wrapper.waitFor(20, TimeUnit.SECONDS)).isTrue();
        return wrapper.exitValue();
    }
}
