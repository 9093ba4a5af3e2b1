import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.Statement;

/**
 * Bench only (never in the shipped jar): DuckDB's time on the same telemetry files, the
 * analyst's query of SPEC's telemetry figures: per job, the samples below 5% (active idle)
 * and the mean utilisation. Run by bench/nightly-benchmark.sh and bench/prometheus-json-benchmark.sh
 * with the DuckDB JDBC driver that bench/common.sh fetches into target/bench/lib:
 *   java -cp target/bench/lib/duckdb_jdbc-1.4.4.0.jar:target/bench/duckdb-classes DuckDbTelemetry 'DIR/gpu-metrics-*.csv' [FORM]
 * The generator's files are read by position; FORM "other" (bench/other-exporter.awk's files,
 * with other columns in another order) has DuckDB find the columns by their names; FORM
 * "prometheus" reads range-query bodies (gpu-metrics-*.json) with read_json and two unnests.
 */
public class DuckDbTelemetry {
    public static void main(String[] args) throws Exception {
        long started = System.nanoTime();
        String form = args.length > 1 ? args[1] : "generator";
        String files = args[0].replace("'", "''");
        String samples = switch (form) {
            case "other" -> ("SELECT job_id, gpu_util FROM read_csv('%s', header = true, types = {'timestamp': 'TIMESTAMPTZ', "
                    + "'job_id': 'VARCHAR', 'gpu_util': 'DOUBLE'})").formatted(files);
            case "prometheus" -> """
                    SELECT s.metric['hpc_job'] AS job_id, CAST(v[2] AS DOUBLE) AS gpu_util
                    FROM (SELECT s, unnest(s."values") AS v
                          FROM (SELECT unnest(data.result) AS s
                                FROM read_json('%s', maximum_object_size = %d,
                                     columns = {status: 'VARCHAR', data: 'STRUCT(resultType VARCHAR, result STRUCT(metric MAP(VARCHAR, VARCHAR), "values" VARCHAR[][])[])'})))
                    """.formatted(files, largestFile(args[0]) + 1_048_576);
            default -> """
                    SELECT job_id, gpu_util FROM read_csv('%s', header = true, auto_detect = false,
                         columns = {'timestamp': 'TIMESTAMPTZ', 'cluster_id': 'VARCHAR', 'hostname': 'VARCHAR',
                                    'gpu': 'INTEGER', 'job_id': 'VARCHAR', 'gpu_util': 'DOUBLE'})""".formatted(files);
        };
        String query = """
                SELECT job_id, count(*) FILTER (WHERE gpu_util < 5) AS idle_samples, avg(gpu_util) AS mean_util,
                       count(*) AS samples
                FROM (%s)
                WHERE job_id IS NOT NULL AND job_id <> ''
                GROUP BY job_id
                """.formatted(samples);
        try (Connection connection = DriverManager.getConnection("jdbc:duckdb:");
             Statement statement = connection.createStatement()) {
            // its first run on the Prometheus form took 15.4 of a shared machine's 18.8 GiB and failed:
            // a benchmark must not take the machine
            statement.execute("SET memory_limit = '4GB'");
            long jobs = 0;
            long jobSamples = 0;
            double idle = 0;
            try (ResultSet rs = statement.executeQuery(query)) {
                while (rs.next()) {
                    jobs++;
                    idle += rs.getLong("idle_samples");
                    jobSamples += rs.getLong("samples");
                }
            }
            System.out.printf("duckdb: %d jobs, %d job samples, %.0f active-idle samples in %.1f s (query and JVM work, "
                    + "driver loaded)%n", jobs, jobSamples, idle, (System.nanoTime() - started) / 1e9);
        }
    }

    /**
     * A range-query body is one JSON object per file: DuckDB must be told the largest, and allocates
     * buffers of the bound it is given, so a generous one (4 GB, the first try) fails with "failed to
     * allocate data of size 7.4 GiB" under any memory limit.
     */
    private static long largestFile(String glob) throws Exception {
        Path pattern = Path.of(glob);
        long largest = 0;
        try (DirectoryStream<Path> matched = Files.newDirectoryStream(pattern.getParent(), pattern.getFileName().toString())) {
            for (Path file : matched) {
                largest = Math.max(largest, Files.size(file));
            }
        }
        return largest;
    }
}
