package kr.gpuprogram.reports.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.concurrent.TimeUnit;
import kr.gpuprogram.reports.support.ChildRuns;
import kr.gpuprogram.reports.support.CommandRun;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Every error line names its cause, as the real command prints it on standard error. */
class ErrorCausesFunctionalTests {

    /** What the system says when a folder cannot be written: EACCES, or EPERM for root on an immutable folder. */
    private static final String NOT_WRITABLE = "(Permission denied|Operation not permitted)";

    @TempDir
    Path work;

    private Path immutable;

    @AfterEach
    void writableAgain() throws Exception {
        if (immutable != null) {
            new ProcessBuilder("chattr", "-i", immutable.toString()).start().waitFor(10, TimeUnit.SECONDS);
            immutable.toFile().setWritable(true);
        }
    }

    /**
     * Makes a folder that this process cannot write into: read-only for its owner, or, for root
     * (whom no mode stops), immutable; skips the test where neither holds.
     */
    private Path notWritable(Path folder) throws Exception {
        Files.createDirectories(folder);
        Files.setPosixFilePermissions(folder, PosixFilePermissions.fromString("r-xr-xr-x"));
        immutable = folder;
        if (!writable(folder)) {
            return folder;
        }
        Process chattr = new ProcessBuilder("chattr", "+i", folder.toString()).redirectErrorStream(true).start();
        chattr.waitFor(10, TimeUnit.SECONDS);
        Assumptions.assumeFalse(writable(folder), "a folder this process cannot write into (not root, or chattr)");
        return folder;
    }

    private static boolean writable(Path folder) {
        try {
            Files.delete(Files.createTempFile(folder, "probe", ""));
            return true;
        } catch (IOException e) {
            return false;
        }
    }

    @Test
    void aReportDirThatCannotBeWrittenSaysWhy() throws Exception {
        Path data = new ChildRuns(work.resolve("child")).data();
        Path reports = notWritable(work.resolve("reports"));

        CommandRun run = CommandRun.of("run", "--date", "2026-11-06", "--data-dir", data.toString(),
                "--report-dir", reports.toString(), "--state-dir", work.resolve("state").toString());

        assertThat(run.status()).isEqualTo(1);
        assertThat(run.errLines()).last().asString()
                .startsWith("gpu-usage-reports: nightlyJob ended FAILED: ")
                .matches(".*" + reports + "/\\.2026-11-06[^ ]*: " + NOT_WRITABLE + "$");
    }

    @Test
    void aStateDirThatCannotBeWrittenSaysWhy() throws Exception {
        Path data = new ChildRuns(work.resolve("child")).data();
        Path state = notWritable(work.resolve("state"));

        CommandRun run = CommandRun.of("run", "--date", "2026-11-06", "--data-dir", data.toString(),
                "--report-dir", work.resolve("reports").toString(), "--state-dir", state.toString());

        assertThat(run.status()).isEqualTo(1);
        assertThat(run.errLines()).singleElement().asString()
                .matches("gpu-usage-reports: .*" + state + "/[^ ]+: " + NOT_WRITABLE);
    }

    @Test
    void aRefusedDatabaseConnectionNamesItsHostAndPort() throws Exception {
        Path data = new ChildRuns(work.resolve("child")).data();
        CommandRun run = CommandRun.of("run", "--date", "2026-11-05", "--data-dir", data.toString(),
                "--spring.datasource.url=jdbc:postgresql://127.0.0.1:9/none",
                "--spring.datasource.username=nobody", "--spring.datasource.password=none",
                "--spring.datasource.hikari.connection-timeout=1000");

        assertThat(run.status()).isEqualTo(1);
        assertThat(run.errLines()).singleElement().asString().startsWith("gpu-usage-reports: ")
                .contains("127.0.0.1:9").containsIgnoringCase("refused");
    }

    @Test
    void aSettingOutOfRangeIsNamedAsWrittenWithItsValueAndRangeOnStandardError() throws Exception {
        Path data = new ChildRuns(work.resolve("child")).data();
        CommandRun run = CommandRun.of("run", "--date", "2026-11-05", "--data-dir", data.toString(),
                "--report-dir", work.resolve("reports").toString(), "--state-dir", work.resolve("state").toString(),
                "--gpu.reclaim-window-days=0");

        assertThat(run.status()).isEqualTo(2);
        assertThat(run.errLines()).containsExactly("gpu-usage-reports: gpu.reclaim-window-days=0: must be at least 1");
    }
}
