package kr.gpuprogram.reports.report.excel;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.YearMonth;
import java.util.Locale;
import javax.sql.DataSource;
import kr.gpuprogram.reports.ReportSettings;
import kr.gpuprogram.reports.db.SqlResource;
import kr.gpuprogram.reports.report.Period;
import kr.gpuprogram.reports.report.PeriodReport;
import kr.gpuprogram.reports.report.DailyDetailQuery;
import kr.gpuprogram.reports.report.StreamedRows;
import kr.gpuprogram.reports.report.PeriodReportQuery;
import org.flywaydb.core.Flyway;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.jdbc.datasource.DataSourceTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * On-demand scale check of the workbook, not a unit test: a month of a synthetic 10,000-GPU
 * program ({@code report/excel/scale-check-data.sql}: 2,500 allocations x 30 days of Daily
 * detail) in a fresh embedded PostgreSQL, then the month's workbook, printing rows, time, file
 * size and peak heap. Run it with a small heap, from the project's root:
 *
 * <pre>
 * mvn -B -o -q test-compile dependency:build-classpath -Dmdep.outputFile=target/cp.txt
 * java -Xmx1g -cp target/classes:target/test-classes:$(cat target/cp.txt) \
 *     kr.gpuprogram.reports.report.excel.WorkbookScaleCheck [out-dir, default target/scale-check]
 * </pre>
 */
public final class WorkbookScaleCheck {

    private WorkbookScaleCheck() {
    }

    public static void main(String[] args) throws Exception {
        Path out = Path.of(args.length > 0 ? args[0] : "target/scale-check").toAbsolutePath();
        Path pgdata = out.resolve("pgdata");
        Files.createDirectories(out);
        try (EmbeddedPostgres postgres = EmbeddedPostgres.builder()
                .setServerConfig("timezone", "UTC")
                .setOverrideWorkingDirectory(out.resolve("pg-binaries").toFile())
                .start()) {
            DataSource dataSource = postgres.getPostgresDatabase();
            Flyway.configure().dataSource(dataSource).locations("classpath:db/migration").load().migrate();
            JdbcTemplate jdbc = new JdbcTemplate(dataSource);
            long started = System.nanoTime();
            for (String statement : SqlResource.statements("report/excel/scale-check-data.sql")) {
                jdbc.execute(statement);
            }
            jdbc.execute("ANALYZE");
            System.out.printf(Locale.ROOT, "data: %d GPUs in %d clusters, %d allocations, %d daily_allocation rows, "
                            + "%d rejects; loaded in %.1f s%n",
                    jdbc.queryForObject("SELECT sum(gpu_count) FROM cluster_period", Long.class),
                    jdbc.queryForObject("SELECT count(*) FROM cluster_period", Long.class),
                    jdbc.queryForObject("SELECT count(*) FROM allocation", Long.class),
                    jdbc.queryForObject("SELECT count(*) FROM daily_allocation", Long.class),
                    jdbc.queryForObject("SELECT count(*) FROM input_reject", Long.class),
                    seconds(started));

            ReportSettings settings = ReportSettings.defaults(out, out, pgdata);
            TransactionTemplate transactions = new TransactionTemplate(new DataSourceTransactionManager(dataSource));
            transactions.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
            StreamedRows rows = new StreamedRows(dataSource, transactions);
            NamedParameterJdbcTemplate named = new NamedParameterJdbcTemplate(dataSource);
            PeriodReportQuery figuresQuery = new PeriodReportQuery(named, settings, new DailyDetailQuery(rows), rows,
                    new kr.gpuprogram.reports.report.OutlookQuery(named, settings));
            WorkbookWriter writer = new WorkbookWriter(settings);
            Period month = Period.month(YearMonth.of(2026, 11));

            System.gc();
            resetPeaks();
            long loadStarted = System.nanoTime();
            PeriodReport figures = figuresQuery.load(month, null);
            double loadSeconds = seconds(loadStarted);
            long writeStarted = System.nanoTime();
            writer.write(figures, out);
            double writeSeconds = seconds(writeStarted);
            Path file = out.resolve(WorkbookWriter.fileName(month.name()));
            System.out.printf(Locale.ROOT, "figures: %d clusters, %d institutions, %d reclaim, %d missing, %d rejects; "
                            + "loaded in %.1f s%n", figures.clusters().size(), figures.institutions().size(),
                    figures.reclaim().size(), figures.missing().size(), figures.rejects().count(), loadSeconds);
            System.out.printf(Locale.ROOT, "workbook: %s, %.1f MB, written in %.1f s%n", file,
                    Files.size(file) / 1_000_000.0, writeSeconds);
            System.out.printf(Locale.ROOT, "heap: max %d MB, peak used %d MB (sum of the heap pools' peaks since the "
                    + "figures were loaded)%n", Runtime.getRuntime().maxMemory() >> 20, peakHeap() >> 20);
        }
    }

    private static double seconds(long startedNanos) {
        return (System.nanoTime() - startedNanos) / 1e9;
    }

    private static void resetPeaks() {
        for (MemoryPoolMXBean pool : ManagementFactory.getMemoryPoolMXBeans()) {
            pool.resetPeakUsage();
        }
    }

    private static long peakHeap() {
        long peak = 0;
        for (MemoryPoolMXBean pool : ManagementFactory.getMemoryPoolMXBeans()) {
            if (pool.getType() == MemoryType.HEAP && pool.getPeakUsage() != null) {
                peak += pool.getPeakUsage().getUsed();
            }
        }
        return peak;
    }
}
