package kr.gpuprogram.reports.status;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.List;
import java.util.Map;
import kr.gpuprogram.reports.support.ChildRuns;
import kr.gpuprogram.reports.support.CommandRun;
import kr.gpuprogram.reports.support.ReportCsv;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code status}: what arrived from each in-service cluster, read back as CSV from standard
 * output, which holds the answer alone.
 */
class StatusFunctionalTests {

    @TempDir
    Path work;

    private CommandRun status(Path state, String now, String... options) {
        String[] args = new String[4 + options.length];
        args[0] = "status";
        args[1] = "--state-dir";
        args[2] = state.toString();
        args[3] = "--gpu.now=" + now;
        System.arraycopy(options, 0, args, 4, options.length);
        return CommandRun.of(args);
    }

    /** Standard output read back as CSV: it must be nothing but the table. */
    private List<Map<String, String>> csv(String out) throws Exception {
        Path file = Files.writeString(work.resolve("status.csv"), out);
        ReportCsv table = ReportCsv.read(file);
        assertThat(table.header()).isEqualTo(StatusPrinter.COLUMNS);
        return table.rows();
    }

    @Test
    void aProgramWithAGapAndARejectShowsThemPerCluster() throws Exception {
        // given the small program (demo and grow uploaded 11-01..11-06; utc1 never), grow's 11-04
        // file never came, and demo's 11-05 file has a line of another cluster
        Path data = new ChildRuns(work.resolve("child")).data();
        Files.delete(data.resolve("inbox/jobs-grow-2026-11-04.csv"));
        Files.writeString(data.resolve("inbox/jobs-demo-2026-11-05.csv"),
                "999|grow|P-1|kim|2026-11-05T01:00:00|2026-11-05T02:00:00|COMPLETED|gres/gpu=1\n", StandardOpenOption.APPEND);
        Path state = work.resolve("state");
        CommandRun run = CommandRun.of("run", "--date", "2026-11-06", "--data-dir", data.toString(),
                "--report-dir", work.resolve("reports").toString(), "--state-dir", state.toString());
        assertThat(run.status()).as(run.err()).isZero();

        // when status looks at the 7 days up to yesterday, 11-07 10:00 in Seoul
        CommandRun status = status(state, "2026-11-07T01:00:00Z", "--days", "7", "--csv");

        // then (window 10-31..11-06) one row per in-service cluster
        assertThat(status.status()).as(status.err()).isZero();
        List<Map<String, String>> rows = csv(status.out());
        assertThat(rows).extracting(r -> r.get("cluster_id")).containsExactly("demo", "grow", "utc1");
        Map<String, String> demo = rows.get(0);
        Map<String, String> grow = rows.get(1);
        Map<String, String> utc1 = rows.get(2);
        assertThat(demo).containsEntry("operator_id", "op").containsEntry("last_job_file", "2026-11-06")
                .containsEntry("last_telemetry_file", "").containsEntry("missing_job_days", "1")
                .containsEntry("missing_job_dates", "2026-10-31").containsEntry("missing_telemetry_days", "7")
                .containsEntry("rejects", "1").containsEntry("last_run", "nightlyJob date=2026-11-06")
                .containsEntry("last_run_status", "COMPLETED").containsEntry("last_mail", "");
        assertThat(grow).containsEntry("last_job_file", "2026-11-06").containsEntry("missing_job_days", "2")
                .containsEntry("missing_job_dates", "2026-10-31;2026-11-04").containsEntry("rejects", "0");
        assertThat(utc1).containsEntry("operator_id", "op2").containsEntry("last_job_file", "")
                .containsEntry("missing_job_days", "7").containsEntry("missing_telemetry_days", "7");
        assertThat(demo.get("last_run_ended")).matches("2026-\\d\\d-\\d\\dT\\d\\d:\\d\\d:\\d\\d\\+09:00");

        // and the text form says the same for a person
        CommandRun text = status(state, "2026-11-07T01:00:00Z", "--days", "7");
        assertThat(text.out().lines().toList()).first().isEqualTo("clusters in service 2026-10-31 to 2026-11-06 (7 days):");
        assertThat(text.out()).contains("2 (2026-10-31, 2026-11-04)", "last run: nightlyJob date=2026-11-06 COMPLETED ended ");
    }

    @Test
    void usageBeyondCapacityIsShownWithItsClusterDayAndPercentage() throws Exception {
        // given the small program, where demo (8 GPUs, 192 GPU-h a day) gets on 11-05 two more
        // jobs of all its GPUs for the whole day: its file holds jobs that cannot all have run
        Path data = new ChildRuns(work.resolve("child")).data();
        Files.writeString(data.resolve("inbox/jobs-demo-2026-11-05.csv"),
                "991|demo|P-1|kim|2026-11-05T00:00:00|2026-11-06T00:00:00|COMPLETED|gres/gpu=8\n"
                        + "992|demo|P-1|kim|2026-11-05T00:00:00|2026-11-06T00:00:00|COMPLETED|gres/gpu=8\n",
                StandardOpenOption.APPEND);
        Path state = work.resolve("state");
        Path reports = work.resolve("reports");
        CommandRun run = CommandRun.of("run", "--date", "2026-11-05", "--data-dir", data.toString(),
                "--report-dir", reports.toString(), "--state-dir", state.toString());
        assertThat(run.status()).as(run.err()).isZero();
        String usedPct = ReportCsv.read(reports.resolve("2026-11-05/clusters.csv")).row("cluster_id", "demo")
                .get("utilization_pct");
        assertThat(new java.math.BigDecimal(usedPct)).isGreaterThan(new java.math.BigDecimal("200"));

        // when status looks at the 7 days up to 11-05
        CommandRun status = status(state, "2026-11-06T01:00:00Z", "--days", "7", "--csv");

        // then demo's row names the day and the percentage of clusters.csv; grow's none
        assertThat(status.status()).as(status.err()).isZero();
        List<Map<String, String>> rows = csv(status.out());
        assertThat(rows.get(0)).containsEntry("cluster_id", "demo").containsEntry("beyond_capacity_days", "1")
                .containsEntry("beyond_capacity", "2026-11-05 " + usedPct + " %");
        assertThat(rows.get(1)).containsEntry("cluster_id", "grow").containsEntry("beyond_capacity_days", "0")
                .containsEntry("beyond_capacity", "");

        // and the text form, for a person
        CommandRun text = status(state, "2026-11-06T01:00:00Z", "--days", "7");
        assertThat(text.out()).contains("beyond capacity").contains("1 (2026-11-05 " + usedPct + " %)");
    }

    @Test
    void theSampleDataShowsGaonsMissingDayAndTheFortnightsRejects() throws Exception {
        // given the nightly run of 2026-11-25 on sample-data
        Path state = work.resolve("state");
        CommandRun run = CommandRun.of("run", "--date", "2026-11-25", "--data-dir", "sample-data",
                "--report-dir", work.resolve("reports").toString(), "--state-dir", state.toString());
        assertThat(run.status()).as(run.err()).isZero();

        // when status runs the next morning (07:00 KST) over the default 14 days, 11-12..11-25
        CommandRun status = status(state, "2026-11-25T22:00:00Z", "--csv");

        // then: gaon-h200 did not upload 11-12; telemetry came only from saebyeok-dev on 11-25; the
        // rejects are the sample's damaged lines of those days (gaon-h200's is of 11-09, before the window)
        assertThat(status.status()).as(status.err()).isZero();
        List<Map<String, String>> rows = csv(status.out());
        assertThat(rows).extracting(r -> r.get("cluster_id")).containsExactly("gaon-b200", "gaon-h200", "hanbit-b200",
                "hanbit-h100", "saebyeok-dev", "saebyeok-h100", "saebyeok-h200");
        assertThat(rows).extracting(r -> r.get("last_job_file")).containsOnly("2026-11-25");
        assertThat(rows).extracting(r -> r.get("missing_job_dates")).containsExactly("", "2026-11-12", "", "", "", "", "");
        assertThat(rows).extracting(r -> r.get("missing_telemetry_days")).containsExactly("14", "14", "14", "14", "13", "14", "14");
        assertThat(rows).extracting(r -> r.get("last_telemetry_file")).containsExactly("", "", "", "", "2026-11-25", "", "");
        assertThat(rows).extracting(r -> r.get("rejects")).containsExactly("1", "0", "1", "1", "0", "1", "1");
        assertThat(status.err()).doesNotContain(" INFO ");
    }
}
