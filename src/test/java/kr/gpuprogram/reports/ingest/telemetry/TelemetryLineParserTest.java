package kr.gpuprogram.reports.ingest.telemetry;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Map;
import kr.gpuprogram.reports.ingest.LineProblem;
import kr.gpuprogram.reports.ingest.inbox.InboxFile;
import kr.gpuprogram.reports.ingest.reference.ClusterCatalog;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * The exact telemetry parser on the lines of DCGM exports (SPEC.md's columns {@code timestamp,
 * cluster_id, hostname, gpu, job_id, gpu_util}), without Spring: which program day a sample
 * belongs to, and why a line is refused.
 */
class TelemetryLineParserTest {

    private static final ZoneId SEOUL = ZoneId.of("Asia/Seoul");
    private static final ClusterCatalog CATALOG = new ClusterCatalog(Map.of(
            "demo", new ClusterCatalog.Entry("demo", SEOUL, 8),
            "utc1", new ClusterCatalog.Entry("utc1", ZoneId.of("UTC"), 8)));
    private static final Map<String, Integer> HEADER = Map.of("timestamp", 0, "cluster_id", 1, "hostname", 2, "gpu", 3,
            "job_id", 4, "gpu_util", 5);

    private static TelemetryLineParser parser(String cluster) {
        return new TelemetryLineParser(new InboxFile(1, "gpu-metrics-" + cluster + "-2026-11-05.csv", "telemetry", cluster,
                LocalDate.of(2026, 11, 5), Path.of("inbox")), HEADER, CATALOG, SEOUL);
    }

    @ParameterizedTest(name = "{0},{1} -> {2} job ''{3}'' util {4}")
    @CsvSource(delimiter = ';', value = {
            // a sample belongs to the program-zone day of its timestamp
            "2026-11-05T00:00:00;demo;2026-11-05;101;87",
            "2026-11-05T23:59:00;demo;2026-11-05;101;87",
            // a UTC cluster's 15:00 is Seoul's next midnight
            "2026-11-05T14:59:00;utc1;2026-11-05;101;87",
            "2026-11-05T15:00:00;utc1;2026-11-06;101;87",
            // an offset wins over the cluster's zone, in the forms exporters write
            "2026-11-05T15:00:00Z;demo;2026-11-06;101;87",
            "2026-11-05T23:30:00+09:00;utc1;2026-11-05;101;87",
            "2026-11-05T23:30:00+0900;utc1;2026-11-05;101;87",
            "2026-11-05T14:30:00+00;demo;2026-11-05;101;87",
            // an idle GPU has no job; utilisation may have decimals
            "2026-11-05T10:00:00;demo;2026-11-05;;0",
            "2026-11-05T10:00:00;demo;2026-11-05;101;42.5",
    })
    void aSampleBelongsToTheProgramDayOfItsTimestamp(String timestamp, String cluster, LocalDate day, String job,
                                                    String util) {
        String jobId = job == null ? "" : job;
        String[] line = {timestamp, cluster, "node-01", "3", jobId, util};

        TelemetryLineParser.Sample sample = parser(cluster).parse(line);

        assertThat(sample).isEqualTo(new TelemetryLineParser.Sample(day, jobId, Double.parseDouble(util)));
    }

    @ParameterizedTest(name = "{1}")
    @CsvSource(delimiter = ';', value = {
            "2026-11-05 10:00;timestamp '2026-11-05 10:00' is not an ISO-8601 date-time",
            "2026-11-31T10:00:00;timestamp '2026-11-31T10:00:00' is not an ISO-8601 date-time",
    })
    void aTimestampThatIsNotADateTimeIsRefused(String timestamp, String reason) {
        assertThatThrownBy(() -> parser("demo").parse(new String[] {timestamp, "demo", "node-01", "0", "1", "50"}))
                .isInstanceOf(LineProblem.class).hasMessage(reason);
    }

    @ParameterizedTest(name = "{6}")
    @CsvSource(delimiter = ';', value = {
            "2026-11-05T10:00:00;utc1;node-01;0;1;50;cluster_id 'utc1' is not the file's cluster 'demo'",
            "2026-11-05T10:00:00;demo;node-01;-1;1;50;gpu '-1' is not a device index",
            "2026-11-05T10:00:00;demo;node-01;4097;1;50;gpu '4097' is not a device index",
            "2026-11-05T10:00:00;demo;node-01;0;1;abc;gpu_util 'abc' is not a number",
            "2026-11-05T10:00:00;demo;node-01;0;1;100.5;gpu_util 100.5 is outside 0-100",
            "2026-11-05T10:00:00;demo;node-01;0;1;NaN;gpu_util NaN is outside 0-100",
    })
    void aLineWithABadValueIsRefusedWithItsReason(String timestamp, String cluster, String host, String gpu, String job,
                                                 String util, String reason) {
        assertThatThrownBy(() -> parser("demo").parse(new String[] {timestamp, cluster, host, gpu, job, util}))
                .isInstanceOf(LineProblem.class).hasMessage(reason);
    }

    @Test
    void aLineWithTooFewFieldsOrOfAnUnknownClusterIsRefused() {
        assertThatThrownBy(() -> parser("demo").parse(new String[] {"2026-11-05T10:00:00", "demo", "node-01", "0", "1"}))
                .hasMessage("expected 6 comma-separated fields, found 5");
        assertThatThrownBy(() -> parser("mars").parse(new String[] {"2026-11-05T10:00:00", "mars", "node-01", "0", "1", "5"}))
                .hasMessage("unknown cluster 'mars' (not in reference/clusters.csv)");
    }

    @Test
    void aRepeatedOrEarlierSampleOfOneGpuIsRefusedAndOtherGpusAreNot() {
        TelemetryLineParser parser = parser("demo");
        parser.parse(new String[] {"2026-11-05T10:01:00", "demo", "node-01", "0", "1", "50"});
        parser.parse(new String[] {"2026-11-05T10:01:00", "demo", "node-01", "1", "1", "50"});
        parser.parse(new String[] {"2026-11-05T10:01:00", "demo", "node-02", "0", "1", "50"});

        assertThatThrownBy(() -> parser.parse(new String[] {"2026-11-05T10:01:00", "demo", "node-01", "0", "1", "50"}))
                .hasMessage("duplicate or out-of-order sample: GPU node-01/0 at 2026-11-05T10:01:00 is not after its previous sample");
        assertThatThrownBy(() -> parser.parse(new String[] {"2026-11-05T10:00:00", "demo", "node-01", "1", "1", "50"}))
                .hasMessageStartingWith("duplicate or out-of-order sample: GPU node-01/1");
        assertThat(parser.parse(new String[] {"2026-11-05T10:02:00", "demo", "node-01", "0", "1", "50"}).util()).isEqualTo(50);
    }
}
