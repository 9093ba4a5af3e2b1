package kr.gpuprogram.reports.ingest;

import static kr.gpuprogram.reports.support.NativeExports.epoch;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.entry;

import java.io.IOException;
import java.nio.file.Files;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import kr.gpuprogram.reports.support.Allocations;
import kr.gpuprogram.reports.support.DemoProgram;
import kr.gpuprogram.reports.support.FunctionalTestSupport;
import kr.gpuprogram.reports.support.NativeExports;
import kr.gpuprogram.reports.support.NativeExports.Job;
import kr.gpuprogram.reports.support.NativeExports.Sample;
import kr.gpuprogram.reports.support.ReportCsv;
import org.junit.jupiter.api.Test;

/**
 * SPEC's worked day, and a few real cases, in the forms the operators' tools write: {@code sacct
 * --json} (v0.0.37 and v0.0.41+ shapes) and a Prometheus range query's body. Each must give the
 * figures of its CSV form, byte for byte in clusters.csv and institutions.csv.
 */
class NativeExportsFunctionalTests extends FunctionalTestSupport {

    private static final LocalDate NOV_5 = LocalDate.parse("2026-11-05");

    /** SPEC's worked day: 101 across midnight, 102 running, 103 unattributed in UTC, 104 pending. */
    private static final List<Job> WORKED_DAY = List.of(
            new Job(101, "demo", "P-1", "kim", "2026-11-04T22:00:00+09:00", "2026-11-05T02:00:00+09:00", "COMPLETED", "gpu", 2)
                    .withSteps(2),
            new Job(102, "demo", "P-1", "lee", "2026-11-05T20:00:00+09:00", null, "RUNNING", "gpu:h100", 4),
            new Job(103, "demo", "other", "park", "2026-11-05T01:00:00Z", "2026-11-05T03:00:00Z", "COMPLETED", "gpu", 1),
            // newer Slurm shows a pending job's expected start: it still has not started
            new Job(104, "demo", "P-1", "choi", "2026-11-05T09:00:00+09:00", "2026-11-05T23:00:00+09:00", null, "PENDING",
                    "gpu", 8, 0, null, null));

    /**
     * 00:00-00:09 of the 5th: job 101's GPU 0 idles at 0 %, its GPU 1 works at 80 %, GPU 2 has no
     * hpc_job label, GPU 3 an empty one; at 00:10 GPU 1 reports "NaN".
     */
    private static List<Sample> workedDaySamples() {
        List<Sample> samples = new ArrayList<>();
        long t0 = epoch("2026-11-05T00:00:00+09:00");
        for (int gpu = 0; gpu < 4; gpu++) {
            for (int minute = 0; minute < 10; minute++) {
                String job = gpu < 2 ? "101" : gpu == 2 ? null : "";
                samples.add(new Sample("dgx-01", gpu, job, t0 + minute * 60L, gpu == 1 ? "80" : "0"));
            }
            if (gpu == 1) {
                samples.add(new Sample("dgx-01", 1, "101", t0 + 600, "NaN"));
            }
        }
        return samples;
    }

    private void givenTheWorkedDayReference() throws IOException {
        givenTheDemoReference();
        reference("allocations.csv", Allocations.of()
                .row("P-1", "I-1", "거대언어모델 연구", "demo", 4, "2026-11-01", "2026-11-30")
                .csv());
    }

    /** Runs the 5th on the files given, returns clusters.csv and institutions.csv as written. */
    private List<byte[]> extractsOf(Map<String, String> inboxFiles) throws IOException {
        resetDatabaseAndFolders();
        givenTheWorkedDayReference();
        for (Map.Entry<String, String> file : inboxFiles.entrySet()) {
            inbox(file.getKey(), file.getValue());
        }
        assertCompleted(run(NOV_5));
        return List.of(Files.readAllBytes(settings.reportDir().resolve("2026-11-05/clusters.csv")),
                Files.readAllBytes(settings.reportDir().resolve("2026-11-05/institutions.csv")));
    }

    @Test
    void theWorkedDayAsSacctJsonInBothShapesGivesTheTextFormsExtractsByteForByte() throws Exception {
        List<byte[]> text = extractsOf(Map.of("jobs-demo-2026-11-05.csv", NativeExports.sacctText(WORKED_DAY)));
        // SPEC's figures, so that the comparison is with the right day
        assertThat(report("2026-11-05", "clusters.csv").row("cluster_id", "demo"))
                .contains(entry("used_gpu_hours", "22.00"), entry("unattributed_gpu_hours", "2.00"),
                        entry("idle_gpu_hours", "170.00"), entry("utilization_pct", "11.46"));

        List<byte[]> v37 = extractsOf(Map.of("jobs-demo-2026-11-05.json", NativeExports.sacctJsonV37(WORKED_DAY)));
        Map<String, Object> counts = jdbc.queryForMap("SELECT lines_read, lines_used, lines_not_started, lines_step, "
                + "lines_rejected FROM inbox_file WHERE file_name = 'jobs-demo-2026-11-05.json'");
        List<byte[]> v41 = extractsOf(Map.of("jobs-demo-2026-11-05.json", NativeExports.sacctJsonV41(WORKED_DAY)));

        assertThat(new String(v37.get(0))).isEqualTo(new String(text.get(0)));
        assertThat(new String(v37.get(1))).isEqualTo(new String(text.get(1)));
        assertThat(new String(v41.get(0))).isEqualTo(new String(text.get(0)));
        assertThat(new String(v41.get(1))).isEqualTo(new String(text.get(1)));
        // 4 jobs: 3 used, 104 never started; 101's two steps counted, not usage
        assertThat(counts).containsEntry("lines_read", 6).containsEntry("lines_used", 3)
                .containsEntry("lines_not_started", 1).containsEntry("lines_step", 2).containsEntry("lines_rejected", 0);
    }

    @Test
    void theWorkedDaysTelemetryAsAPrometheusBodyGivesTheCsvFormsExtractsByteForByte() throws Exception {
        String jobs = NativeExports.sacctText(WORKED_DAY);
        List<byte[]> csv = extractsOf(Map.of("jobs-demo-2026-11-05.csv", jobs,
                "gpu-metrics-demo-2026-11-05.csv", NativeExports.telemetryCsv("demo", workedDaySamples())));
        List<byte[]> prometheus = extractsOf(Map.of("jobs-demo-2026-11-05.csv", jobs,
                "gpu-metrics-demo-2026-11-05.json", NativeExports.prometheusMatrix(workedDaySamples(), "demo")));

        assertThat(new String(prometheus.get(0))).isEqualTo(new String(csv.get(0)));
        assertThat(new String(prometheus.get(1))).isEqualTo(new String(csv.get(1)));
        // by hand: 10 samples of 101 below 5 % x 60 s = 0.17 GPU-h; mean of 101's 20 samples (10 x 0 + 10 x 80) / 20
        assertThat(report("2026-11-05", "clusters.csv").row("cluster_id", "demo"))
                .contains(entry("active_idle_gpu_hours", "0.17"), entry("mean_gpu_util", "40.00"));
        assertThat(report("2026-11-05", "institutions.csv").row("institution_id", "I-1"))
                .contains(entry("active_idle_gpu_hours", "0.17"));
        // the NaN is the 21st sample, series after series (GPU 0's ten, then GPU 1's eleven)
        Map<String, String> nan = report("2026-11-05", "rejects.csv").row("file", "inbox/gpu-metrics-demo-2026-11-05.json");
        assertThat(nan).contains(entry("line", "21"), entry("reason", "gpu_util NaN is outside 0-100"),
                entry("content", "dgx-01 gpu 1 job 101 @" + (epoch("2026-11-05T00:00:00+09:00") + 600) + " = \"NaN\""));
        assertThat(jdbc.queryForMap("SELECT lines_read, lines_used, lines_rejected FROM inbox_file WHERE kind = 'telemetry'"))
                .containsEntry("lines_read", 41).containsEntry("lines_used", 40).containsEntry("lines_rejected", 1);
    }

    @Test
    void aGpuSharedByTwoJobsGivesASampleToEach() throws Exception {
        // given: jobs 201 and 202 (P-1, 1 GPU each, 10:00-11:00) share dgx-01's GPU 0: dcgm-exporter repeats
        // each scrape in one series per job, 201's at 2 %, 202's at 50 %
        givenTheWorkedDayReference();
        inbox("jobs-demo-2026-11-05.json", NativeExports.sacctJsonV41(List.of(
                new Job(201, "demo", "P-1", "kim", "2026-11-05T10:00:00+09:00", "2026-11-05T11:00:00+09:00", "COMPLETED", "gpu", 1),
                new Job(202, "demo", "P-1", "lee", "2026-11-05T10:00:00+09:00", "2026-11-05T11:00:00+09:00", "COMPLETED", "gpu", 1))));
        List<Sample> samples = new ArrayList<>();
        long t0 = epoch("2026-11-05T10:00:00+09:00");
        for (String job : List.of("201", "202")) {
            for (int minute = 0; minute < 60; minute++) {
                samples.add(new Sample("dgx-01", 0, job, t0 + minute * 60L, job.equals("201") ? "2" : "50"));
            }
        }
        inbox("gpu-metrics-demo-2026-11-05.json", NativeExports.prometheusMatrix(samples, null));

        // when
        assertCompleted(run(NOV_5));

        // then: 201's 60 samples below 5 % x 60 s = 1.00 GPU-h; mean (60 x 2 + 60 x 50) / 120 = 26; both
        // series observe their job: 120 x 60 s = 2.00 of the 2.00 used
        assertThat(report("2026-11-05", "clusters.csv").row("cluster_id", "demo"))
                .contains(entry("used_gpu_hours", "2.00"), entry("active_idle_gpu_hours", "1.00"),
                        entry("mean_gpu_util", "26.00"));
        assertThat(report("2026-11-05", "operators.csv").row("cluster_id", "demo"))
                .contains(entry("observed_job_gpu_hours", "2.00"), entry("telemetry_coverage_pct", "100.00"),
                        entry("jobs_without_samples", "0"));
    }

    @Test
    void anArrayElementsSamplesFindItsRawId() throws Exception {
        // given: array 39999's element 7 ran as job 40006 (sacct's JobID 39999_7); DCGM maps its GPU to 40006
        givenTheWorkedDayReference();
        inbox("jobs-demo-2026-11-05.json", NativeExports.sacctJsonV37(List.of(
                new Job(40006, "demo", "P-1", "kim", "2026-11-05T10:00:00+09:00", "2026-11-05T11:00:00+09:00", "COMPLETED", "gpu", 1)
                        .asArrayElement(39999, 7))));
        List<Sample> samples = new ArrayList<>();
        long t0 = epoch("2026-11-05T10:00:00+09:00");
        for (int minute = 0; minute < 60; minute++) {
            samples.add(new Sample("dgx-01", 0, "40006", t0 + minute * 60L, "0"));
        }
        inbox("gpu-metrics-demo-2026-11-05.json", NativeExports.prometheusMatrix(samples, "demo"));

        // when
        assertCompleted(run(NOV_5));

        // then: 60 idle samples x 60 s on P-1; none of them of an unknown job
        assertThat(report("2026-11-05", "institutions.csv").row("institution_id", "I-1"))
                .contains(entry("active_idle_gpu_hours", "1.00"), entry("used_gpu_hours", "1.00"));
        assertThat(report("2026-11-05", "operators.csv").row("cluster_id", "demo"))
                .contains(entry("unknown_job_sample_gpu_hours", "0.00"), entry("jobs_without_samples", "0"));
    }

    @Test
    void anArrayElementInATextExportWithJobIdRawIsFoundByItsRawIdToo() throws Exception {
        givenTheWorkedDayReference();
        inbox("jobs-demo-2026-11-05.csv", """
                JobID|JobIDRaw|Cluster|Account|User|Start|End|State|AllocTRES
                39999_7|40006|demo|P-1|kim|2026-11-05T10:00:00|2026-11-05T11:00:00|COMPLETED|gres/gpu=1
                39999_7.batch|40006.batch|demo|P-1|kim|2026-11-05T10:00:00|2026-11-05T11:00:00|COMPLETED|gres/gpu=1
                """);
        StringBuilder telemetry = new StringBuilder(DemoProgram.TELEMETRY_HEADER);
        for (int minute = 0; minute < 60; minute++) {
            telemetry.append(String.format("2026-11-05T10:%02d:00+09:00,demo,dgx-01,0,40006,0%n", minute));
        }
        inbox("gpu-metrics-demo-2026-11-05.csv", telemetry.toString());

        assertCompleted(run(NOV_5));

        assertThat(report("2026-11-05", "institutions.csv").row("institution_id", "I-1"))
                .contains(entry("active_idle_gpu_hours", "1.00"), entry("used_gpu_hours", "1.00"));
        assertThat(report("2026-11-05", "operators.csv").row("cluster_id", "demo"))
                .contains(entry("unknown_job_sample_gpu_hours", "0.00"));
    }

    @Test
    void aCsvBesideAJsonOfTheSameNameIsOneRejectAtLineZero() throws Exception {
        givenTheWorkedDayReference();
        inbox("jobs-demo-2026-11-05.csv", NativeExports.sacctText(WORKED_DAY));
        inbox("jobs-demo-2026-11-05.json", NativeExports.sacctJsonV41(WORKED_DAY.subList(0, 1)));

        assertCompleted(run(NOV_5));

        // only the .json counts: 101's 2 GPUs x 2 h
        assertThat(report("2026-11-05", "clusters.csv").row("cluster_id", "demo"))
                .contains(entry("used_gpu_hours", "4.00"));
        ReportCsv rejects = report("2026-11-05", "rejects.csv");
        assertThat(rejects.rows()).hasSize(1);
        assertThat(rejects.row("file", "inbox/jobs-demo-2026-11-05.csv")).contains(entry("line", "0"),
                entry("reason", "another form of this file is present: jobs-demo-2026-11-05.json is read instead"));
        assertThat(report("2026-11-05", "missing.csv").rows())
                .as("demo's day has its job file").noneMatch(r -> r.get("cluster_id").equals("demo") && r.get("kind").equals("jobs"));
    }

    @Test
    void aJsonBesideACsvReadTheNightBeforeReplacesIt() throws Exception {
        givenTheWorkedDayReference();
        inbox("jobs-demo-2026-11-05.csv", NativeExports.sacctText(WORKED_DAY));
        assertCompleted(run(NOV_5));
        inbox("jobs-demo-2026-11-05.json", NativeExports.sacctJsonV37(WORKED_DAY.subList(0, 1)));

        assertCompleted(run(NOV_5));

        assertThat(report("2026-11-05", "clusters.csv").row("cluster_id", "demo"))
                .contains(entry("used_gpu_hours", "4.00"));
    }

    @Test
    void aTruncatedJsonIsOneRejectAndItsDayIsMissing() throws Exception {
        givenTheWorkedDayReference();
        String whole = NativeExports.sacctJsonV41(WORKED_DAY);
        inbox("jobs-demo-2026-11-05.json", whole.substring(0, whole.indexOf("\"job_id\":103")));
        String body = NativeExports.prometheusMatrix(workedDaySamples(), "demo").replace("\"success\"", "\"error\"");
        inbox("gpu-metrics-demo-2026-11-05.json", body);

        assertCompleted(run(NOV_5));

        ReportCsv rejects = report("2026-11-05", "rejects.csv");
        assertThat(rejects.column("line")).containsExactly("0", "0");
        assertThat(rejects.row("file", "inbox/jobs-demo-2026-11-05.json").get("reason"))
                .startsWith("the file cannot be read as JSON: Unexpected end-of-input");
        assertThat(rejects.row("file", "inbox/gpu-metrics-demo-2026-11-05.json").get("reason"))
                .isEqualTo("Prometheus answered status \"error\", not \"success\"");
        assertThat(report("2026-11-05", "missing.csv").rows().stream().filter(r -> r.get("cluster_id").equals("demo"))
                .map(r -> r.get("kind"))).containsExactlyInAnyOrder("jobs", "telemetry");
        assertThat(report("2026-11-05", "clusters.csv").row("cluster_id", "demo"))
                .as("101 and 102 came before the cut, and do not count").contains(entry("used_gpu_hours", "0.00"));
    }

    @Test
    void aSeriesOfAnotherClusterIsRejectedSampleBySample() throws Exception {
        givenTheWorkedDayReference();
        inbox("jobs-demo-2026-11-05.csv", NativeExports.sacctText(WORKED_DAY));
        inbox("gpu-metrics-demo-2026-11-05.json", NativeExports.prometheusMatrix(workedDaySamples().subList(0, 3), "hb-h100"));

        assertCompleted(run(NOV_5));

        ReportCsv rejects = report("2026-11-05", "rejects.csv");
        assertThat(rejects.column("line")).containsExactly("1", "2", "3");
        assertThat(rejects.column("reason")).containsOnly("cluster label 'hb-h100' is not the file's cluster 'demo'");
        assertThat(report("2026-11-05", "missing.csv").rows()).as("every sample was rejected")
                .anyMatch(r -> r.get("cluster_id").equals("demo") && r.get("kind").equals("telemetry"));
    }
}
