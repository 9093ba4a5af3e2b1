package kr.gpuprogram.reports.generate;

import java.io.IOException;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * Writes the sample data ({@code sample-data/}): a small fictional program of 3 Korean cloud
 * operators, 7 GPU clusters (H100/H200/B200), 40 institutions and 62 allocations in
 * {@code reference/}; Slurm {@code sacct --parsable2} exports {@code inbox/jobs-<cluster_id>-2026-11-DD.csv}
 * for every in-service cluster and day from 2026-11-01 to 2026-11-25 except one deliberately
 * missing file, with a handful of deliberately broken lines; one DCGM telemetry file; and
 * {@code README.md}, which describes them.
 *
 * <p>How: per cluster, every allocation gets lanes of back-to-back jobs whose busy share
 * follows a usage profile ({@link SampleJobGenerator}); a first-come-first-served scheduler
 * starts them only while the cluster has free GPUs ({@link FirstComeFirstServedScheduler});
 * each day's file then lists every job that overlapped that day in the cluster's zone
 * ({@link SacctFileBuilder}). The output is deterministic: a fixed seed, CPython's random
 * generator ({@link PythonRandom}: the data was first written by a Python script, and these are
 * its files byte for byte), no clock, fixed-offset zones and sorted output. At the end the
 * files are read back and checked ({@link SampleSelfCheck}) and a summary is printed.
 */
public final class SampleDataGenerator {

    private static final long MAX_TOTAL_BYTES = 3L << 20;

    private final Path out;
    private final PrintStream summary;

    /** Writes into {@code out} (its {@code reference/}, {@code inbox/} and README.md) and prints the summary on {@code summary}. */
    public SampleDataGenerator(Path out, PrintStream summary) {
        this.out = out;
        this.summary = summary;
    }

    public void write() throws IOException {
        PythonRandom rng = new PythonRandom(SampleProgram.SEED);
        Map<String, SampleCluster> clusters = clusters();
        List<SampleAllocation> allocs = allocations();
        Set<String> usedNames = new HashSet<>();
        for (SampleAllocation a : allocs) {                      // 2-5 users per allocation
            for (long n = rng.randrange(2, 6); n > 0; n--) {
                while (true) {
                    String user = rng.choice(SampleProgram.SURNAMES) + rng.choice(SampleProgram.INITIALS);
                    if (usedNames.add(user)) {
                        a.users.add(user);
                        break;
                    }
                }
            }
        }

        long simT0 = SampleTime.midnight(SampleProgram.SIM_FROM);
        long simT1 = SampleTime.midnight(SampleProgram.SIM_TO);
        SampleJobGenerator generator = new SampleJobGenerator(rng, simT0, simT1);
        Map<String, List<SampleJob>> jobsByCluster = new LinkedHashMap<>();
        for (SampleCluster c : clusters.values()) {
            List<SampleJob> jobs = new ArrayList<>();
            for (SampleAllocation a : allocs) {
                if (a.cluster.equals(c.id) && a.t1 > simT0) {
                    jobs.addAll(generator.allocationJobs(a, c));
                }
            }
            jobs.addAll(generator.unattributedJobs(c));
            // their own stream: the other draws stay put
            jobs.addAll(SampleJobGenerator.selfUseJobs(new PythonRandom(SampleProgram.SEED + 1), c, simT0, simT1));
            jobs.sort(Comparator.comparingLong((SampleJob j) -> j.earliest).thenComparingLong(j -> j.submit)
                    .thenComparing(j -> j.account).thenComparingInt(SampleJob::arrayIndex));
            FirstComeFirstServedScheduler.schedule(c, jobs);
            jobsByCluster.put(c.id, jobs.stream().filter(j -> j.started() || j.array == null)   // unstarted array tasks vanish
                    .collect(Collectors.toCollection(ArrayList::new)));
        }

        List<SampleJob> phantoms = PhantomJobs.make(rng, clusters, allocs);
        SacctJobFinisher finisher = new SacctJobFinisher(rng);
        for (SampleCluster c : clusters.values()) {
            List<SampleJob> mine = new ArrayList<>(jobsByCluster.get(c.id));
            phantoms.stream().filter(p -> p.cluster.equals(c.id)).forEach(mine::add);
            finisher.finish(c, mine);
        }

        SacctFileBuilder.JobFiles files = SacctFileBuilder.build(rng, clusters, jobsByCluster, phantoms);
        Path reference = out.resolve("reference");
        Path inbox = out.resolve("inbox");
        SampleReferenceFiles.write(reference, allocs);
        writeInbox(inbox, files);
        SampleTelemetryWriter.Counts telemetry = SampleTelemetryWriter.write(inbox,
                clusters.get(SampleProgram.TELEMETRY_CLUSTER), jobsByCluster.get(SampleProgram.TELEMETRY_CLUSTER));
        SampleSelfCheck.ReadBack readBack = SampleSelfCheck.check(inbox, clusters, allocs, files.defects());
        SampleStatistics st = new SampleStatistics(clusters, allocs, readBack.records());
        int jobFiles;
        try (Stream<Path> names = Files.list(inbox)) {
            jobFiles = (int) names.filter(p -> p.getFileName().toString().startsWith("jobs-")).count();
        }
        String readme = new SampleReadme(clusters, allocs, files.defects(), st, telemetry, jobFiles, readBack.jobLines())
                .text(inbox);
        Files.writeString(out.resolve("README.md"), readme, StandardCharsets.UTF_8);
        printSummary(reference, files.defects(), telemetry, st, jobFiles, readBack.jobLines());
    }

    private static Map<String, SampleCluster> clusters() {
        Map<String, SampleCluster> clusters = new LinkedHashMap<>();
        for (SampleProgram.ClusterRow row : SampleProgram.CLUSTERS) {
            SampleCluster c = clusters.computeIfAbsent(row.clusterId(),
                    id -> new SampleCluster(id, row.operatorId(), row.gpuModel(), row.timeZone()));
            c.periods.add(new SampleCluster.Period(LocalDate.parse(row.inServiceFrom()),
                    row.inServiceTo().isEmpty() ? null : LocalDate.parse(row.inServiceTo()), row.gpuCount()));
        }
        return clusters;
    }

    private static List<SampleAllocation> allocations() {
        List<SampleAllocation> allocs = new ArrayList<>(SampleProgram.ALLOCATIONS.stream().map(SampleAllocation::new).toList());
        allocs.sort(Comparator.comparing(a -> a.id));
        return allocs;
    }

    /** Replaces the inbox's job and telemetry files; the missing file stays missing. */
    private static void writeInbox(Path inbox, SacctFileBuilder.JobFiles files) throws IOException {
        Files.createDirectories(inbox);
        try (Stream<Path> old = Files.list(inbox)) {
            for (Path p : old.sorted().toList()) {
                String name = p.getFileName().toString();
                if ((name.startsWith("jobs-") || name.startsWith("gpu-metrics-")) && name.endsWith(".csv")) {
                    Files.delete(p);
                }
            }
        }
        for (Map.Entry<SacctFileBuilder.FileKey, List<String>> e : files.lines().entrySet()) {
            SacctFileBuilder.FileKey key = e.getKey();
            if (key.clusterId().equals(SampleProgram.MISSING_FILE_CLUSTER) && key.day().equals(SampleProgram.MISSING_FILE_DAY)) {
                continue;
            }
            List<String> lines = new ArrayList<>();
            lines.add(SampleProgram.NO_SUBMIT.contains(key.clusterId()) ? SampleProgram.HEADER : SampleProgram.HEADER_SUBMIT);
            lines.addAll(e.getValue());
            Files.writeString(inbox.resolve(key.fileName()), String.join("\n", lines) + "\n", StandardCharsets.UTF_8);
        }
    }

    private void printSummary(Path reference, Map<String, List<SacctFileBuilder.DefectLine>> defects,
                              SampleTelemetryWriter.Counts telemetry, SampleStatistics st, int jobFiles, int jobLines)
            throws IOException {
        long total = Files.size(out.resolve("README.md"));      // what it wrote, not whatever else is in out
        for (Path folder : List.of(reference, out.resolve("inbox"))) {
            try (Stream<Path> all = Files.walk(folder)) {
                total += all.filter(Files::isRegularFile).mapToLong(p -> {
                    try {
                        return Files.size(p);
                    } catch (IOException e) {
                        throw new UncheckedIOException(e);
                    }
                }).sum();
            }
        }
        int referenceFiles;
        try (Stream<Path> names = Files.list(reference)) {
            referenceFiles = (int) names.count();
        }
        summary.println(f("%s written: %d job files, %d job lines, %d reference files, total %s MiB", out, jobFiles,
                jobLines, referenceFiles, PythonFormat.fixed(total / (double) (1 << 20), 2)));
        summary.println("missing file: inbox/" + SampleProgram.fileName(SampleProgram.MISSING_FILE_CLUSTER, SampleProgram.MISSING_FILE_DAY));
        summary.println(f("telemetry %s %s: %s", SampleProgram.TELEMETRY_CLUSTER, SampleProgram.TELEMETRY_DAY, telemetry));
        summary.println(f("self-use %s: %s GPU-h over 11-01..11-25", SampleProgram.SELF_USE_ACCOUNT, PythonFormat.fixed(st.selfUse, 1)));
        for (SampleStatistics.ClusterUse c : st.clusters) {
            summary.println(f("  %-14s capacity %s GPU-h, used %s GPU-h (%s %%)", c.clusterId(),
                    PythonFormat.fixed(c.capacityHours(), 0, 9), PythonFormat.fixed(c.usedHours(), 1, 9),
                    PythonFormat.fixed(100 * c.usedHours() / c.capacityHours(), 1)));
        }
        st.overAllocated.forEach((cid, rows) -> summary.println(f("  over-allocated: %s on %d days (%s..%s)", cid, rows.size(),
                rows.get(0).day(), rows.get(rows.size() - 1).day())));
        summary.println("  over-use days: " + st.overUse.stream().map(o -> "('" + o.allocationId() + "', " + o.days() + ")")
                .collect(Collectors.joining(", ", "[", "]")));
        summary.println(f("  reclaim candidates on %s: %s", SampleProgram.LAST_DAY, st.reclaim.stream()
                .map(r -> "('" + r.allocationId() + "', "
                        + PythonFormat.fixed(100 * r.windowUsedHours() / r.windowAllocatedHours(), 1) + ", " + r.zeroUseStreak() + ")")
                .collect(Collectors.joining(", ", "[", "]"))));
        summary.println("defects (file:line):");
        new java.util.TreeMap<>(defects).forEach((name, items) -> items.forEach(
                d -> summary.println(f("  inbox/%s:%d  %s", name, d.lineNumber(), d.kind().label()))));
        if (total >= MAX_TOTAL_BYTES) {
            throw new IllegalStateException("sample data too large: " + total + " bytes");
        }
        summary.println("self-check OK");
    }

    private static String f(String format, Object... args) {
        return String.format(Locale.ROOT, format, args);
    }
}
