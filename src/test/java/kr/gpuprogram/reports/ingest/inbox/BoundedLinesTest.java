package kr.gpuprogram.reports.ingest.inbox;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.BufferedReader;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import kr.gpuprogram.reports.ingest.ClassifiedLine.Rejected;
import kr.gpuprogram.reports.ingest.ClassifiedLine;
import kr.gpuprogram.reports.ingest.reference.ClusterCatalog;
import kr.gpuprogram.reports.ingest.sacct.SacctLineParser;
import org.junit.jupiter.api.Test;

/** Lines are read in bounded memory and step lines are checked before they are counted; no Spring. */
class BoundedLinesTest {

    @Test
    void aLineLongerThanTheLimitIsCutAtOneMoreCharacterAndTheNextLinesKeepTheirPlace() throws IOException {
        // a 1,000,000-character line between two short ones, read through a reader that keeps 10
        String text = "short\r\n" + "x".repeat(1_000_000) + "\nafter\n";
        Reader bounded = new BoundedLineReader(new java.io.StringReader(text), 10);
        List<String> lines = new BufferedReader(bounded, 7).lines().toList();
        assertThat(lines).containsExactly("short", "xxxxxxxxxx", "after");
    }

    @Test
    void theInboxReadersSeeAtMostOneCharacterMoreThanTheLimit() throws IOException {
        String huge = "9|demo|" + "y".repeat(3 * CsvInput.MAX_LINE_CHARACTERS);
        byte[] content = ("JobID|Cluster\n" + huge + "\n10|demo\n").getBytes(StandardCharsets.UTF_8);
        try (var parser = org.apache.commons.csv.CSVParser.builder()
                .setReader(CsvInput.reader(new ByteArrayInputStream(content), StandardCharsets.UTF_8))
                .setFormat(CsvInput.pipeSeparated()).get()) {
            List<org.apache.commons.csv.CSVRecord> records = parser.getRecords();
            assertThat(records).hasSize(3);
            assertThat(String.join("|", records.get(1).values())).hasSize(CsvInput.MAX_LINE_CHARACTERS + 1).startsWith("9|demo|yyy");
            assertThat(records.get(2).values()).containsExactly("10", "demo");
        }
    }

    @Test
    void aTooLongLineIsOneRejectShowingItsFirst200Characters() {
        String cut = "9|demo|" + "y".repeat(CsvInput.MAX_LINE_CHARACTERS);
        ClassifiedLine classified = classify("JobID|Cluster|Account|User|Start|End|State|AllocTRES", cut);

        assertThat(classified).isInstanceOf(Rejected.class);
        assertThat(((Rejected) classified).reason()).isEqualTo("line longer than 65536 characters: not a sacct line");
        assertThat(CsvInput.shorten(classified.content()))
                .isEqualTo(cut.substring(0, 200) + "... (a line of more than 65536 characters)");
    }

    @Test
    void aStepLineOfAnotherClusterIsARejectNotAStep() {
        ClassifiedLine classified = classify("JobID|Cluster|Account|User|Start|End|State|AllocTRES",
                "900.1|other-cluster|P-1|kim|2026-11-05T01:00:00|2026-11-05T02:00:00|COMPLETED|gres/gpu=2");

        assertThat(classified).isInstanceOf(Rejected.class);
        assertThat(((Rejected) classified).reason()).isEqualTo("Cluster 'other-cluster' is not the file's cluster 'demo'");
    }

    @Test
    void aStepLineOfTheFilesClusterIsStillAStep() {
        ClassifiedLine classified = classify("JobID|Cluster|Account|User|Start|End|State|AllocTRES",
                "900.1|demo|P-1|kim|2026-11-05T01:00:00|2026-11-05T02:00:00|COMPLETED|gres/gpu=2");

        assertThat(classified).isInstanceOf(ClassifiedLine.Step.class);
    }

    private static ClassifiedLine classify(String header, String line) {
        InboxFile file = new InboxFile(1, "jobs-demo-2026-11-05.csv", "jobs", "demo", LocalDate.parse("2026-11-05"),
                Path.of("jobs-demo-2026-11-05.csv"));
        SacctLineParser parser = new SacctLineParser(new ClusterCatalog(Map.of(
                "demo", new ClusterCatalog.Entry("demo", ZoneId.of("Asia/Seoul"), 8))));
        String[] values = line.split("\\|", -1);
        return parser.classify(new InputLine(file, 2, FileHeader.sacct(header.split("\\|", -1)), Arrays.asList(values),
                line, null));
    }
}
