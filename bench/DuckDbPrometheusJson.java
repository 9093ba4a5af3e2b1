import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.Statement;

/**
 * Bench only (never in the shipped jar): DuckDB's time on the same Prometheus range-query
 * bodies (gpu-metrics-*.json) for the analyst's query of SPEC's telemetry figures (per job: the
 * samples below 5 %, the mean utilisation), with read_json and unnest:
 *   java -cp target/bench/lib/duckdb_jdbc-1.4.4.0.jar bench/DuckDbPrometheusJson.java 'DIR/gpu-metrics-*.json'
 */
public class DuckDbPrometheusJson {
    public static void main(String[] args) throws Exception {
        long started = System.nanoTime();
        String files = args[0].replace("'", "''");
        String query = """
                WITH series AS (
                    SELECT unnest(data.result) AS s
                    FROM read_json('%s', maximum_object_size = 4000000000,
                                   columns = {status: 'VARCHAR',
                                              data: 'STRUCT(resultType VARCHAR, result STRUCT(metric MAP(VARCHAR, VARCHAR), "values" VARCHAR[][])[])'})),
                samples AS (
                    SELECT s.metric['hpc_job'] AS job_id, unnest(s."values") AS v FROM series)
                SELECT job_id, count(*) FILTER (WHERE CAST(v[2] AS DOUBLE) < 5) AS idle_samples,
                       avg(CAST(v[2] AS DOUBLE)) AS mean_util, count(*) AS samples
                FROM samples
                WHERE job_id IS NOT NULL AND job_id <> ''
                GROUP BY job_id
                """.formatted(files);
        try (Connection connection = DriverManager.getConnection("jdbc:duckdb:");
             Statement statement = connection.createStatement()) {
            // its first run here (10 files of 25 MB, one JSON object each) took 15.4 of the machine's 18.8 GiB
            // and failed: a shared machine's benchmark must not take it all
            statement.execute("SET memory_limit = '4GB'");
            statement.execute("SET preserve_insertion_order = false");
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
            System.out.printf("duckdb: %d jobs, %d job samples, %.0f idle samples in %d ms%n", jobs, samples, idle,
                    (System.nanoTime() - started) / 1_000_000);
        }
    }
}
