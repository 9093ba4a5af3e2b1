import java.io.BufferedReader;
import java.io.BufferedWriter;
import java.io.IOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.OffsetDateTime;
import java.util.Map;
import java.util.TreeMap;

/**
 * Bench only: rewrites a generated telemetry CSV (GPU by GPU, the generator's --order gpu) as the
 * body a Prometheus range query answers, series after series, as SPEC's gpu-metrics-*.json:
 *   java bench/PrometheusDayWriter.java gpu-metrics-c-D.csv gpu-metrics-c-D.json [--sorted-as-prometheus]
 * By default it streams (neither file is held in memory) and starts a new series wherever a GPU's
 * job changes, so the series come in the day's order, GPU after GPU; where a GPU returns to a job
 * later in the day it writes two series of the same labels (the reader's duplicate rule holds per
 * labels). With --sorted-as-prometheus it answers as the server does: one series per label set,
 * the series sorted by their labels (host "node10" before "node2", a GPU's jobs by their id, not by
 * time), which is the shape the export script gets from a real server and unlike the generator's.
 * That form holds one file's samples in memory (about 30 MB for a 1,000-GPU cluster-day).
 */
public class PrometheusDayWriter {
    public static void main(String[] args) throws Exception {
        boolean sorted = args.length > 2 && args[2].equals("--sorted-as-prometheus");
        long samples = 0;
        Map<String, StringBuilder> bySeries = new TreeMap<>();
        String[] current = null;
        StringBuilder values = null;
        long series = 0;
        try (BufferedReader in = Files.newBufferedReader(Path.of(args[0]), StandardCharsets.UTF_8);
             BufferedWriter out = Files.newBufferedWriter(Path.of(args[1]), StandardCharsets.UTF_8)) {
            String header = in.readLine();
            if (!header.equals("timestamp,cluster_id,hostname,gpu,job_id,gpu_util")) {
                throw new IllegalArgumentException("not the generator's column order: " + header);
            }
            out.write("{\"status\":\"success\",\"data\":{\"resultType\":\"matrix\",\"result\":[");
            String lastStamp = null;
            long lastSecond = 0;
            for (String line = in.readLine(); line != null; line = in.readLine()) {
                String[] f = line.split(",", -1);
                if (current == null || !f[2].equals(current[2]) || !f[3].equals(current[3]) || !f[4].equals(current[4])) {
                    if (sorted) {
                        values = bySeries.computeIfAbsent(metric(f), m -> new StringBuilder());
                    } else {
                        if (values != null) {
                            writeSeries(out, series - 1, metric(current), values);
                        }
                        values = new StringBuilder();
                        series++;
                    }
                    current = f;
                }
                if (!f[0].equals(lastStamp)) {
                    lastSecond = OffsetDateTime.parse(f[0]).toEpochSecond();
                    lastStamp = f[0];
                }
                if (!values.isEmpty()) {
                    values.append(',');
                }
                values.append('[').append(lastSecond).append(",\"").append(f[5]).append("\"]");
                samples++;
            }
            if (sorted) {
                series = 0;
                for (Map.Entry<String, StringBuilder> e : bySeries.entrySet()) {
                    writeSeries(out, series++, e.getKey(), e.getValue());
                }
            } else if (values != null) {
                writeSeries(out, series - 1, metric(current), values);
            }
            out.write("]}}\n");
        }
        System.err.println(args[1] + ": " + samples + " samples in " + series + " series"
                + (sorted ? ", sorted by labels as Prometheus answers" : ", in the day's order"));
    }

    /** The labels in the order Prometheus sorts them (by name), so that the text sorts as its label sets do. */
    private static String metric(String[] f) {
        return "{\"__name__\":\"DCGM_FI_DEV_GPU_UTIL\",\"Hostname\":\"" + f[2] + "\",\"UUID\":\"GPU-" + f[2] + "-" + f[3]
                + "\",\"gpu\":\"" + f[3] + "\"" + (f[4].isEmpty() ? "" : ",\"hpc_job\":\"" + f[4] + "\"")
                + ",\"instance\":\"" + f[2] + ":9400\",\"job\":\"dcgm\",\"modelName\":\"NVIDIA H100 80GB HBM3\"}";
    }

    private static void writeSeries(Writer out, long index, String metric, CharSequence values) throws IOException {
        out.write(index == 0 ? "" : ",\n");
        out.write("{\"metric\":" + metric + ",\"values\":[");
        out.append(values);
        out.write("]}");
    }
}
