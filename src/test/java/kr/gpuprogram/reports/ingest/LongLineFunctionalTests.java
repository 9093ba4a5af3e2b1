package kr.gpuprogram.reports.ingest;

import static kr.gpuprogram.reports.support.ChildRuns.finish;
import static org.assertj.core.api.Assertions.assertThat;

import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import kr.gpuprogram.reports.support.ChildRuns;
import kr.gpuprogram.reports.support.DemoProgram;
import kr.gpuprogram.reports.support.ReportCsv;
import org.junit.jupiter.api.Test;

/**
 * A job file with a 600 MB line, read by the real command in a JVM of 256 MB: the line is one
 * reject showing its first 200 characters, the file's other lines count, and the run exits 0
 * (it used to end in {@code Java heap space}, exit 1, every night until the file was removed).
 */
class LongLineFunctionalTests {

    private static final long LINE_BYTES = 600L * 1024 * 1024;

    private final ChildRuns runs = new ChildRuns(Path.of("target/functional/long-line"));

    @Test
    void aLineOf600MegabytesIsOneRejectUnderA256MegabyteHeap() throws Exception {
        runs.clean("long");
        Path data = runs.data();
        Path huge = data.resolve("inbox/jobs-utc1-2026-11-06.csv");
        try {
            String start = "9999|utc1|U-1|lee|";
            try (OutputStream out = Files.newOutputStream(huge)) {
                out.write(DemoProgram.HEADER.getBytes(StandardCharsets.UTF_8));
                out.write(start.getBytes(StandardCharsets.UTF_8));
                byte[] block = new byte[1 << 20];
                Arrays.fill(block, (byte) 'x');
                for (long written = start.length(); written < LINE_BYTES; written += block.length) {
                    out.write(block);
                }
                out.write(("\n7|utc1|U-1|lee|2026-11-06T01:00:00|2026-11-06T02:00:00|COMPLETED|gres/gpu=1\n")
                        .getBytes(StandardCharsets.UTF_8));
            }

            List<String> command = List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                    "-Xmx256m", "-cp", System.getProperty("java.class.path"),
                    "kr.gpuprogram.reports.GpuUsageReportsApplication", "run", "--date", "2026-11-06",
                    "--data-dir", data.toString(),
                    "--report-dir", runs.root().resolve("long-reports").toString(),
                    "--state-dir", runs.root().resolve("long-state").toString());
            Process run = new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(runs.log("long").toFile()).start();

            assertThat(finish(run)).as("exit; log: %s", tail(runs.log("long"))).isZero();
            ReportCsv rejects = ReportCsv.read(runs.root().resolve("long-reports/2026-11-06/rejects.csv"));
            assertThat(rejects.rows()).filteredOn(r -> r.get("file").equals("inbox/jobs-utc1-2026-11-06.csv"))
                    .singleElement().satisfies(r -> {
                        assertThat(r.get("line")).isEqualTo("2");
                        assertThat(r.get("reason")).isEqualTo("line longer than 65536 characters: not a sacct line");
                        assertThat(r.get("content")).isEqualTo(start + "x".repeat(200 - start.length())
                                + "... (a line of more than 65536 characters)");
                    });
            // the line after it is read: U-1 used 1 GPU for 1 hour
            assertThat(ReportCsv.read(runs.root().resolve("long-reports/2026-11-06/clusters.csv"))
                    .row("cluster_id", "utc1").get("used_gpu_hours")).isEqualTo("1.00");
        } finally {
            Files.deleteIfExists(huge);
        }
    }

    private static String tail(Path log) throws java.io.IOException {
        String text = Files.readString(log);
        return text.substring(Math.max(0, text.length() - 3000));
    }
}
