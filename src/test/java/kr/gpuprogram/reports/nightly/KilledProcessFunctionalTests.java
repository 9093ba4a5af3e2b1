package kr.gpuprogram.reports.nightly;

import static org.assertj.core.api.Assertions.assertThat;

import static kr.gpuprogram.reports.support.ChildRuns.finish;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import kr.gpuprogram.reports.support.ChildRuns;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * The real command in child JVMs: a run killed part way (by a real SIGKILL, or halted at a
 * chosen point), then the same command again, gives exactly the files of an uninterrupted run.
 */
class KilledProcessFunctionalTests {

    private final ChildRuns runs = new ChildRuns(Path.of("target/functional/killed"));

    @Test
    void aRunKilledWithSigkillInTheMiddleOfIngestIsRunAgainToTheSameFiles() throws Exception {
        Map<String, String> expected = runs.cleanRun();
        runs.clean("killed");

        // given a run that pauses in the middle of reading the job files ...
        Process victim = runs.start("killed", "--gpu.fault.point=job-line", "--gpu.fault.after=20", "--gpu.fault.pause=true");
        Path log = runs.log("killed");
        long deadline = System.currentTimeMillis() + 120_000;
        while (!Files.readString(log).contains("reached: pausing") && System.currentTimeMillis() < deadline) {
            Thread.sleep(200);
        }
        assertThat(Files.readString(log)).contains("reached: pausing");

        // when it is killed (SIGKILL) and the same command is run again
        victim.destroyForcibly();
        assertThat(victim.waitFor(30, TimeUnit.SECONDS)).isTrue();
        int again = finish(runs.start("killed"));

        // then
        assertThat(again).isZero();
        assertThat(runs.csvFiles("killed")).isEqualTo(expected);
    }

    @ParameterizedTest
    @CsvSource({"figures-day,2", "report-write,0"})
    void aRunHaltedAtAStepIsRunAgainToTheSameFiles(String point, int passes) throws Exception {
        Map<String, String> expected = runs.cleanRun();
        runs.clean("halted");

        int halted = finish(runs.start("halted", "--gpu.fault.point=" + point, "--gpu.fault.after=" + passes, "--gpu.fault.halt=true"));
        int again = finish(runs.start("halted"));

        assertThat(halted).isEqualTo(137);
        assertThat(again).isZero();
        assertThat(runs.csvFiles("halted")).isEqualTo(expected);
    }
}
