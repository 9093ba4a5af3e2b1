package kr.gpuprogram.reports.ingest.telemetry;

import java.lang.management.ManagementFactory;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import java.util.stream.Stream;
import kr.gpuprogram.reports.ingest.inbox.InboxFile;
import kr.gpuprogram.reports.ingest.reference.ClusterCatalog;

/**
 * Bench only: the telemetry parser alone (no Spring, no database) over a generated inbox, on
 * 1 and 2 threads (a file per task). Prints wall time, the process's CPU time and rows per
 * second of each, so that a loaded machine's wall time can be told from the parser's cost.
 * It sits in the parser's package, whose classes are not public, so it is compiled beside them
 * (run from the source file, it would be loaded by a class loader of its own and refused):
 *   javac -cp target/classes -d target/bench/scan-classes bench/TelemetryScanBench.java
 *   java -cp target/bench/scan-classes:target/classes:COMMONS_CSV_JAR:SLF4J_API_JAR \
 *       kr.gpuprogram.reports.ingest.telemetry.TelemetryScanBench DATA_DIR [REPEATS]
 */
public class TelemetryScanBench {
    public static void main(String[] args) throws Exception {
        Path inbox = Path.of(args[0], "inbox");
        int repeats = args.length > 1 ? Integer.parseInt(args[1]) : 3;
        List<Path> files;
        try (Stream<Path> list = Files.list(inbox)) {
            files = list.filter(p -> p.getFileName().toString().startsWith("gpu-metrics-")).sorted().toList();
        }
        ZoneId seoul = ZoneId.of("Asia/Seoul");
        Map<String, ClusterCatalog.Entry> clusters = new java.util.HashMap<>();
        for (Path f : files) {
            String name = f.getFileName().toString();
            String cluster = name.substring("gpu-metrics-".length(), name.length() - "-2026-11-25.csv".length());
            clusters.put(cluster, new ClusterCatalog.Entry(cluster, seoul, 1024));
        }
        ClusterCatalog catalog = new ClusterCatalog(clusters);
        var os = (com.sun.management.OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean();
        for (int round = 0; round < repeats; round++) {
            for (int threads : new int[]{1, 2}) {
                AtomicLong rows = new AtomicLong();
                AtomicInteger next = new AtomicInteger();
                long cpu0 = os.getProcessCpuTime();
                long t0 = System.nanoTime();
                ExecutorService pool = Executors.newFixedThreadPool(threads);
                List<Future<?>> done = new java.util.ArrayList<>();
                for (int t = 0; t < threads; t++) {
                    done.add(pool.submit(() -> {
                        int i;
                        while ((i = next.getAndIncrement()) < files.size()) {
                            Path f = files.get(i);
                            String name = f.getFileName().toString();
                            String cluster = name.substring("gpu-metrics-".length(), name.length() - "-2026-11-25.csv".length());
                            InboxFile file = new InboxFile(i, name, "telemetry", cluster, LocalDate.of(2026, 11, 25), f);
                            try (TelemetryFileScanner scanner = new TelemetryFileScanner(file, catalog, seoul)) {
                                scanner.open(0, -1);
                                TelemetryAggregate block;
                                while ((block = scanner.next(100_000)) != null) {
                                    long n = block.rejects().size();
                                    for (var s : block.sums().values()) {
                                        n += s.samples;
                                    }
                                    rows.addAndGet(n);
                                }
                            }
                        }
                        return null;
                    }));
                }
                for (Future<?> f : done) {
                    f.get();
                }
                pool.shutdown();
                double wall = (System.nanoTime() - t0) / 1e9;
                double cpu = (os.getProcessCpuTime() - cpu0) / 1e9;
                System.out.printf("round %d, %d thread(s): %,d rows in %.2f s wall (%,.0f rows/s), %.2f s CPU (%,.0f rows per CPU-second), load %.2f%n",
                        round + 1, threads, rows.get(), wall, rows.get() / wall, cpu, rows.get() / cpu, os.getSystemLoadAverage());
            }
        }
    }
}
