import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.Statement;

/**
 * Bench only (never in the shipped jar): DuckDB's time on the same telemetry files, the
 * analyst's query of SPEC's telemetry figures: per job, the samples below 5% (active idle)
 * and the mean utilisation. Run by bench/nightly-benchmark.sh with the DuckDB JDBC driver
 * that it fetches into target/bench/lib:
 *   java -cp target/bench/lib/duckdb_jdbc-1.4.4.0.jar bench/DuckDbTelemetry.java 'DIR/gpu-metrics-*.csv' [ORDER]
 * The generator's files are read by position; ORDER "other" (bench/other-exporter.awk's files,
 * with other columns in another order) has DuckDB find the columns by their names.
 */
public class DuckDbTelemetry {
    public static void main(String[] args) throws Exception {
        long started = System.nanoTime();
        String files = args[0].replace("'", "''");
        String source = args.length > 1 && args[1].equals("other")
                ? "read_csv('%s', header = true, types = {'timestamp': 'TIMESTAMPTZ', 'job_id': 'VARCHAR', 'gpu_util': 'DOUBLE'})"
                        .formatted(files)
                : """
                read_csv('%s', header = true, auto_detect = false,
                     columns = {'timestamp': 'TIMESTAMPTZ', 'cluster_id': 'VARCHAR', 'hostname': 'VARCHAR',
                                'gpu': 'INTEGER', 'job_id': 'VARCHAR', 'gpu_util': 'DOUBLE'})""".formatted(files);
        String query = """
                SELECT job_id, count(*) FILTER (WHERE gpu_util < 5) AS idle_samples, avg(gpu_util) AS mean_util,
                       count(*) AS samples
                FROM %s
                WHERE job_id IS NOT NULL
                GROUP BY job_id
                """.formatted(source);
        try (Connection connection = DriverManager.getConnection("jdbc:duckdb:");
             Statement statement = connection.createStatement()) {
            long jobs = 0;
            long samples = 0;
            double idle = 0;
            try (ResultSet rs = statement.executeQuery(query)) {
                while (rs.next()) {
                    jobs++;
                    idle += rs.getLong("idle_samples");
                    samples += rs.getLong("samples");
                }
            }
            System.out.printf("duckdb: %d jobs, %d job samples, %.0f active-idle samples in %.1f s (query and JVM work, "
                    + "driver loaded)%n", jobs, samples, idle, (System.nanoTime() - started) / 1e9);
        }
    }
}
