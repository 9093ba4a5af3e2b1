package kr.gpuprogram.reports.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.LocalDate;
import java.time.YearMonth;
import kr.gpuprogram.reports.support.Allocations;
import kr.gpuprogram.reports.support.DemoProgram;
import kr.gpuprogram.reports.support.FunctionalTest;
import kr.gpuprogram.reports.support.FunctionalTestSupport;
import kr.gpuprogram.reports.support.ReportCsv;
import kr.gpuprogram.reports.support.StandardError;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.context.TestPropertySource;

/**
 * {@code report --month} of a month that has not ended, with the program's clock pinned
 * ({@code gpu.now}) at 12:00 on 2026-12-07 in Seoul: the report is the month to date, the range
 * 2026-12-01 to 2026-12-06, and no day after yesterday is listed as missing. Its own state dir:
 * the pinned clock is its own application context.
 */
@FunctionalTest("month-to-date")
@TestPropertySource(properties = {
        "gpu.now=2026-12-07T03:00:00Z"})
class MonthToDateFunctionalTests extends FunctionalTestSupport {

    @Autowired
    private Clock clock;

    private LocalDate today() {
        return LocalDate.now(clock.withZone(settings.programZone()));
    }

    @Test
    void reportMonthOfTheCurrentMonthOnThe7thWritesTheRangeToThe6thAndSaysSo() throws Exception {
        givenTheDemoReference();
        reference("allocations.csv", Allocations.of()
                .row("P-1", "I-1", "언어 모델", "demo", 4, "2026-12-01", "2026-12-31")
                .csv());
        // demo's job files of the 1st to the 6th: 2 GPUs x 12 h = 24 GPU-h a day; grow and utc1 send nothing
        for (int day = 1; day <= 6; day++) {
            String date = "2026-12-0" + day;
            inbox("jobs-demo-" + date + ".csv", DemoProgram.HEADER
                    + day + "|demo|P-1|kim|" + date + "T00:00:00|" + date + "T12:00:00|COMPLETED|gres/gpu=2\n");
        }
        // last night's run ingested them
        assertCompleted(run(LocalDate.of(2026, 12, 6)));
        assertThat(today()).isEqualTo(LocalDate.of(2026, 12, 7));
        ReportCommand command = CommandLineParser.parse(new String[] {"report", "--month", "2026-12"}).toCommand(today());
        assertThat(command).isEqualTo(ReportCommand.MonthReport.toDate(YearMonth.of(2026, 12), false,
                LocalDate.of(2026, 12, 6)));

        String stderr = StandardError.of(() -> assertCompleted(jobRunner.run(command)));

        assertThat(stderr).contains("month 2026-12 has not ended: writing 2026-12-01_2026-12-06");
        assertThat(settings.reportDir().resolve("2026-12-01_2026-12-06")).isDirectory();
        assertThat(settings.reportDir().resolve("2026-12")).doesNotExist();
        // six days of demo: capacity 6 x 192, used 6 x 24, utilisation over the six days, not the month's 31
        ReportCsv clusters = report("2026-12-01_2026-12-06", "clusters.csv");
        assertThat(clusters.row("cluster_id", "demo")).containsEntry("capacity_gpu_hours", "1152.00")
                .containsEntry("used_gpu_hours", "144.00").containsEntry("utilization_pct", "12.50");
        // grow and utc1 miss every job file of the six days, demo its telemetry; no day after the 6th is missing
        ReportCsv missing = report("2026-12-01_2026-12-06", "missing.csv");
        assertThat(missing.rows()).hasSize(3 * 6 + 2 * 6);
        assertThat(missing.column("date")).allSatisfy(d -> assertThat(LocalDate.parse(d))
                .isBetween(LocalDate.of(2026, 12, 1), LocalDate.of(2026, 12, 6)));
    }

    @Test
    void aDayThatHasNotEndedIsNotMissing() throws Exception {
        givenTheDemoReference();
        reference("allocations.csv", Allocations.none());

        assertCompleted(run(today()));

        // today (2026-12-07 in Seoul) has not ended: none of its files can have arrived yet
        assertThat(report("2026-12-07", "missing.csv").rows()).isEmpty();
        assertThat(report("2026-12-07", "clusters.csv").rows()).hasSize(3);
    }

    @Test
    void aMonthWithNoDayEndedIsRefusedAndAnEndedOneIsTheWholeMonth() {
        CommandLineParser.Parsed later = CommandLineParser.parse(new String[] {"report", "--month", "2027-01"});
        assertThatThrownBy(() -> later.toCommand(today())).isInstanceOf(UsageException.class)
                .hasMessage("--month 2027-01: no day of it has ended yet (today is 2026-12-07 in the program zone)");
        CommandLineParser.Parsed current = CommandLineParser.parse(new String[] {"report", "--month", "2026-12"});
        assertThatThrownBy(() -> current.toCommand(LocalDate.of(2026, 12, 1))).isInstanceOf(UsageException.class);
        assertThat(CommandLineParser.parse(new String[] {"report", "--month", "2026-11"}).toCommand(today()))
                .isEqualTo(new ReportCommand.MonthReport(YearMonth.of(2026, 11), false));
    }

}
