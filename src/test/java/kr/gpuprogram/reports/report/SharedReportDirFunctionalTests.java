package kr.gpuprogram.reports.report;

import static kr.gpuprogram.reports.support.ChildRuns.finish;
import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import kr.gpuprogram.reports.support.ChildRuns;
import org.junit.jupiter.api.Test;

/**
 * Two processes on two state dirs (a manual rerun beside cron's) rerun the same days into one
 * report dir at the same moment: each writes into a temporary folder of its own and neither
 * deletes the other's, so both succeed and the report dir holds whole folders, the figures of
 * either, and no leftovers.
 */
class SharedReportDirFunctionalTests {

    private final ChildRuns runs = new ChildRuns(Path.of("target/functional/shared-report-dir"));

    @Test
    void twoProcessesRerunningTheSameDaysIntoOneReportDirBothSucceedWithTheSameFolders() throws Exception {
        // given: two state dirs that have each ingested the same six days
        runs.clean("a");
        runs.clean("b");
        Path shared = runs.root().resolve("shared-reports");
        deleteRecursively(shared);
        Process a = runs.start("a");
        Process b = runs.start("b");
        assertThat(finish(a)).as("a: %s", Files.readString(runs.log("a"))).isZero();
        assertThat(finish(b)).as("b: %s", Files.readString(runs.log("b"))).isZero();

        // when: both rerun the days into one report dir at once
        Process rerunA = rerun("a", shared);
        Process rerunB = rerun("b", shared);
        int exitA = finish(rerunA);
        int exitB = finish(rerunB);

        // then
        assertThat(exitA).as("rerun a: %s", Files.readString(runs.root().resolve("rerun-a.log"))).isZero();
        assertThat(exitB).as("rerun b: %s", Files.readString(runs.root().resolve("rerun-b.log"))).isZero();
        try (Stream<Path> entries = Files.list(shared)) {
            assertThat(entries.map(p -> p.getFileName().toString()).filter(n -> n.startsWith(".") && !n.endsWith(".lock")))
                    .as("no temporary or old folder left").isEmpty();
        }
        Map<String, String> alone = csvFiles(runs.root().resolve("a-reports").resolve("2026-11-06"));
        assertThat(alone).containsKey("clusters.csv");
        assertThat(csvFiles(shared.resolve("2026-11-06"))).as("the same figures as a run alone").isEqualTo(alone);
        for (String day : List.of("2026-11-01", "2026-11-02", "2026-11-03", "2026-11-04", "2026-11-05", "2026-11-06",
                "2026-11-01_2026-11-06")) {
            assertThat(shared.resolve(day).resolve("clusters.csv")).as(day).exists();
            assertThat(shared.resolve(day).resolve("restatement.csv")).as("%s: the second rewrite restates nothing", day)
                    .doesNotExist();
        }
    }

    private Process rerun(String name, Path reportDir) throws IOException {
        List<String> command = new ArrayList<>(List.of(
                Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-cp", System.getProperty("java.class.path"),
                "kr.gpuprogram.reports.GpuUsageReportsApplication",
                "rerun", "--from", "2026-11-01", "--to", "2026-11-06",
                "--data-dir", runs.data().toString(),
                "--report-dir", reportDir.toString(),
                "--state-dir", runs.root().resolve(name + "-state").toString()));
        return new ProcessBuilder(command).redirectErrorStream(true)
                .redirectOutput(runs.root().resolve("rerun-" + name + ".log").toFile()).start();
    }

    private static Map<String, String> csvFiles(Path folder) throws IOException {
        Map<String, String> files = new LinkedHashMap<>();
        try (Stream<Path> list = Files.list(folder)) {
            for (Path file : list.filter(f -> f.toString().endsWith(".csv")).sorted().toList()) {
                files.put(file.getFileName().toString(), Files.readString(file, StandardCharsets.UTF_8));
            }
        }
        return files;
    }

    private static void deleteRecursively(Path folder) throws IOException {
        if (!Files.exists(folder)) {
            return;
        }
        try (Stream<Path> walk = Files.walk(folder)) {
            for (Path path : walk.sorted(java.util.Comparator.reverseOrder()).toList()) {
                Files.delete(path);
            }
        }
    }
}
