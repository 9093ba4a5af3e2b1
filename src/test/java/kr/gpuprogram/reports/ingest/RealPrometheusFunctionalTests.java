package kr.gpuprogram.reports.ingest;

import static kr.gpuprogram.reports.support.NativeExports.epoch;
import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import kr.gpuprogram.reports.support.Allocations;
import kr.gpuprogram.reports.support.FunctionalTestSupport;
import kr.gpuprogram.reports.support.NativeExports;
import kr.gpuprogram.reports.support.NativeExports.Job;
import kr.gpuprogram.reports.support.NativeExports.Sample;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The operator's side for real: a cluster-day of dcgm-exporter samples backfilled into a real
 * Prometheus ({@code promtool tsdb create-blocks-from openmetrics}), {@code
 * jobs/operator/export-day.sh} run against it with a stand-in {@code sacct} on the PATH (no
 * Slurm runs here) printing {@code sacct --json}, and what it wrote ingested: the extracts must
 * be those of the same day in our CSV forms. Skipped only where Prometheus is not installed
 * ({@code .ci/run} installs Debian's package).
 */
class RealPrometheusFunctionalTests extends FunctionalTestSupport {

    private static final LocalDate NOV_5 = LocalDate.parse("2026-11-05");
    private static final Path EXPORT_DAY = Path.of("jobs/operator/export-day.sh").toAbsolutePath();

    private static final List<Job> JOBS = List.of(
            new Job(101, "demo", "P-1", "kim", "2026-11-04T22:00:00+09:00", "2026-11-05T02:00:00+09:00", "COMPLETED", "gpu", 2)
                    .withSteps(2),
            new Job(102, "demo", "P-1", "lee", "2026-11-05T20:00:00+09:00", null, "RUNNING", "gpu:h100", 4),
            new Job(103, "demo", "other", "park", "2026-11-05T01:00:00Z", "2026-11-05T03:00:00Z", "COMPLETED", "gpu", 1));

    @TempDir
    Path work;

    /**
     * Every minute of the 5th on dgx-01's 4 GPUs: 101 on GPUs 0-1 until 02:00, 103 on GPU 2 from
     * 10:00 to 12:00, 102 on all four from 20:00; the rest no job. Utilisation follows the minute.
     */
    private static List<Sample> day() {
        List<Sample> samples = new ArrayList<>();
        long t0 = epoch("2026-11-05T00:00:00+09:00");
        for (int gpu = 0; gpu < 4; gpu++) {
            for (int minute = 0; minute < 1440; minute++) {
                String job = minute >= 20 * 60 ? "102"
                        : minute < 120 && gpu < 2 ? "101"
                        : minute >= 600 && minute < 720 && gpu == 2 ? "103" : null;
                int util = (minute * 7 + gpu * 13) % 101;
                samples.add(new Sample("dgx-01", gpu, job, t0 + minute * 60L, String.valueOf(util)));
            }
        }
        return samples;
    }

    /** The samples as OpenMetrics text, series after series, with a cluster label; a series of another cluster too. */
    private static String openMetrics(List<Sample> samples) {
        StringBuilder text = new StringBuilder("# TYPE DCGM_FI_DEV_GPU_UTIL gauge\n# HELP DCGM_FI_DEV_GPU_UTIL GPU utilization (in %).\n");
        List<Sample> sorted = new ArrayList<>(samples);
        sorted.sort(java.util.Comparator.comparing((Sample s) -> s.gpu() + "|" + s.job()).thenComparingLong(Sample::epochSecond));
        for (Sample s : sorted) {
            text.append("DCGM_FI_DEV_GPU_UTIL{Hostname=\"").append(s.host()).append("\",UUID=\"GPU-").append(s.gpu())
                    .append("\",cluster=\"demo\",device=\"nvidia").append(s.gpu()).append("\",gpu=\"").append(s.gpu()).append('"')
                    .append(s.job() == null ? "" : ",hpc_job=\"" + s.job() + "\"")
                    .append(",instance=\"dgx-01:9400\",modelName=\"NVIDIA H100 80GB HBM3\"} ")
                    .append(s.value()).append(' ').append(s.epochSecond()).append('\n');
        }
        // a GPU of another cluster scraped by the same Prometheus: the selector leaves it out
        for (int minute = 0; minute < 60; minute++) {
            text.append("DCGM_FI_DEV_GPU_UTIL{Hostname=\"hb-01\",cluster=\"hb-h100\",gpu=\"0\",hpc_job=\"101\"} 0 ")
                    .append(epoch("2026-11-05T00:00:00+09:00") + minute * 60L).append('\n');
        }
        return text.append("# EOF\n").toString();
    }

    @Test
    void exportDayAgainstARealPrometheusGivesTheCsvDaysExtracts() throws Exception {
        Assumptions.assumeTrue(onPath("prometheus") && onPath("promtool"), "prometheus and promtool are not installed");
        List<Sample> samples = day();

        // the day in our CSV forms
        givenTheReference();
        inbox("jobs-demo-2026-11-05.csv", NativeExports.sacctText(JOBS));
        inbox("gpu-metrics-demo-2026-11-05.csv", NativeExports.telemetryCsv("demo", samples));
        assertCompleted(run(NOV_5));
        byte[] csvClusters = Files.readAllBytes(settings.reportDir().resolve("2026-11-05/clusters.csv"));
        byte[] csvInstitutions = Files.readAllBytes(settings.reportDir().resolve("2026-11-05/institutions.csv"));

        // the same day backfilled into Prometheus, exported by the operator's script
        Path tsdb = Files.createDirectories(work.resolve("tsdb"));
        Path openMetrics = work.resolve("day.om");
        Files.writeString(openMetrics, openMetrics(samples));
        run(work, List.of("promtool", "tsdb", "create-blocks-from", "openmetrics", openMetrics.toString(), tsdb.toString()));
        Path out = Files.createDirectories(work.resolve("out"));
        Path bin = standInSacct(NativeExports.sacctJsonV41(JOBS));
        Process prometheus = startPrometheus(tsdb);
        String exportLog;
        try {
            exportLog = run(work, List.of("bash", EXPORT_DAY.toString(), "--cluster", "demo", "--out", out.toString(),
                    "--date", "2026-11-05", "--zone", "Asia/Seoul", "--prometheus", "http://127.0.0.1:" + port,
                    "--selector", "DCGM_FI_DEV_GPU_UTIL{cluster=\"demo\"}", "--step", "60"),
                    "PATH", bin + ":" + System.getenv("PATH"));
        } finally {
            prometheus.destroy();
            if (!prometheus.waitFor(20, TimeUnit.SECONDS)) {
                prometheus.destroyForcibly();
            }
        }
        assertThat(Files.readString(bin.resolve("args")).strip())
                .as("the flags SPEC gives, the day's bounds in Seoul").isEqualTo("--clusters=demo --allusers --allocations --json "
                        + "--starttime 2026-11-05T00:00:00 --endtime 2026-11-06T00:00:00 TZ=Asia/Seoul");
        try (var listing = Files.list(out)) {
            assertThat(listing.map(p -> p.getFileName().toString()).sorted().toList()).as(exportLog)
                    .containsExactly("gpu-metrics-demo-2026-11-05.json", "jobs-demo-2026-11-05.json");
        }

        // ingested from the program's inbox
        resetDatabaseAndFolders();
        givenTheReference();
        Files.copy(out.resolve("jobs-demo-2026-11-05.json"), settings.inboxDir().resolve("jobs-demo-2026-11-05.json"));
        Files.copy(out.resolve("gpu-metrics-demo-2026-11-05.json"), settings.inboxDir().resolve("gpu-metrics-demo-2026-11-05.json"));
        assertCompleted(run(NOV_5));

        assertThat(jdbc.queryForMap("SELECT lines_read, lines_used, lines_rejected FROM inbox_file WHERE kind = 'telemetry'"))
                .as("every minute of the 4 GPUs once, none of hb-h100's").containsEntry("lines_read", 4 * 1440)
                .containsEntry("lines_used", 4 * 1440).containsEntry("lines_rejected", 0);
        assertThat(Files.readString(settings.reportDir().resolve("2026-11-05/clusters.csv")))
                .isEqualTo(new String(csvClusters, StandardCharsets.UTF_8));
        assertThat(Files.readString(settings.reportDir().resolve("2026-11-05/institutions.csv")))
                .isEqualTo(new String(csvInstitutions, StandardCharsets.UTF_8));
    }

    private int port;

    /**
     * Prometheus on a free loopback port over the backfilled blocks. Its retention must reach back
     * to the backfilled day, which the default 15 days counted from now would have deleted. A
     * backfilled TSDB has no staleness markers (a scraping Prometheus writes one when a series
     * ends, as a job's hpc_job series does when the job ends): without them a range query repeats
     * a series' last sample for the lookback delta (5 minutes by default) after it ended, so the
     * GPU would be counted under its old job as well as under the next one. A lookback shorter than
     * the step (30 s for 60 s samples) finds each sample at its own step and nothing after it.
     */
    private Process startPrometheus(Path tsdb) throws Exception {
        try (ServerSocket socket = new ServerSocket(0, 1, java.net.InetAddress.getLoopbackAddress())) {
            port = socket.getLocalPort();
        }
        Path config = work.resolve("prometheus.yml");
        Files.writeString(config, "global:\n  scrape_interval: 60s\nscrape_configs: []\n");
        ProcessBuilder builder = new ProcessBuilder("prometheus", "--config.file=" + config,
                "--storage.tsdb.path=" + tsdb, "--storage.tsdb.retention.time=100y",
                "--query.lookback-delta=30s", "--web.listen-address=127.0.0.1:" + port)
                .redirectErrorStream(true).redirectOutput(work.resolve("prometheus.log").toFile());
        Process process = builder.start();
        HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(90);
        while (System.nanoTime() < deadline) {
            if (!process.isAlive()) {
                throw new AssertionError("prometheus stopped: " + Files.readString(work.resolve("prometheus.log")));
            }
            try {
                HttpResponse<String> ready = http.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + "/-/ready"))
                        .timeout(Duration.ofSeconds(2)).build(), HttpResponse.BodyHandlers.ofString());
                if (ready.statusCode() == 200) {
                    return process;
                }
            } catch (IOException notYet) {
                // not listening yet
            }
            Thread.sleep(200);
        }
        process.destroyForcibly();
        throw new AssertionError("prometheus did not become ready: " + Files.readString(work.resolve("prometheus.log")));
    }

    /** A folder with an executable {@code sacct} that records its arguments (and TZ) and prints the JSON. */
    private Path standInSacct(String json) throws IOException {
        Path bin = Files.createDirectories(work.resolve("bin"));
        Files.writeString(bin.resolve("sacct.json"), json);
        Path sacct = bin.resolve("sacct");
        Files.writeString(sacct, "#!/usr/bin/env bash\necho \"$* TZ=$TZ\" > \"" + bin.resolve("args") + "\"\ncat \""
                + bin.resolve("sacct.json") + "\"\n");
        Files.setPosixFilePermissions(sacct, PosixFilePermissions.fromString("rwxr-xr-x"));
        return bin;
    }

    private void givenTheReference() throws IOException {
        givenTheDemoReference();
        reference("allocations.csv", Allocations.of()
                .row("P-1", "I-1", "거대언어모델 연구", "demo", 4, "2026-11-01", "2026-11-30")
                .csv());
    }

    private static String run(Path dir, List<String> command, String... environment) throws Exception {
        ProcessBuilder builder = new ProcessBuilder(command).directory(dir.toFile()).redirectErrorStream(true);
        for (int i = 0; i + 1 < environment.length; i += 2) {
            builder.environment().put(environment[i], environment[i + 1]);
        }
        Process process = builder.start();
        String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertThat(process.waitFor(120, TimeUnit.SECONDS)).isTrue();
        assertThat(process.exitValue()).as(command + ": " + output).isZero();
        return output;
    }

    private static boolean onPath(String program) {
        for (String dir : System.getenv().getOrDefault("PATH", "").split(":")) {
            if (Files.isExecutable(Path.of(dir, program))) {
                return true;
            }
        }
        return false;
    }

}
