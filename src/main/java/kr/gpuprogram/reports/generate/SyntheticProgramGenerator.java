package kr.gpuprogram.reports.generate;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;

/**
 * Writes a synthetic program of any size in SPEC.md's formats: reference files, one sacct job
 * file and one DCGM telemetry file per cluster and day. Deterministic for a seed. Clusters have
 * up to 1,024 GPUs on 8-GPU nodes; allocations hold whole nodes (about 85% of them); each node
 * runs a sequence of whole-node jobs with gaps, and one job in ten barely uses its GPUs.
 */
public final class SyntheticProgramGenerator {

    private static final int GPUS_PER_NODE = 8;
    private static final int MAX_CLUSTER_GPUS = 1024;
    private static final String[] MODELS = {"H100", "H200", "B200"};
    private static final String[] SECTORS = {"INDUSTRY", "INDUSTRY", "ACADEMIA", "RESEARCH", "PUBLIC"};
    private static final String[] NAME_PARTS = {"한빛", "새벽", "가온", "누리", "미르", "온새미로", "라온", "다솜", "한결", "아라"};
    private static final String[] NAME_KINDS = {"(주)%s에이아이", "%s대학교", "%s연구원", "%s시청", "(주)%s랩"};
    private static final DateTimeFormatter LOCAL = DateTimeFormatter.ISO_LOCAL_DATE_TIME;

    private final int gpus;
    private final int days;
    private final LocalDate firstDay;
    private final int intervalSeconds;
    private final long seed;
    private final ZoneId zone = ZoneId.of("Asia/Seoul");
    private final RowOrder order;

    /**
     * The order of a telemetry file's rows: {@code TIME} all GPUs of a scrape, then the next
     * scrape (as a Prometheus export); {@code GPU} each GPU's samples of the day together, GPU
     * after GPU (as a per-device DCGM dump). Both orders hold the same rows.
     */
    public enum RowOrder { TIME, GPU }

    record Job(String jobId, String account, long start, long end, int util, String user) {
    }

    record Cluster(String id, String operatorId, String model, int nodes, List<List<Job>> nodeJobs) {
    }

    public SyntheticProgramGenerator(int gpus, int days, LocalDate firstDay, int intervalSeconds, long seed) {
        this(gpus, days, firstDay, intervalSeconds, seed, RowOrder.TIME);
    }

    public SyntheticProgramGenerator(int gpus, int days, LocalDate firstDay, int intervalSeconds, long seed, RowOrder order) {
        this.order = order;
        this.gpus = gpus;
        this.days = days;
        this.firstDay = firstDay;
        this.intervalSeconds = intervalSeconds;
        this.seed = seed;
    }

    public Summary write(Path out) throws IOException {
        Path reference = Files.createDirectories(out.resolve("reference"));
        Path inbox = Files.createDirectories(out.resolve("inbox"));
        SplittableRandom random = new SplittableRandom(seed);
        int clusterCount = Math.max(1, (gpus + MAX_CLUSTER_GPUS - 1) / MAX_CLUSTER_GPUS);
        int institutions = Math.max(4, gpus / 25);
        long dayStart = firstDay.atStartOfDay(zone).toEpochSecond();
        long periodEnd = firstDay.plusDays(days).atStartOfDay(zone).toEpochSecond();

        List<Cluster> clusters = new ArrayList<>();
        StringBuilder allocations = new StringBuilder("allocation_id,institution_id,project_title,cluster_id,gpu_count,start_date,end_date\n");
        int allocationNo = 0;
        int remaining = gpus;
        for (int c = 0; c < clusterCount; c++) {
            int clusterGpus = Math.min(MAX_CLUSTER_GPUS, remaining);
            remaining -= clusterGpus;
            int nodes = Math.max(1, clusterGpus / GPUS_PER_NODE);
            String clusterId = String.format("syn-%02d", c + 1);
            List<String> nodeOwner = new ArrayList<>();
            int allocatedNodes = (int) Math.round(nodes * 0.85);
            while (nodeOwner.size() < allocatedNodes) {
                int size = Math.min(allocatedNodes - nodeOwner.size(), 1 + random.nextInt(8));
                String allocationId = String.format("SA-%05d", ++allocationNo);
                String institutionId = String.format("SI-%04d", 1 + random.nextInt(institutions));
                allocations.append(allocationId).append(',').append(institutionId).append(",합성 과제 ").append(allocationNo)
                        .append(',').append(clusterId).append(',').append(size * GPUS_PER_NODE).append(',')
                        .append(firstDay.minusDays(60)).append(',').append(firstDay.plusDays(days + 90L)).append('\n');
                for (int i = 0; i < size; i++) {
                    nodeOwner.add(allocationId);
                }
            }
            while (nodeOwner.size() < nodes) {
                nodeOwner.add(null);
            }
            List<List<Job>> nodeJobs = new ArrayList<>();
            long jobNo = 1_000_000L * (c + 1);
            for (int n = 0; n < nodes; n++) {
                List<Job> jobs = new ArrayList<>();
                String owner = nodeOwner.get(n);
                long t = dayStart - random.nextInt(6 * 3600);
                while (t < periodEnd) {
                    long length = 3600L + random.nextInt(9 * 3600);
                    boolean runs = owner != null ? random.nextInt(10) < 8 : random.nextInt(10) < 2;
                    if (runs) {
                        int util = random.nextInt(10) == 0 ? random.nextInt(4) : 40 + random.nextInt(60);
                        jobs.add(new Job(String.valueOf(++jobNo), owner != null ? owner : "admin", t, t + length, util,
                                "user" + random.nextInt(500)));
                    }
                    t += length + random.nextInt(2 * 3600);
                }
                nodeJobs.add(jobs);
            }
            clusters.add(new Cluster(clusterId, "sop-" + (c % 3 + 1), MODELS[c % MODELS.length], nodes, nodeJobs));
        }

        writeReference(reference, clusters, institutions, random);
        Files.writeString(reference.resolve("allocations.csv"), allocations, StandardCharsets.UTF_8);

        long jobLines = 0;
        long telemetryRows = 0;
        for (int d = 0; d < days; d++) {
            LocalDate day = firstDay.plusDays(d);
            long from = day.atStartOfDay(zone).toEpochSecond();
            long to = day.plusDays(1).atStartOfDay(zone).toEpochSecond();
            for (Cluster cluster : clusters) {
                jobLines += writeJobs(inbox.resolve("jobs-" + cluster.id() + "-" + day + ".csv"), cluster, from, to);
                telemetryRows += writeTelemetry(inbox.resolve("gpu-metrics-" + cluster.id() + "-" + day + ".csv"),
                        cluster, from, to, seed * 31 + d * 7919L + cluster.id().hashCode());
            }
        }
        return new Summary(clusters.size(), institutions, allocationNo, jobLines, telemetryRows);
    }

    public record Summary(int clusters, int institutions, int allocations, long jobLines, long telemetryRows) {
    }

    private void writeReference(Path reference, List<Cluster> clusters, int institutions, SplittableRandom random) throws IOException {
        Files.writeString(reference.resolve("operators.csv"),
                "operator_id,operator_name\nsop-1,합성 클라우드 1\nsop-2,합성 클라우드 2\nsop-3,합성 클라우드 3\n", StandardCharsets.UTF_8);
        StringBuilder clusterRows = new StringBuilder("cluster_id,operator_id,gpu_model,gpu_count,in_service_from,in_service_to,time_zone\n");
        for (Cluster c : clusters) {
            clusterRows.append(c.id()).append(',').append(c.operatorId()).append(',').append(c.model()).append(',')
                    .append(c.nodes() * GPUS_PER_NODE).append(',').append(firstDay.minusDays(365)).append(",,\n");
        }
        Files.writeString(reference.resolve("clusters.csv"), clusterRows, StandardCharsets.UTF_8);
        StringBuilder institutionRows = new StringBuilder("institution_id,institution_name,sector,region\n");
        for (int i = 1; i <= institutions; i++) {
            int kind = random.nextInt(NAME_KINDS.length);
            String name = String.format(NAME_KINDS[kind], NAME_PARTS[random.nextInt(NAME_PARTS.length)] + i);
            String sector = kind == 1 ? "ACADEMIA" : kind == 2 ? "RESEARCH" : kind == 3 ? "PUBLIC" : SECTORS[random.nextInt(2)];
            institutionRows.append(String.format("SI-%04d", i)).append(',').append(name).append(',').append(sector).append(",서울\n");
        }
        Files.writeString(reference.resolve("institutions.csv"), institutionRows, StandardCharsets.UTF_8);
        Files.writeString(reference.resolve("rates.csv"), "gpu_model,krw_per_gpu_hour,valid_from\nH100,2800,2026-01-01\n"
                + "H200,3500,2026-01-01\nB200,5200,2026-01-01\n", StandardCharsets.UTF_8);
    }

    private long writeJobs(Path file, Cluster cluster, long from, long to) throws IOException {
        long lines = 0;
        try (Writer out = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
            out.write("JobID|Cluster|Account|User|Start|End|State|AllocTRES\n");
            for (List<Job> jobs : cluster.nodeJobs()) {
                for (Job job : jobs) {
                    if (job.start() >= to || job.end() <= from) {
                        continue;
                    }
                    boolean running = job.end() > to;
                    out.write(job.jobId() + '|' + cluster.id() + '|' + job.account() + '|' + job.user() + '|'
                            + local(job.start()) + '|' + (running ? "Unknown" : local(job.end())) + '|'
                            + (running ? "RUNNING" : "COMPLETED") + "|billing=128,cpu=128,gres/gpu=8,node=1\n");
                    lines++;
                }
            }
        }
        return lines;
    }

    private long writeTelemetry(Path file, Cluster cluster, long from, long to, long noiseSeed) throws IOException {
        String[] utilText = new String[101];
        for (int u = 0; u <= 100; u++) {
            utilText[u] = String.valueOf(u);
        }
        int nodes = cluster.nodes();
        String[] hosts = new String[nodes];
        for (int n = 0; n < nodes; n++) {
            hosts[n] = "," + cluster.id() + ",node" + (n + 1) + ",";
        }
        int samples = (int) ((to - from + intervalSeconds - 1) / intervalSeconds);
        String[] timestamps = new String[samples];
        for (int i = 0; i < samples; i++) {
            timestamps[i] = LocalDateTime.ofEpochSecond(from + (long) i * intervalSeconds, 0, java.time.ZoneOffset.ofHours(9))
                    .format(LOCAL) + "+09:00";
        }
        long rows = 0;
        StringBuilder line = new StringBuilder(96);
        try (BufferedWriter out = new BufferedWriter(Files.newBufferedWriter(file, StandardCharsets.UTF_8), 1 << 20)) {
            out.write("timestamp,cluster_id,hostname,gpu,job_id,gpu_util\n");
            if (order == RowOrder.TIME) {
                int[] cursor = new int[nodes];
                for (int i = 0; i < samples; i++) {
                    long t = from + (long) i * intervalSeconds;
                    for (int n = 0; n < nodes; n++) {
                        Job job = jobAt(cluster.nodeJobs().get(n), cursor, n, t);
                        for (int g = 0; g < GPUS_PER_NODE; g++) {
                            rows += sample(out, line, timestamps[i], hosts[n], g, job, noiseSeed, n, i, utilText);
                        }
                    }
                }
            } else {
                for (int n = 0; n < nodes; n++) {
                    for (int g = 0; g < GPUS_PER_NODE; g++) {
                        int[] cursor = new int[nodes];
                        for (int i = 0; i < samples; i++) {
                            Job job = jobAt(cluster.nodeJobs().get(n), cursor, n, from + (long) i * intervalSeconds);
                            rows += sample(out, line, timestamps[i], hosts[n], g, job, noiseSeed, n, i, utilText);
                        }
                    }
                }
            }
        }
        return rows;
    }

    /** The job running on a node at t; cursor[n] moves forward with t. */
    private static Job jobAt(List<Job> jobs, int[] cursor, int n, long t) {
        while (cursor[n] < jobs.size() && jobs.get(cursor[n]).end() <= t) {
            cursor[n]++;
        }
        return cursor[n] < jobs.size() && jobs.get(cursor[n]).start() <= t ? jobs.get(cursor[n]) : null;
    }

    /** One row; its noise depends on the GPU and the time only, so both orders hold the same rows. */
    private static int sample(BufferedWriter out, StringBuilder line, String timestamp, String host, int g, Job job,
                              long noiseSeed, int n, int i, String[] utilText) throws IOException {
        int util = 0;
        if (job != null) {
            long h = noiseSeed ^ (n * 0x9E3779B97F4A7C15L) ^ ((long) g << 40) ^ (i * 0xC2B2AE3D27D4EB4FL);
            h = (h ^ (h >>> 31)) * 0xBF58476D1CE4E5B9L;
            h ^= h >>> 29;
            util = Math.max(0, Math.min(100, job.util() + (int) Math.floorMod(h, 11L) - 5));
        }
        line.setLength(0);
        line.append(timestamp).append(host).append(g).append(',')
                .append(job == null ? "" : job.jobId()).append(',').append(utilText[util]).append('\n');
        out.append(line);
        return 1;
    }

    /**
     * For benchmarks, without the application (the jar's {@code generate} command has no row
     * order option):
     * {@code java -cp target/classes kr.gpuprogram.reports.generate.SyntheticProgramGenerator
     * --gpus N --days N --out DIR [--start D] [--interval S] [--seed N] [--order time|gpu]}.
     */
    public static void main(String[] args) throws IOException {
        java.util.Map<String, String> options = new java.util.HashMap<>();
        for (int i = 0; i + 1 < args.length; i += 2) {
            if (!args[i].startsWith("--")) {
                throw new IllegalArgumentException("unexpected " + args[i]);
            }
            options.put(args[i].substring(2), args[i + 1]);
        }
        if (!options.containsKey("out")) {
            System.err.println("usage: SyntheticProgramGenerator --gpus N --days N --out DIR [--start YYYY-MM-DD]"
                    + " [--interval SECONDS] [--seed N] [--order time|gpu]");
            System.exit(2);
        }
        long started = System.nanoTime();
        RowOrder order = RowOrder.valueOf(options.getOrDefault("order", "time").toUpperCase(java.util.Locale.ROOT));
        Summary summary = new SyntheticProgramGenerator(Integer.parseInt(options.getOrDefault("gpus", "8")),
                Integer.parseInt(options.getOrDefault("days", "1")),
                LocalDate.parse(options.getOrDefault("start", "2026-11-25")),
                Integer.parseInt(options.getOrDefault("interval", "60")),
                Long.parseLong(options.getOrDefault("seed", "42")), order).write(Path.of(options.get("out")));
        System.out.printf("generated %s (%s order): %d clusters, %d institutions, %d allocations, %d job lines, "
                        + "%d telemetry rows in %d s%n", options.get("out"), order.name().toLowerCase(java.util.Locale.ROOT),
                summary.clusters(), summary.institutions(), summary.allocations(), summary.jobLines(),
                summary.telemetryRows(), (System.nanoTime() - started) / 1_000_000_000);
    }

    private String local(long epochSecond) {
        return LocalDateTime.ofEpochSecond(epochSecond, 0, java.time.ZoneOffset.ofHours(9)).format(LOCAL);
    }
}
