package kr.gpuprogram.reports.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.ZoneId;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

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

    /** A data dir whose reference/ folder is there but empty: no reference file was ever read. */
    private static String emptyReferenceDataDir() {
        try {
            java.nio.file.Files.createDirectories(Path.of("target/functional/cli-data-empty/reference"));
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
        return "target/functional/cli-data-empty";
    }

    @Test
    void anUnreadableReferenceFileStopsTheRunWithItsReason() {
        int status = CommandLineMain.run(new String[] {"run", "--date", "2026-11-05",
                "--data-dir", emptyReferenceDataDir(), "--report-dir", "target/functional/cli-reports",
                "--state-dir", "target/functional/cli-state"});
        assertThat(status).isEqualTo(1);
        assertThat(errorOutput().strip()).endsWith("reference file target/functional/cli-data-empty/reference/operators.csv is missing or unreadable");
    }

    @Test
    void aDataDirThatIsNotThereIsRefusedBeforeAnythingStarts() {
        int status = CommandLineMain.run(new String[] {"run", "--date", "2026-11-05",
                "--data-dir", "target/functional/no-such-data", "--report-dir", "target/functional/cli-reports",
                "--state-dir", "target/functional/cli-refused-state"});
        assertThat(status).isEqualTo(2);
        assertThat(errorOutput().lines().toList()).containsExactly(
                "gpu-usage-reports: data dir target/functional/no-such-data does not exist: nothing computed, written or mailed");
        // the embedded database was not even started
        assertThat(Path.of("target/functional/cli-refused-state")).doesNotExist();
    }

    @Test
    void aDatabaseThatCannotBeReachedEndsTheRunNonZero() {
        int status = CommandLineMain.run(new String[] {"run", "--date", "2026-11-05",
                "--spring.datasource.url=jdbc:postgresql://127.0.0.1:9/none",
                "--spring.datasource.username=nobody", "--spring.datasource.password=none",
                "--spring.datasource.hikari.connection-timeout=1000"});
        assertThat(status).isEqualTo(1);
        assertThat(errorOutput()).contains("gpu-usage-reports: ", "127.0.0.1:9").containsIgnoringCase("refused");
    }

    @Test
    void helpPrintsTheUsageAndExitsZero() {
        PrintStream originalOut = System.out;
        ByteArrayOutputStream stdout = new ByteArrayOutputStream();
        System.setOut(new PrintStream(stdout, true, StandardCharsets.UTF_8));
        try {
            assertThat(CommandLineMain.run(new String[] {"--help"})).isZero();
            assertThat(CommandLineMain.run(new String[] {"report", "--help"})).isZero();
        } finally {
            System.setOut(originalOut);
        }
        assertThat(stdout.toString(StandardCharsets.UTF_8)).startsWith("usage: java -jar target/gpu-usage-reports.jar")
                .contains("report --month YYYY-MM|previous", "history [--limit N]", "generate --sample [--out DIR]", "--wait");
        assertThat(errorOutput()).isEmpty();
    }

    @Test
    void anOptionTheCommandDoesNotTakeIsRefused() {
        assertThat(CommandLineMain.run(new String[] {"report", "--month", "2026-11", "--date", "2026-11-25"})).isEqualTo(2);
        assertThat(CommandLineMain.run(new String[] {"run", "--from", "2026-11-01", "--mail"})).isEqualTo(2);
        assertThat(CommandLineMain.run(new String[] {"rerun", "--from", "2026-11-01", "--to", "2026-11-02", "--month=2026-11"}))
                .isEqualTo(2);
        assertThat(errorOutput().lines().toList()).containsExactly(
                "gpu-usage-reports: report does not take --date (it takes --mail, --month)",
                "gpu-usage-reports: run does not take --from (it takes --date)",
                "gpu-usage-reports: rerun does not take --month (it takes --from, --mail, --to)");
    }

    @Test
    void generateSampleWritesIntoSampleDataUnlessToldAndTakesNoSyntheticOption() {
        assertThat(CommandLineParser.parse(new String[] {"generate", "--sample"}).toCommand(LocalDate.EPOCH))
                .isEqualTo(new ReportCommand.GenerateSample(Path.of("sample-data")));
        assertThat(CommandLineParser.parse(new String[] {"generate", "--sample", "--out", "elsewhere"}).toCommand(LocalDate.EPOCH))
                .isEqualTo(new ReportCommand.GenerateSample(Path.of("elsewhere")));
        assertThat(CommandLineMain.run(new String[] {"generate", "--sample", "--gpus", "64"})).isEqualTo(2);
        assertThat(CommandLineMain.run(new String[] {"run", "--sample"})).isEqualTo(2);
        assertThat(errorOutput().lines().toList()).containsExactly(
                "gpu-usage-reports: generate --sample does not take --gpus (it takes --out)",
                "gpu-usage-reports: run does not take --sample (it takes --date)");
    }

    @Test
    void generateSampleWritesTheSampleDataAndItsSummary(@TempDir Path out) {
        PrintStream originalOut = System.out;
        ByteArrayOutputStream stdout = new ByteArrayOutputStream();
        System.setOut(new PrintStream(stdout, true, StandardCharsets.UTF_8));
        try {
            assertThat(CommandLineMain.run(new String[] {"generate", "--sample", "--out", out.toString()})).isZero();
        } finally {
            System.setOut(originalOut);
        }
        assertThat(stdout.toString(StandardCharsets.UTF_8)).contains("165 job files").contains("self-check OK");
        assertThat(out.resolve("README.md")).exists();
        assertThat(out.resolve("reference/allocations.csv")).exists();
        assertThat(errorOutput()).isEmpty();
    }

    @Test
    void previousMonthIsTheMonthBeforeTodayInTheProgramZone() {
        // 2026-11-30T21:00Z is 06:00 on 2026-12-01 in Seoul: the month before is November
        LocalDate today = LocalDate.ofInstant(Instant.parse("2026-11-30T21:00:00Z"), ZoneId.of("Asia/Seoul"));
        ReportCommand command = CommandLineParser.parse(new String[] {"report", "--month", "previous"}).toCommand(today);
        assertThat(command).isEqualTo(new ReportCommand.MonthReport(YearMonth.of(2026, 11), false, true));
        assertThat(CommandLineParser.parse(new String[] {"run"}).toCommand(today))
                .isEqualTo(new ReportCommand.Run(LocalDate.of(2026, 11, 30)));
    }

    @Test
    void historyPrintsTheRunsAndMailsOfTheStateDirectory() {
        String[] dirs = {"--data-dir", emptyReferenceDataDir(), "--report-dir", "target/functional/cli-reports",
                "--state-dir", "target/functional/cli-state"};
        CommandLineMain.run(concat(new String[] {"run", "--date", "2026-11-05"}, dirs));
        PrintStream originalOut = System.out;
        ByteArrayOutputStream stdout = new ByteArrayOutputStream();
        System.setOut(new PrintStream(stdout, true, StandardCharsets.UTF_8));
        int status;
        try {
            status = CommandLineMain.run(concat(new String[] {"history", "--limit", "3"}, dirs));
        } finally {
            System.setOut(originalOut);
        }
        assertThat(status).isZero();
        assertThat(stdout.toString(StandardCharsets.UTF_8).lines().filter(l -> l.contains("nightlyJob")).findFirst().orElse(""))
                .contains("date=2026-11-05", "FAILED/FAILED", "operators.csv is missing or unreadable")
                // started and ended in the program zone with its offset, whatever the host's zone
                .containsPattern(" \\d{4}-\\d{2}-\\d{2}T\\d{2}:\\d{2}:\\d{2}\\+09:00  \\d{4}-\\d{2}-\\d{2}T\\d{2}:\\d{2}:\\d{2}\\+09:00 ");
        // the answer alone: every line of standard output is the table's, none a log line
        assertThat(stdout.toString(StandardCharsets.UTF_8).lines())
                .noneMatch(l -> l.matches("^\\d{4}-\\d{2}-\\d{2}T\\d{2}:\\d{2}.*"));
    }

    private static String[] concat(String[] head, String[] tail) {
        String[] all = java.util.Arrays.copyOf(head, head.length + tail.length);
        System.arraycopy(tail, 0, all, head.length, tail.length);
        return all;
    }
}
