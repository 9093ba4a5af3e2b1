package kr.gpuprogram.reports.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The command line's exit status and its one-line reason on standard error. */
class CommandLineTests {

    private final ByteArrayOutputStream stderr = new ByteArrayOutputStream();
    private PrintStream originalErr;

    @BeforeEach
    void captureStandardError() {
        originalErr = System.err;
        System.setErr(new PrintStream(stderr, true, StandardCharsets.UTF_8));
    }

    @AfterEach
    void restoreStandardError() {
        System.setErr(originalErr);
    }

    private String errorOutput() {
        return stderr.toString(StandardCharsets.UTF_8);
    }

    @Test
    void anUnknownCommandIsRefused() {
        assertThat(CommandLineMain.run(new String[] {"publish"})).isEqualTo(2);
        assertThat(errorOutput()).startsWith("gpu-usage-reports: unknown command 'publish'");
    }

    @Test
    void aBadDateIsRefused() {
        assertThat(CommandLineMain.run(new String[] {"run", "--date", "2026-02-30"})).isEqualTo(2);
        assertThat(errorOutput()).contains("--date '2026-02-30' is not a date");
    }

    @Test
    void aRerunNeedsBothEnds() {
        assertThat(CommandLineMain.run(new String[] {"rerun", "--from", "2026-11-01"})).isEqualTo(2);
        assertThat(errorOutput()).contains("rerun needs --to");
    }

    @Test
    void anUnreadableReferenceFileStopsTheRunWithItsReason() {
        int status = CommandLineMain.run(new String[] {"run", "--date", "2026-11-05",
                "--data-dir", "target/functional/no-such-data", "--report-dir", "target/functional/cli-reports",
                "--state-dir", "target/functional/cli-state"});
        assertThat(status).isEqualTo(1);
        assertThat(errorOutput().strip()).endsWith("reference file target/functional/no-such-data/reference/operators.csv is missing or unreadable");
    }

    @Test
    void aDatabaseThatCannotBeReachedEndsTheRunNonZero() {
        int status = CommandLineMain.run(new String[] {"run", "--date", "2026-11-05",
                "--spring.datasource.url=jdbc:postgresql://127.0.0.1:9/none",
                "--spring.datasource.username=nobody", "--spring.datasource.password=none",
                "--spring.datasource.hikari.connection-timeout=1000"});
        assertThat(status).isEqualTo(1);
        assertThat(errorOutput()).contains("gpu-usage-reports: ").containsIgnoringCase("connection");
    }
}
