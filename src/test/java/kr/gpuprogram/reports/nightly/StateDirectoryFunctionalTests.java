package kr.gpuprogram.reports.nightly;

import static kr.gpuprogram.reports.support.ChildRuns.finish;
import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.function.Predicate;
import java.util.stream.Stream;
import kr.gpuprogram.reports.support.ChildRuns;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * One owner per state directory, in child JVMs: a second process is refused in one line
 * (exit 75) or waits with {@code --wait}; a process killed (SIGKILL) at any moment of the
 * first start on a fresh directory leaves a directory that the next run can use.
 */
class StateDirectoryFunctionalTests {

    private final ChildRuns runs = new ChildRuns(Path.of("target/functional/state-dir"));
    private static Map<String, String> cleanExtracts;

    /** The extracts of a run alone, made once for the class (each child run costs seconds). */
    private Map<String, String> expected() throws Exception {
        if (cleanExtracts == null) {
            cleanExtracts = runs.cleanRun();
        }
        return cleanExtracts;
    }

    @ParameterizedTest
    @ValueSource(strings = {"unpack", "initdb", "first-start", "flyway"})
    void aFirstStartKilledAtAnyMomentLeavesADirectoryTheNextRunUses(String moment) throws Exception {
        Map<String, String> expected = expected();
        runs.clean("first");
        Path state = runs.root().resolve("first-state");

        // given a first run on a fresh state directory, killed (SIGKILL) at the moment
        Process victim = runs.start("first", "--logging.level.org.flywaydb=INFO");
        boolean reached = waitFor(victim, () -> reached(moment, state, runs.log("first")));
        victim.destroyForcibly();
        assertThat(victim.waitFor(30, TimeUnit.SECONDS)).isTrue();
        assertThat(reached).as("the run was killed at the moment: %s", moment).isTrue();

        // when the same command runs again on the same directory
        int again = finish(runs.start("first"));

        // then it succeeds with the extracts of a clean run
        assertThat(again).as("exit status; log: %s", Files.readString(runs.log("first"))).isZero();
        assertThat(runs.csvFiles("first")).isEqualTo(expected);
    }

    /** What is on disk (or in the log) at each moment of a first start. */
    private static boolean reached(String moment, Path state, Path log) throws IOException {
        Path pgdata = state.resolve("pgdata");
        return switch (moment) {
            // files of the binary tree exist, its "unpacked" marker not yet
            case "unpack" -> anyTree(state.resolve("pg-binaries"), tree -> Files.exists(tree.resolve("bin"))
                    && !Files.exists(tree.resolve(".exists")));
            // initdb is writing the data directory, no postmaster has started in it
            case "initdb" -> Files.exists(pgdata.resolve("postgresql.conf")) && !Files.exists(pgdata.resolve("postmaster.opts"));
            case "first-start" -> Files.exists(pgdata.resolve("postmaster.opts"));
            case "flyway" -> Files.exists(log) && Files.readString(log).contains("Migrating schema");
            default -> throw new IllegalArgumentException(moment);
        };
    }

    private static boolean anyTree(Path binaries, Predicate<Path> test) throws IOException {
        if (!Files.isDirectory(binaries)) {
            return false;
        }
        try (Stream<Path> trees = Files.list(binaries)) {
            return trees.anyMatch(test);
        }
    }

    private interface Check {
        boolean holds() throws IOException;
    }

    private static boolean waitFor(Process process, Check check) throws Exception {
        long deadline = System.currentTimeMillis() + 60_000;
        while (System.currentTimeMillis() < deadline && process.isAlive()) {
            if (check.holds()) {
                return true;
            }
            Thread.sleep(5);
        }
        return false;
    }

    @Test
    void aSecondProcessOnTheStateDirectoryIsRefusedInOneLine() throws Exception {
        Map<String, String> expected = expected();
        runs.clean("owner");
        runs.clean("second");
        Path state = runs.root().resolve("owner-state");

        // given a run that owns the state directory (paused in its ingest)
        Process owner = runs.startWithOwnStderr("owner", "--gpu.fault.point=job-line", "--gpu.fault.after=5",
                "--gpu.fault.pause-seconds=8");
        assertThat(waitFor(owner, () -> Files.readString(runs.root().resolve("owner.err")).contains("reached: pausing")))
                .as("the first run reached its ingest").isTrue();

        // when a second process starts on the same state directory
        int second = finish(runs.startWithOwnStderr("second", "--state-dir", state.toString()));

        // then the second is refused with one line and exit 75, and the first finishes as if alone
        assertThat(second).isEqualTo(75);
        assertThat(runs.stderr("second").lines().toList()).hasSize(1).first().asString()
                .startsWith("gpu-usage-reports: state directory ").contains("is in use by process " + owner.pid());
        assertThat(Files.readString(runs.log("second"))).as("the second run's log")
                .contains("is in use by process " + owner.pid()).doesNotContain("Application run failed").doesNotContain("\tat ");
        assertThat(finish(owner)).isZero();
        assertThat(runs.csvFiles("owner")).isEqualTo(expected);
        assertThat(runs.root().resolve("second-reports")).doesNotExist();
    }

    @Test
    void twoProcessesStartedTogetherOneRunsTheOtherWaitsWithWait() throws Exception {
        Map<String, String> expected = expected();
        runs.clean("a");
        runs.clean("b");
        Path state = runs.root().resolve("a-state");

        // given two runs started together on one fresh state directory, the second with --wait
        Process a = runs.startWithOwnStderr("a", "--wait");
        Process b = runs.startWithOwnStderr("b", "--wait", "--state-dir", state.toString());

        // then both succeed, one after the other, each with the extracts of a run alone
        assertThat(finish(a)).as("a: %s", runs.stderr("a")).isZero();
        assertThat(finish(b)).as("b: %s", runs.stderr("b")).isZero();
        assertThat(runs.csvFiles("a")).isEqualTo(expected);
        assertThat(runs.csvFiles("b")).isEqualTo(expected);
        assertThat(Files.readString(runs.log("a")) + Files.readString(runs.log("b"))).contains("waiting for it to end");
    }
}
