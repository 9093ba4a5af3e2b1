package kr.gpuprogram.reports.generate;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

/**
 * DCGM samples of one cluster-day: each running job's GPUs every
 * {@link SampleProgram#TELEMETRY_INTERVAL} seconds, GPUs given to jobs lowest index first (as
 * Slurm's gres plugin does). GPUs without a job are left out (they count for no figure, and
 * would double the file). From {@link SampleProgram#UNMAPPED_NODE_FROM_HOUR} the second node's
 * exporter loses the job mapping, and an operator's test outside Slurm runs on the first GPU of
 * the first node that is free for its whole length.
 */
final class SampleTelemetryWriter {

    /** The counts the README quotes. */
    record Counts(int jobSamples, int unmapped, int unknown, int unknownGpu, int unknownFrom) {

        /** As the Python generator printed its dict of counts. */
        @Override
        public String toString() {
            return "{'job_samples': " + jobSamples + ", 'unmapped': " + unmapped + ", 'unknown': " + unknown
                    + ", 'unknown_gpu': " + unknownGpu + ", 'unknown_from': " + unknownFrom + "}";
        }
    }

    private record Event(long at, int isStart, SampleJob job) {
    }

    private SampleTelemetryWriter() {
    }

    static Counts write(Path inbox, SampleCluster cluster, List<SampleJob> jobs) throws IOException {
        PythonRandom rng = new PythonRandom(SampleProgram.SEED + 2);
        Map<String, List<Integer>> gpusOfJob = assignGpus(cluster, jobs);
        long t0 = SampleTime.midnight(SampleProgram.TELEMETRY_DAY);
        long unmappedFrom = t0 + SampleProgram.UNMAPPED_NODE_FROM_HOUR * 3600L;
        List<SampleJob> running = jobs.stream()
                .filter(j -> j.started() && j.gpus > 0 && j.start < t0 + 86400 && j.end > t0).toList();
        int length = SampleProgram.UNKNOWN_JOB_SECONDS;
        int unknownGpu = -1;
        int u0 = 0;
        for (int hour = 0; hour < 24 && unknownGpu < 0; hour++) {   // the test runs from the first hour a GPU is free
            u0 = hour * 3600;
            Set<Integer> busy = new HashSet<>();
            for (SampleJob j : running) {
                if (j.start < t0 + u0 + length && j.end > t0 + u0) {
                    busy.addAll(gpusOfJob.get(j.jobId));
                }
            }
            for (int g = 0; g < 8; g++) {                       // on sd-n01, whose exporter keeps the mapping
                if (!busy.contains(g)) {
                    unknownGpu = g;
                    break;
                }
            }
        }
        if (unknownGpu < 0) {
            throw new IllegalStateException("no GPU free for 45 minutes on the telemetry day");
        }
        int jobSamples = 0;
        int unmapped = 0;
        int unknown = 0;
        StringBuilder out = new StringBuilder("timestamp,cluster_id,hostname,gpu,job_id,gpu_util\n");
        for (long t = t0; t < t0 + 86400; t += SampleProgram.TELEMETRY_INTERVAL) {
            TreeMap<Integer, String> onGpu = new TreeMap<>();
            for (SampleJob j : running) {
                if (j.start <= t && t < j.end) {
                    for (int g : gpusOfJob.get(j.jobId)) {
                        onGpu.put(g, j.jobId);
                    }
                }
            }
            if (t0 + u0 <= t && t < t0 + u0 + length && !onGpu.containsKey(unknownGpu)) {
                onGpu.put(unknownGpu, SampleProgram.UNKNOWN_JOB_ID);
            }
            String stamp = SampleTime.format(t, SampleTime.Style.KST, SampleTime.KST);
            for (Map.Entry<Integer, String> e : onGpu.entrySet()) {
                int g = e.getKey();
                String node = String.format(Locale.ROOT, "sd-n%02d", g / 8 + 1);
                String job = e.getValue();
                if (node.equals("sd-n02") && t >= unmappedFrom) {
                    job = "";                                   // the exporter lost the job mapping on this node
                    unmapped++;
                } else if (job.equals(SampleProgram.UNKNOWN_JOB_ID)) {
                    unknown++;
                } else {
                    jobSamples++;
                }
                out.append(stamp).append(',').append(cluster.id).append(',').append(node).append(',').append(g % 8)
                        .append(',').append(job).append(',').append(rng.randrange(35, 100)).append('\n');
            }
        }
        Files.writeString(inbox.resolve("gpu-metrics-" + cluster.id + "-" + SampleProgram.TELEMETRY_DAY + ".csv"), out,
                StandardCharsets.UTF_8);
        return new Counts(jobSamples, unmapped, unknown, unknownGpu, u0);
    }

    /** Every started job's GPUs, given lowest index first at its start and back at its end. */
    private static Map<String, List<Integer>> assignGpus(SampleCluster cluster, List<SampleJob> jobs) {
        List<Integer> free = new ArrayList<>();
        for (int g = 0; g < cluster.maxGpus(); g++) {
            free.add(g);
        }
        List<Event> events = new ArrayList<>();
        for (SampleJob j : jobs) {
            if (j.started() && j.gpus > 0) {
                events.add(new Event(j.start, 1, j));
                events.add(new Event(j.end, 0, j));
            }
        }
        events.sort(Comparator.comparingLong(Event::at).thenComparingInt(Event::isStart)
                .thenComparing(e -> e.job().jobId));
        Map<String, List<Integer>> gpusOfJob = new HashMap<>();
        for (Event e : events) {
            if (e.isStart() == 1) {
                Collections.sort(free);
                int n = Math.min(e.job().gpus, free.size());
                gpusOfJob.put(e.job().jobId, new ArrayList<>(free.subList(0, n)));
                free.subList(0, n).clear();
            } else {
                free.addAll(gpusOfJob.get(e.job().jobId));
            }
        }
        return gpusOfJob;
    }
}
