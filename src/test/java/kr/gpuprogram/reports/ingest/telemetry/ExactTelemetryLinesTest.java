package kr.gpuprogram.reports.ingest.telemetry;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import kr.gpuprogram.reports.ingest.inbox.InboxFile;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The exact way of reading a telemetry file: line numbers as commons-csv counts them, whole-file rejects, restarts. */
class ExactTelemetryLinesTest {

    @TempDir
    Path dir;

    private InboxFile file(String content) throws Exception {
        Path path = dir.resolve("gpu-metrics-demo-2026-11-05.csv");
        Files.writeString(path, content, StandardCharsets.UTF_8);
        return new InboxFile(1, path.getFileName().toString(), "telemetry", "demo", LocalDate.of(2026, 11, 5), path,
                Files.size(path), "UTF-8", null);
    }

    @Test
    void linesAreNumberedAsCommonsCsvNumbersThemAndARestartSkipsWhatWasStored() throws Exception {
        InboxFile file = file("timestamp,cluster_id,hostname,gpu,job_id,gpu_util\n"
                + "2026-11-05T01:00:00+09:00,demo,n1,0,1,90\n\n"
                + "2026-11-05T01:01:00+09:00,demo,n1,0,1,\"8\"5\n"
                + "2026-11-05T01:02:00+09:00,demo,n1,0,1,70\n");
        try (ExactTelemetryLines lines = ExactTelemetryLines.open(file, 1)) {
            assertThat(lines.problem()).isNull();
            assertThat(lines.header()).containsEntry("gpu_util", 5).containsEntry("timestamp", 0);
            assertThat(lines.linesRead()).isEqualTo(1);
            assertThat(lines.next()).endsWith("\"8\"5");
            assertThat(lines.lineNo()).isEqualTo(3);
            assertThat(lines.next()).endsWith("70");
            assertThat(lines.lineNo()).isEqualTo(4);
            assertThat(lines.next()).isNull();
            assertThat(lines.linesRead()).isEqualTo(3);
        }
    }

    @Test
    void aFileWithoutAUsableHeaderIsOneRejectAtLineZero() throws Exception {
        try (ExactTelemetryLines lines = ExactTelemetryLines.open(file("time,host,util\n2026-11-05T01:00:00,n1,90\n"), 0)) {
            assertThat(lines.problem()).contains("gpu_util");
            assertThat(lines.header()).isNull();
            assertThat(lines.next()).containsExactly("time", "host", "util");
            assertThat(lines.lineNo()).isZero();
            assertThat(lines.next()).as("no line after the header is read").isNull();
        }
        try (ExactTelemetryLines lines = ExactTelemetryLines.open(file(""), 0)) {
            assertThat(lines.problem()).isEqualTo("no header row and no lines");
            assertThat(lines.next()).isEmpty();
            assertThat(lines.next()).isNull();
        }
    }

    @Test
    void aFileThatIsNoTextIsItsSizeAtLineZeroUntilStored() throws Exception {
        InboxFile binary = new InboxFile(1, "gpu-metrics-demo-2026-11-05.csv", "telemetry", "demo",
                LocalDate.of(2026, 11, 5), dir.resolve("x"), 4096, null, "binary data (NUL bytes), not a text file");
        ExactTelemetryLines first = ExactTelemetryLines.notText(binary, 0);
        assertThat(first.problem()).startsWith("binary data");
        assertThat(first.next()).containsExactly("(4096 bytes)");
        assertThat(first.next()).isNull();
        assertThat(ExactTelemetryLines.notText(binary, 1).next()).as("stored by a committed chunk").isNull();
    }
}
