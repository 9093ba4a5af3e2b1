package kr.gpuprogram.reports.nightly;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import kr.gpuprogram.reports.support.DemoProgram;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * The real command in child JVMs: a run killed part way (by a real SIGKILL, or halted at a
 * chosen point), then the same command again, gives exactly the files of an uninterrupted run.
 */
class KilledProcessFunctionalTests {

    private static final Path ROOT = Path.of("target/functional/killed");

    private static Path data() throws IOException {
        Path data = ROOT.resolve("data");
        if (Files.exists(data.resolve("reference/clusters.csv"))) {
            return data;
        }
        Files.createDirectories(data.resolve("reference"));
        Files.createDirectories(data.resolve("inbox"));
        Files.writeString(data.resolve("reference/operators.csv"), DemoProgram.OPERATORS);
        Files.writeString(data.resolve("reference/clusters.csv"), DemoProgram.CLUSTERS);
        Files.writeString(data.resolve("reference/institutions.csv"), DemoProgram.INSTITUTIONS);
        Files.writeString(data.resolve("reference/rates.csv"), DemoProgram.RATES);
        Files.writeString(data.resolve("reference/allocations.csv"), """
                allocation_id,institution_id,project_title,cluster_id,gpu_count,start_date,end_date
                P-1,I-1,거대언어모델 연구,demo,4,2026-11-01,2026-11-30
                G-1,I-3,기후 모델,grow,2,2026-11-01,2026-11-30
                """);
        for (int day = 1; day <= 6; day++) {
            StringBuilder jobs = new StringBuilder(DemoProgram.HEADER);
            for (int job = 0; job < 8; job++) {
                jobs.append(day * 100 + job).append("|demo|P-1|kim|2026-11-0").append(day).append("T0").append(job)
                        .append(":00:00|2026-11-0").append(day).append("T1").append(job).append(":30:00|COMPLETED|gres/gpu=1\n");
            }
            Files.writeString(data.resolve("inbox/jobs-demo-2026-11-0" + day + ".csv"), jobs);
            Files.writeString(data.resolve("inbox/jobs-grow-2026-11-0" + day + ".csv"), DemoProgram.HEADER
                    + (900 + day) + "|grow|G-1|lee|2026-11-0" + day + "T20:00:00|Unknown|RUNNING|gres/gpu=2\n");
        }
        return data;
    }

    private static Process start(String name, String... extra) throws IOException {
        List<String> command = new ArrayList<>(List.of(
                Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-cp", System.getProperty("java.class.path"),
                "kr.gpuprogram.reports.GpuUsageReportsApplication",
                "run", "--date", "2026-11-06",
                "--data-dir", data().toString(),
                "--report-dir", ROOT.resolve(name + "-reports").toString(),
                "--state-dir", ROOT.resolve(name + "-state").toString()));
        command.addAll(List.of(extra));
        Files.createDirectories(ROOT);
        return new ProcessBuilder(command).redirectErrorStream(true)
                .redirectOutput(ROOT.resolve(name + ".log").toFile()).start();
    }

    private static int finish(Process process) throws InterruptedException {
        assertThat(process.waitFor(180, TimeUnit.SECONDS)).as("child run ends").isTrue();
        return process.exitValue();
    }

    private static void clean(String name) throws IOException {
        for (String suffix : List.of("-reports", "-state")) {
            Path folder = ROOT.resolve(name + suffix);
            if (Files.exists(folder)) {
                try (Stream<Path> walk = Files.walk(folder)) {
                    for (Path p : walk.sorted(java.util.Comparator.reverseOrder()).toList()) {
                        Files.delete(p);
                    }
                }
            }
        }
    }

    private static Map<String, String> csvFiles(String name) throws IOException {
        Path folder = ROOT.resolve(name + "-reports");
        Map<String, String> files = new LinkedHashMap<>();
        try (Stream<Path> walk = Files.walk(folder)) {
            for (Path file : walk.filter(f -> f.toString().endsWith(".csv")).sorted().toList()) {
                files.put(folder.relativize(file).toString(), Files.readString(file, StandardCharsets.UTF_8));
            }
        }
        return files;
    }

    private static Map<String, String> cleanRun() throws Exception {
        clean("clean");
        assertThat(finish(start("clean"))).isZero();
        return csvFiles("clean");
    }

    @Test
    void aRunKilledWithSigkillInTheMiddleOfIngestIsRunAgainToTheSameFiles() throws Exception {
        Map<String, String> expected = cleanRun();
        clean("killed");

        // given a run that pauses in the middle of reading the job files ...
        Process victim = start("killed", "--gpu.fault.point=job-line", "--gpu.fault.after=20", "--gpu.fault.pause=true");
        Path log = ROOT.resolve("killed.log");
        long deadline = System.currentTimeMillis() + 120_000;
        while (!Files.readString(log).contains("reached: pausing") && System.currentTimeMillis() < deadline) {
            Thread.sleep(200);
        }
        assertThat(Files.readString(log)).contains("reached: pausing");

        // when it is killed (SIGKILL) and the same command is run again
        victim.destroyForcibly();
        assertThat(victim.waitFor(30, TimeUnit.SECONDS)).isTrue();
        int again = finish(start("killed"));

        // then
        assertThat(again).isZero();
        assertThat(csvFiles("killed")).isEqualTo(expected);
    }

    @ParameterizedTest
    @CsvSource({"figures-day,2", "report-write,0"})
    void aRunHaltedAtAStepIsRunAgainToTheSameFiles(String point, int passes) throws Exception {
        Map<String, String> expected = cleanRun();
        clean("halted");

        int halted = finish(start("halted", "--gpu.fault.point=" + point, "--gpu.fault.after=" + passes, "--gpu.fault.halt=true"));
        int again = finish(start("halted"));

        assertThat(halted).isEqualTo(137);
        assertThat(again).isZero();
        assertThat(csvFiles("halted")).isEqualTo(expected);
    }
}
