import java.io.BufferedReader;
import java.io.BufferedWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.OffsetDateTime;

/**
 * Bench only: rewrites a generated telemetry CSV (GPU by GPU, the generator's --order gpu) as the
 * body a Prometheus range query answers, series after series, as SPEC's gpu-metrics-*.json:
 *   java bench/PrometheusDayWriter.java gpu-metrics-c-D.csv gpu-metrics-c-D.json
 * A new series starts wherever a GPU's job changes. Where a GPU returns to a job (or to no job)
 * later in the day, Prometheus would answer one series where this writes two of the same labels;
 * the reader takes them as one (its duplicate rule holds per labels), and DuckDB does not care.
 * Streams: neither file is held in memory.
 */
public class PrometheusDayWriter {
    public static void main(String[] args) throws Exception {
        long samples = 0;
        long series = 0;
        try (BufferedReader in = Files.newBufferedReader(Path.of(args[0]), StandardCharsets.UTF_8);
             BufferedWriter out = Files.newBufferedWriter(Path.of(args[1]), StandardCharsets.UTF_8)) {
            String header = in.readLine();
            if (!header.equals("timestamp,cluster_id,hostname,gpu,job_id,gpu_util")) {
                throw new IllegalArgumentException("not the generator's column order: " + header);
            }
            out.write("{\"status\":\"success\",\"data\":{\"resultType\":\"matrix\",\"result\":[");
            String key = null;
            String lastStamp = null;
            long lastSecond = 0;
            for (String line = in.readLine(); line != null; line = in.readLine()) {
                String[] f = line.split(",", -1);
                String k = f[2] + ',' + f[3] + ',' + f[4];
                if (!k.equals(key)) {
                    if (key != null) {
                        out.write("]},\n");
                    }
                    out.write("{\"metric\":{\"__name__\":\"DCGM_FI_DEV_GPU_UTIL\",\"Hostname\":\"" + f[2] + "\",\"gpu\":\""
                            + f[3] + "\",\"UUID\":\"GPU-" + f[2] + "-" + f[3] + "\",\"instance\":\"" + f[2]
                            + ":9400\",\"job\":\"dcgm\",\"modelName\":\"NVIDIA H100 80GB HBM3\""
                            + (f[4].isEmpty() ? "" : ",\"hpc_job\":\"" + f[4] + "\"") + "},\"values\":[");
                    key = k;
                    series++;
                } else {
                    out.write(',');
                }
                if (!f[0].equals(lastStamp)) {
                    lastSecond = OffsetDateTime.parse(f[0]).toEpochSecond();
                    lastStamp = f[0];
                }
                out.write("[" + lastSecond + ",\"" + f[5] + "\"]");
                samples++;
            }
            out.write(key == null ? "]}}\n" : "]}]}}\n");
        }
        System.err.println(args[1] + ": " + samples + " samples in " + series + " series");
    }
}
