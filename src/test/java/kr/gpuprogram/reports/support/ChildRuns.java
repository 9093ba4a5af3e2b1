package kr.gpuprogram.reports.support;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

/**
 * The real command in child JVMs under one root folder: each named run has its own report
 * folder, state folder, output log and standard-error file; all share one small data dir
 * (six days of two clusters).
 */
public final class ChildRuns {

    private final Path root;

    public ChildRuns(Path root) {
        this.root = root;
    }

    public Path root() {
        return root;
    }

    public Path data() throws IOException {
        Path data = root.resolve("data");
        if (Files.exists(data.resolve("reference/clusters.csv"))) {
            return data;
        }
        Files.createDirectories(data.resolve("reference"));
        Files.createDirectories(data.resolve("inbox"));
        Files.writeString(data.resolve("reference/operators.csv"), DemoProgram.OPERATORS);
        Files.writeString(data.resolve("reference/clusters.csv"), DemoProgram.CLUSTERS);
        Files.writeString(data.resolve("reference/institutions.csv"), DemoProgram.INSTITUTIONS);
        Files.writeString(data.resolve("reference/rates.csv"), DemoProgram.RATES);
        Files.writeString(data.resolve("reference/allocations.csv"), Allocations.of()
                .row("P-1", "I-1", "거대언어모델 연구", "demo", 4, "2026-11-01", "2026-11-30")
                .row("G-1", "I-3", "기후 모델", "grow", 2, "2026-11-01", "2026-11-30")
                .csv());
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

    /** {@code run --date 2026-11-06} of run {@code name}, on its own state dir unless {@code extra} names another. */
    public Process start(String name, String... extra) throws IOException {
        return start(name, false, extra);
    }

    /** As {@link #start}, with standard error kept apart in {@code <name>.err}. */
    public Process startWithOwnStderr(String name, String... extra) throws IOException {
        return start(name, true, extra);
    }

    private Process start(String name, boolean ownStderr, String... extra) throws IOException {
        List<String> command = new ArrayList<>(List.of(
                Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-cp", System.getProperty("java.class.path")));
        if (List.of(extra).stream().anyMatch(a -> a.startsWith("--gpu.fault."))) {
            // The fault injector is a test class, found only by a context that scans the classpath
            // at start; the beans prepared at build time (Spring AOT) are the application's own.
            command.add("-Dspring.aot.enabled=false");
        }
        command.addAll(List.of(
                "kr.gpuprogram.reports.GpuUsageReportsApplication",
                "run", "--date", "2026-11-06",
                "--data-dir", data().toString(),
                "--report-dir", root.resolve(name + "-reports").toString()));
        if (List.of(extra).stream().noneMatch(a -> a.equals("--state-dir"))) {
            command.addAll(List.of("--state-dir", root.resolve(name + "-state").toString()));
        }
        command.addAll(List.of(extra));
        Files.createDirectories(root);
        ProcessBuilder builder = new ProcessBuilder(command).redirectOutput(log(name).toFile());
        if (ownStderr) {
            builder.redirectError(root.resolve(name + ".err").toFile());
        } else {
            builder.redirectErrorStream(true);
        }
        return builder.start();
    }

    public Path log(String name) {
        return root.resolve(name + ".log");
    }

    public String stderr(String name) throws IOException {
        return Files.readString(root.resolve(name + ".err"), StandardCharsets.UTF_8);
    }

    public static int finish(Process process) throws InterruptedException {
        assertThat(process.waitFor(180, TimeUnit.SECONDS)).as("child run ends").isTrue();
        return process.exitValue();
    }

    public void clean(String name) throws IOException {
        for (String suffix : List.of("-reports", "-state")) {
            Path folder = root.resolve(name + suffix);
            if (Files.exists(folder)) {
                try (Stream<Path> walk = Files.walk(folder)) {
                    for (Path p : walk.sorted(Comparator.reverseOrder()).toList()) {
                        Files.delete(p);
                    }
                }
            }
        }
    }

    /** Every CSV extract under the run's report folder, by relative path. */
    public Map<String, String> csvFiles(String name) throws IOException {
        Path folder = root.resolve(name + "-reports");
        Map<String, String> files = new LinkedHashMap<>();
        try (Stream<Path> walk = Files.walk(folder)) {
            for (Path file : walk.filter(f -> f.toString().endsWith(".csv")).sorted().toList()) {
                files.put(folder.relativize(file).toString(), Files.readString(file, StandardCharsets.UTF_8));
            }
        }
        return files;
    }

    /** The extracts of an uninterrupted run alone on a fresh state dir. */
    public Map<String, String> cleanRun() throws Exception {
        clean("clean");
        assertThat(finish(start("clean"))).isZero();
        return csvFiles("clean");
    }
}
