package kr.gpuprogram.reports.ingest.telemetry;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.entry;

import java.time.LocalDate;
import java.time.LocalTime;
import java.util.Map;
import kr.gpuprogram.reports.support.Allocations;
import kr.gpuprogram.reports.support.DemoProgram;
import kr.gpuprogram.reports.support.FunctionalTestSupport;
import kr.gpuprogram.reports.support.ReportCsv;
import org.junit.jupiter.api.Test;

/** Active idle and mean GPU utilisation from DCGM samples, computed by hand (interval 60 s, threshold 5%). */
class TelemetryFunctionalTests extends FunctionalTestSupport {

    private static final LocalDate NOV_5 = LocalDate.parse("2026-11-05");

    @Test
    void aJobWhoseGpuSitsAtZeroForHalfAnHour() throws Exception {
        // given: job 301 holds 2 GPUs 10:00-12:00; GPU 0 idles at 0% for its first 30 minutes then works
        // at 80%, GPU 1 works at 90% throughout; GPU 2 runs no job
        givenTheDemoReference();
        reference("allocations.csv", Allocations.of()
                .row("P-1", "I-1", "거대언어모델 연구", "demo", 4, "2026-11-01", "2026-11-30")
                .csv());
        inbox("jobs-demo-2026-11-05.csv", DemoProgram.HEADER
                + "301|demo|P-1|kim|2026-11-05T10:00:00|2026-11-05T12:00:00|COMPLETED|gres/gpu=2\n");
        StringBuilder telemetry = new StringBuilder("timestamp,cluster_id,hostname,gpu,job_id,gpu_util\n");
        for (int minute = 0; minute < 120; minute++) {
            String time = "2026-11-05T" + LocalTime.of(10, 0).plusMinutes(minute) + ":00+09:00";
            telemetry.append(time).append(",demo,n1,0,301,").append(minute < 30 ? "0" : "80").append('\n');
            telemetry.append(time).append(",demo,n1,1,301,90\n");
            telemetry.append(time).append(",demo,n1,2,,0\n");
        }
        telemetry.append("2026-11-05T12:00:00+09:00,demo,n1,0,301,101\n");
        telemetry.append("2026-11-05T25:00:00+09:00,demo,n1,0,301,50\n");
        telemetry.append("2026-11-05T10:00:00+09:00,demo,n1,1,301,90\n");
        telemetry.append("2026-11-05T12:01:00+09:00,nowhere,n1,1,301,90\n");
        inbox("gpu-metrics-demo-2026-11-05.csv", telemetry.toString());

        // when
        assertCompleted(run(NOV_5));

        // then: 30 samples x 60 s below 5% = 0.5 GPU-hours; mean of the job samples
        // (30 x 0 + 90 x 80 + 120 x 90) / 240 = 75; the no-job samples count for neither
        assertThat(report("2026-11-05", "clusters.csv").row("cluster_id", "demo"))
                .contains(entry("active_idle_gpu_hours", "0.50"), entry("mean_gpu_util", "75.00"),
                        entry("used_gpu_hours", "4.00"));
        assertThat(report("2026-11-05", "institutions.csv").row("institution_id", "I-1"))
                .contains(entry("active_idle_gpu_hours", "0.50"), entry("mean_gpu_util", "75.00"));
        ReportCsv rejects = report("2026-11-05", "rejects.csv");
        assertThat(rejects.column("reason")).containsExactly(
                "gpu_util 101 is outside 0-100",
                "timestamp '2026-11-05T25:00:00+09:00' is not an ISO-8601 date-time",
                "duplicate or out-of-order sample: GPU n1/1 at 2026-11-05T10:00:00+09:00 is not after its previous sample",
                "cluster_id 'nowhere' is not the file's cluster 'demo'");
        assertThat(rejects.column("line")).containsExactly("362", "363", "364", "365");
        assertThat(report("2026-11-05", "missing.csv").find("cluster_id", "demo")).as("both files of demo came").isEmpty();
        Map<String, Object> counts = jdbc.queryForMap(
                "SELECT lines_read, lines_used, lines_rejected FROM inbox_file WHERE kind = 'telemetry'");
        assertThat(counts).containsEntry("lines_read", 364).containsEntry("lines_used", 360)
                .containsEntry("lines_rejected", 4);
        assertThat(jdbc.queryForObject("SELECT count(*) FROM telemetry_part", Integer.class))
                .as("the raw blocks are not kept once the file counts").isZero();
    }

    @Test
    void aThirtySecondIntervalHalvesEachSamplesWeight() throws Exception {
        // given: the same job 301 (2 GPUs 10:00-12:00, GPU 0 at 0% for its first 30 samples), but demo's
        // clusters.csv row says its samples stand for 30 s each (dcgm-exporter's default scrape)
        givenTheDemoReference();
        reference("clusters.csv", """
                cluster_id,operator_id,gpu_model,gpu_count,in_service_from,in_service_to,time_zone,telemetry_interval_seconds
                demo,op,H100,8,2026-01-01,,,30
                utc1,op2,B200,4,2026-01-01,,UTC,
                """);
        reference("allocations.csv", Allocations.of()
                .row("P-1", "I-1", "거대언어모델 연구", "demo", 4, "2026-11-01", "2026-11-30")
                .csv());
        inbox("jobs-demo-2026-11-05.csv", DemoProgram.HEADER
                + "301|demo|P-1|kim|2026-11-05T10:00:00|2026-11-05T12:00:00|COMPLETED|gres/gpu=2\n");
        StringBuilder telemetry = new StringBuilder(DemoProgram.TELEMETRY_HEADER);
        for (int minute = 0; minute < 120; minute++) {
            String time = "2026-11-05T" + LocalTime.of(10, 0).plusMinutes(minute) + ":00+09:00";
            telemetry.append(time).append(",demo,n1,0,301,").append(minute < 30 ? "0" : "80").append('\n');
            telemetry.append(time).append(",demo,n1,1,301,90\n");
        }
        inbox("gpu-metrics-demo-2026-11-05.csv", telemetry.toString());

        // when
        assertCompleted(run(NOV_5));

        // then: 30 idle samples x 30 s = 0.25 GPU-hours (0.50 at the default 60 s); the 240 job samples
        // observe 240 x 30 s = 2.00 GPU-hours of the 4.00 used: coverage 50.00 %; the mean is no weight
        assertThat(report("2026-11-05", "clusters.csv").row("cluster_id", "demo"))
                .contains(entry("active_idle_gpu_hours", "0.25"), entry("mean_gpu_util", "75.00"),
                        entry("used_gpu_hours", "4.00"));
        assertThat(report("2026-11-05", "institutions.csv").row("institution_id", "I-1"))
                .contains(entry("active_idle_gpu_hours", "0.25"));
        assertThat(report("2026-11-05", "operators.csv").row("cluster_id", "demo"))
                .contains(entry("observed_job_gpu_hours", "2.00"), entry("telemetry_coverage_pct", "50.00"));
    }

    @Test
    void aTelemetryIntervalThatIsNoNumberOfSecondsIsARejectOfItsRow() throws Exception {
        givenTheDemoReference();
        reference("clusters.csv", """
                cluster_id,operator_id,gpu_model,gpu_count,in_service_from,in_service_to,time_zone,telemetry_interval_seconds
                demo,op,H100,8,2026-01-01,,,30s
                utc1,op2,B200,4,2026-01-01,,UTC,
                """);
        reference("allocations.csv", Allocations.none());
        inbox("jobs-utc1-2026-11-05.csv", DemoProgram.HEADER);

        assertCompleted(run(NOV_5));

        assertThat(report("2026-11-05", "rejects.csv").row("file", "reference/clusters.csv"))
                .contains(entry("line", "2"),
                        entry("reason", "telemetry_interval_seconds '30s' is not a whole number of seconds from 1 to 86400"));
    }
}
