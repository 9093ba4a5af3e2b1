package kr.gpuprogram.reports.ingest.telemetry;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import kr.gpuprogram.reports.ingest.inbox.InboxFile;
import kr.gpuprogram.reports.ingest.reference.ClusterCatalog;
import kr.gpuprogram.reports.ingest.telemetry.TelemetryAggregate.Key;
import kr.gpuprogram.reports.ingest.telemetry.TelemetryAggregate.Sums;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The byte parser of telemetry files, without Spring: each table row is a file whose lines are
 * read by the fast path and, as the reference, by the exact path alone (commons-csv and
 * TelemetryLineParser, as before the fast path existed); sums and rejects must be the same,
 * and the listed rejects must carry the listed reasons.
 */
class TelemetryFileScannerTest {

    private static final ZoneId SEOUL = ZoneId.of("Asia/Seoul");
    private static final String HEADER = "timestamp,cluster_id,hostname,gpu,job_id,gpu_util\n";
    private static final ClusterCatalog CATALOG = new ClusterCatalog(Map.of(
            "demo", new ClusterCatalog.Entry("demo", SEOUL, 8),
            "utc1", new ClusterCatalog.Entry("utc1", ZoneId.of("UTC"), 8),
            "ny", new ClusterCatalog.Entry("ny", ZoneId.of("America/New_York"), 8)));

    @TempDir
    Path dir;

    static Stream<Arguments> files() {
        return Stream.of(
                Arguments.of("good lines, offsets Z, +09:00, -05:00, none", "demo", HEADER + """
                        2026-11-05T10:00:00+09:00,demo,n1,0,301,0
                        2026-11-05T10:00:00+09:00,demo,n1,1,301,90
                        2026-11-05T10:00:00+09:00,demo,n1,2,,0
                        2026-11-05T01:01:00Z,demo,n1,0,301,4
                        2026-11-05T10:02:00.5,demo,n1,0,301,100
                        2026-11-04T20:03:00.123456789-05:00,demo,n1,0,302,17
                        2026-11-04T23:59:59+09:00,demo,n2,0,303,3
                        """, List.of()),
                Arguments.of("values that are rejected", "demo", HEADER + """
                        2026-11-05T10:00:00+09:00,demo,n1,0,301,101
                        2026-11-05T25:00:00+09:00,demo,n1,0,301,50
                        2026-11-05T10:00:00+09:00,demo,n1,1,301,90
                        2026-11-05T10:00:00+09:00,demo,n1,1,301,90
                        2026-11-05T12:01:00+09:00,nowhere,n1,1,301,90
                        2026-11-05T12:01:00+09:00,demo,n1,1,301
                        2026-11-05T12:02:00+09:00,demo,n1,zero,301,5
                        2026-11-05T12:03:00+09:00,demo,n1,1,301,busy
                        yesterday,demo,n1,1,301,5
                        2026-11-05T12:04:00+0900,demo,n1,1,301,5
                        2026-11-05T12:05:00+09:00,demo,n1,4097,301,5
                        2026-11-05T12:06:00+09:00,demo,n1,1,301,-1
                        2026-02-30T12:06:00+09:00,demo,n1,1,301,5
                        2026-11-05T12:07:00+09:00,demo,n1,1,301,7,extra
                        """, List.of(
                        "2:gpu_util 101 is outside 0-100",
                        "3:timestamp '2026-11-05T25:00:00+09:00' is not an ISO-8601 date-time",
                        "5:duplicate or out-of-order sample: GPU n1/1 at 2026-11-05T10:00:00+09:00 is not after its previous sample",
                        "6:cluster_id 'nowhere' is not the file's cluster 'demo'",
                        "7:expected 6 comma-separated fields, found 5",
                        "8:gpu 'zero' is not a device index",
                        "9:gpu_util 'busy' is not a number",
                        "10:timestamp 'yesterday' is not an ISO-8601 date-time",
                        "12:gpu '4097' is not a device index",
                        "13:gpu_util -1 is outside 0-100",
                        "14:timestamp '2026-02-30T12:06:00+09:00' is not an ISO-8601 date-time",
                        "15:expected 6 comma-separated fields, found 7")),
                Arguments.of("what the exact path accepts beside the fast layout", "demo", HEADER + """
                        2026-11-05t10:00:00z,demo,n1,0,301,5
                        2026-11-05T10:01+09:00,demo,n1,0,301,5
                        2026-11-05T10:02:00+09,demo,n1,0,301,12.5
                        2026-11-05T10:03:00+09:00:30,demo,n1,0,301,0000000007
                        2026-11-05T10:04:00.+09:00,demo,n1,0,301,1e1
                         2026-11-05T10:05:00+09:00 , demo ,  n1 , 0 , 301 , 33\s
                        """, List.of("2:timestamp '2026-11-05t10:00:00z' is not an ISO-8601 date-time")),
                Arguments.of("columns in another order, other case, an unknown column, BOM, CRLF, CR, empty lines", "demo",
                        "\uFEFF\r\nGPU_UTIL, Job_ID,extra,HostName,gpu,Cluster_ID,TIMESTAMP\r\n"
                                + "5,301,x,n1,0,demo,2026-11-05T10:00:00+09:00\r\n\r\n\n"
                                + "6,301,y,n1,0,demo,2026-11-05T10:01:00+09:00\r"
                                + "7,,z,n1,1,demo,2026-11-05T10:01:00+09:00\n"
                                + "8,301,,n1,0,demo,2026-11-05T10:01:00+09:00", List.of(
                        "5:duplicate or out-of-order sample: GPU n1/0 at 2026-11-05T10:01:00+09:00 is not after its previous sample")),
                Arguments.of("every value quoted (an exporter's quote-all), the header too", "demo",
                        "\"timestamp\",\"cluster_id\",\"hostname\",\"gpu\",\"job_id\",\"gpu_util\"\n" + """
                        "2026-11-05T10:00:00+09:00","demo","n1","0","301","5"
                        "2026-11-05T10:00:00+09:00","demo","n1","1","","0"
                        2026-11-05T10:00:00+09:00,demo,n1,0,301,5
                         "2026-11-05T10:01:00+09:00" , "demo","n1","0","301", "7.5"\s
                        "2026-11-05T10:02:00+09:00","demo","n1","0","301","5"5
                        "2026-11-05T10:03:00+09:00","demo","n1","0","301",""5"
                        "2026-11-05T10:04:00+09:00","demo","n1","0","301","101"
                        """, List.of(
                        "4:duplicate or out-of-order sample: GPU n1/0 at 2026-11-05T10:00:00+09:00 is not after its previous sample",
                        "6:gpu_util '\"5\"5' is not a number",
                        "7:gpu_util '\"\"5\"' is not a number",
                        "8:gpu_util 101 is outside 0-100")),
                Arguments.of("a quote around a value is removed; a stray quote costs its own line only", "demo", HEADER + """
                        2026-11-05T10:00:00+09:00,demo,n1,0,301,5
                        2026-11-05T10:00:00+09:00,demo,"n1",1,301,6
                        2026-11-05T10:01:00+09:00,demo,"n
                        1",1,301,6
                        2026-11-05T10:00:00+09:00,demo,n1,0,301,5
                        2026-11-05T10:02:00+09:00,demo,n1,0,301,5
                        """, List.of(
                        "4:expected 6 comma-separated fields, found 3",
                        "5:expected 6 comma-separated fields, found 4",
                        "6:duplicate or out-of-order sample: GPU n1/0 at 2026-11-05T10:00:00+09:00 is not after its previous sample")),
                Arguments.of("a host outside ASCII and a byte that is not UTF-8", "demo", HEADER
                        + "2026-11-05T10:00:00+09:00,demo,노드1,0,301,5\n"
                        + "2026-11-05T10:00:00+09:00,demo,n\u00ff1,0,301,5\n"
                        + "2026-11-05T10:01:00+09:00,demo,노드1,0,301,5\n", List.of("3:invalid text (NUL byte or undecodable bytes) in the line")),
                Arguments.of("no header", "demo", "2026-11-05T10:00:00+09:00,demo,n1,0,301,5\n"
                        + "2026-11-05T10:01:00+09:00,demo,n1,0,301,5\n", List.of(
                        "0:no usable header: the first line lacks the column(s) timestamp, cluster_id, hostname, gpu, job_id, gpu_util, so no line of the file can be read")),
                Arguments.of("no line at all", "demo", "\n\n", List.of("0:no header row and no lines")),
                Arguments.of("a NUL in a line takes the exact path and is a reject", "demo", HEADER
                        + "2026-11-05T10:00:00+09:00,demo,n1,0,301,5\n"
                        + "2026-11-05T10:01:00+09:00,demo,n\u00001,0,301,5\n"
                        + "2026-11-05T10:02:00+09:00,demo,n1,0,301,5\n", List.of(
                        "3:invalid text (NUL byte or undecodable bytes) in the line")),
                Arguments.of("header only", "demo", HEADER, List.of()),
                Arguments.of("unknown cluster", "mars", HEADER + "2026-11-05T10:00:00+09:00,mars,n1,0,301,5\n", List.of(
                        "2:unknown cluster 'mars' (not in reference/clusters.csv)")),
                Arguments.of("no offset: the cluster's zone, a DST gap and overlap", "ny", HEADER.replace("demo", "ny") + """
                        2026-03-08T01:59:00,ny,n1,0,1,5
                        2026-03-08T02:30:00,ny,n1,0,1,5
                        2026-03-08T03:00:00,ny,n1,0,1,5
                        2026-11-01T01:30:00,ny,n1,0,1,5
                        2026-11-01T01:30:00-05:00,ny,n1,0,1,5
                        2026-11-01T12:30:00,ny,n1,0,1,5
                        """, List.of(
                        "4:duplicate or out-of-order sample: GPU n1/0 at 2026-03-08T03:00:00 is not after its previous sample")),
                Arguments.of("UTC cluster, midnight of the program zone", "utc1", HEADER.replace("demo", "utc1") + """
                        2026-11-05T14:59:59,utc1,n1,0,1,5
                        2026-11-05T15:00:00,utc1,n1,0,1,5
                        2026-11-05T15:00:00Z,utc1,n1,1,1,5
                        """, List.of()));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("files")
    void theFastPathGivesWhatTheExactPathGives(String name, String cluster, String content, List<String> expectedRejects)
            throws IOException {
        InboxFile file = file(cluster, content.getBytes(StandardCharsets.UTF_8));
        for (int buffer : new int[]{64, 100, 1 << 16}) {
            Result fast = read(file, true, buffer, 3);
            Result exact = read(file, false, buffer, 1000);
            assertThat(fast.rejects).as("rejects, buffer " + buffer).isEqualTo(exact.rejects);
            assertThat(fast.sums).as("sums, buffer " + buffer).isEqualTo(exact.sums);
            assertThat(fast.reasons).as("reasons, buffer " + buffer).isEqualTo(expectedRejects);
        }
    }

    /** The same lines, plain and with every value in double quotes as an exporter's quote-all writes them. */
    @ParameterizedTest(name = "quoted: {0}")
    @ValueSource(booleans = {false, true})
    void sumsPerDayAndJob(boolean quoted) throws IOException {
        String content = HEADER + """
                2026-11-05T23:59:00+09:00,demo,n1,0,301,0
                2026-11-05T23:59:00+09:00,demo,n1,1,301,4.9
                2026-11-05T23:59:00+09:00,demo,n1,2,,50
                2026-11-05T15:00:00Z,demo,n1,0,301,100
                """;
        if (quoted) {
            content = content.lines().map(line -> Arrays.stream(line.split(",", -1)).map(v -> "\"" + v + "\"")
                    .collect(Collectors.joining(","))).collect(Collectors.joining("\n", "", "\n"));
        }
        Result result = read(file("demo", content.getBytes(StandardCharsets.UTF_8)), true, 1 << 16, 100);
        assertThat(result.rejects).isEmpty();
        assertThat(result.sums).containsOnlyKeys("2026-11-05/301", "2026-11-05/", "2026-11-06/301");
        assertThat(result.sums.get("2026-11-05/301")).isEqualTo("2 4.9 0:1 4:1");
        assertThat(result.sums.get("2026-11-05/")).isEqualTo("1 50.0 50:1");
        assertThat(result.sums.get("2026-11-06/301")).isEqualTo("1 100.0 100:1");
    }

    @Test
    void aBlockEndsOnceItHoldsTenThousandRejects() throws IOException {
        StringBuilder content = new StringBuilder(HEADER);
        for (int i = 0; i < 25_000; i++) {
            content.append(String.format("2026-11-05T10:%02d:00+09:00,other,n1,%d,1,5%n", i / 1000 % 60, i % 1000));
        }
        content.append("2026-11-05T11:00:00+09:00,demo,n1,0,1,5\n");
        InboxFile file = file("demo", content.toString().getBytes(StandardCharsets.UTF_8));
        List<String> blocks = new ArrayList<>();
        try (TelemetryFileScanner scanner = new TelemetryFileScanner(file, CATALOG, SEOUL)) {
            scanner.open(0, -1);
            TelemetryAggregate block;
            while ((block = scanner.next(100_000)) != null) {
                blocks.add(block.partNo() + ":" + block.rejects().size() + ":" + block.sums().size());
            }
        }
        assertThat(blocks).containsExactly("2:10000:0", "10002:10000:0", "20002:5000:1");
    }

    @Test
    void aRestartAtTheSavedPositionReadsTheRestOnce() throws IOException {
        StringBuilder content = new StringBuilder(HEADER);
        for (int minute = 0; minute < 50; minute++) {
            for (int gpu = 0; gpu < 4; gpu++) {
                content.append(String.format("2026-11-05T10:%02d:00+09:00,demo,n1,%d,30%d,%d%n", minute, gpu, gpu, minute));
            }
            if (minute == 30) {
                content.append("2026-11-05T10:30:00+09:00,demo,노드1,0,300,1\n"); // the rest by commons-csv
            }
        }
        InboxFile file = file("demo", content.toString().getBytes(StandardCharsets.UTF_8));
        Result whole = read(file, true, 256, 7);
        for (int stopAfter = 1; stopAfter < 29; stopAfter += 3) {
            Map<String, String> sums = new TreeMap<>();
            List<String> rejects = new ArrayList<>();
            int lines;
            long offset;
            try (TelemetryFileScanner first = new TelemetryFileScanner(file, CATALOG, SEOUL, true, 256)) {
                first.open(0, -1);
                for (int i = 0; i < stopAfter; i++) {
                    collect(first.next(7), sums, rejects);
                }
                lines = first.linesRead();
                offset = first.byteOffset();
            }
            try (TelemetryFileScanner restarted = new TelemetryFileScanner(file, CATALOG, SEOUL, true, 256)) {
                restarted.open(lines, offset);
                TelemetryAggregate block;
                while ((block = restarted.next(7)) != null) {
                    collect(block, sums, rejects);
                }
            }
            assertThat(rejects).as("restart after " + stopAfter).isEqualTo(whole.rejects);
            assertThat(sums).as("restart after " + stopAfter).isEqualTo(whole.sums);
        }
    }

    private record Result(Map<String, String> sums, List<String> rejects, List<String> reasons) {
    }

    private Result read(InboxFile file, boolean fastPath, int buffer, int blockLines) {
        Map<String, String> sums = new TreeMap<>();
        List<String> rejects = new ArrayList<>();
        List<String> reasons = new ArrayList<>();
        try (TelemetryFileScanner scanner = new TelemetryFileScanner(file, CATALOG, SEOUL, fastPath, buffer)) {
            scanner.open(0, -1);
            TelemetryAggregate block;
            while ((block = scanner.next(blockLines)) != null) {
                collect(block, sums, rejects);
                block.rejects().forEach(r -> reasons.add(r.lineNo() + ":" + r.reason()));
            }
        }
        return new Result(sums, rejects, reasons);
    }

    private static void collect(TelemetryAggregate block, Map<String, String> sums, List<String> rejects) {
        for (Map.Entry<Key, Sums> entry : block.sums().entrySet()) {
            String key = entry.getKey().day() + "/" + entry.getKey().jobId();
            Sums s = entry.getValue();
            sums.merge(key, describe(s), TelemetryFileScannerTest::add);
        }
        block.rejects().forEach(r -> rejects.add(r.lineNo() + ":" + r.reason() + ":" + r.content()));
    }

    /** "samples utilSum bucket:count ..." */
    private static String describe(Sums s) {
        StringBuilder text = new StringBuilder().append(s.samples).append(' ').append(s.utilSum);
        for (int i = 0; i < s.histogram.length; i++) {
            if (s.histogram[i] != 0) {
                text.append(' ').append(i).append(':').append(s.histogram[i]);
            }
        }
        return text.toString();
    }

    private static String add(String a, String b) {
        String[] x = a.split(" ");
        String[] y = b.split(" ");
        long[] histogram = new long[101];
        for (String[] parts : List.of(x, y)) {
            for (int i = 2; i < parts.length; i++) {
                String[] bucket = parts[i].split(":");
                histogram[Integer.parseInt(bucket[0])] += Long.parseLong(bucket[1]);
            }
        }
        Sums s = new Sums();
        s.samples = Long.parseLong(x[0]) + Long.parseLong(y[0]);
        s.utilSum = Double.parseDouble(x[1]) + Double.parseDouble(y[1]);
        System.arraycopy(histogram, 0, s.histogram, 0, 101);
        return describe(s);
    }

    private InboxFile file(String cluster, byte[] content) throws IOException {
        // replace the marker character ÿ with a byte that is not UTF-8
        byte[] bytes = new String(content, StandardCharsets.UTF_8).replace("\u00ff", "\u0001").getBytes(StandardCharsets.UTF_8);
        for (int i = 0; i < bytes.length; i++) {
            if (bytes[i] == 1) {
                bytes[i] = (byte) 0xFF;
            }
        }
        Path path = dir.resolve("gpu-metrics-" + cluster + "-2026-11-05-" + Arrays.hashCode(bytes) + ".csv");
        Files.write(path, bytes);
        return new InboxFile(1, path.getFileName().toString(), "telemetry", cluster, LocalDate.of(2026, 11, 5), path);
    }
}
