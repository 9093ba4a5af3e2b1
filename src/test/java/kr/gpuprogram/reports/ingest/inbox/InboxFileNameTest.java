package kr.gpuprogram.reports.ingest.inbox;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;

/** The kind, cluster and day an inbox file's name carries; anything else is no inbox file. */
class InboxFileNameTest {

    @Test
    void jobAndTelemetryFilesNameTheirClusterAndDay() {
        assertThat(InboxFileName.parse("jobs-hanbit-h100-2026-11-25.csv")).contains(
                new InboxFileName(InboxFileName.JOBS, "hanbit-h100", LocalDate.parse("2026-11-25")));
        assertThat(InboxFileName.parse("gpu-metrics-gaon-b200-2026-11-05.csv")).contains(
                new InboxFileName(InboxFileName.TELEMETRY, "gaon-b200", LocalDate.parse("2026-11-05")));
    }

    @Test
    void otherNamesAndImpossibleDatesAreNoInboxFiles() {
        assertThat(InboxFileName.parse("readme.txt")).isEmpty();
        assertThat(InboxFileName.parse("jobs-demo-2026-02-30.csv")).isEmpty();
        assertThat(InboxFileName.parse("jobs-demo-2026-11-25.csv.part")).isEmpty();
        assertThat(InboxFileName.parse("jobs--2026-11-25.csv")).isEmpty();
    }
}
