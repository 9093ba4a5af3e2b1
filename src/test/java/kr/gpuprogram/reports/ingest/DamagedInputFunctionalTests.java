package kr.gpuprogram.reports.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import kr.gpuprogram.reports.support.Allocations;
import kr.gpuprogram.reports.support.DemoProgram;
import kr.gpuprogram.reports.support.FunctionalTestSupport;
import kr.gpuprogram.reports.support.ReportCsv;
import org.junit.jupiter.api.Test;

/**
 * The corpus of damaged files under {@code src/test/resources/damaged}: each damaged line is in
 * rejects.csv with its expected reason, the run goes on, and for every file the lines read
 * equal the lines used plus the lines rejected plus the jobs that never started.
 */
class DamagedInputFunctionalTests extends FunctionalTestSupport {

    private static final Path CORPUS = Path.of("src/test/resources/damaged");

    @Test
    void everyDamagedLineIsRejectedWithItsReasonAndEveryLineIsAccountedFor() throws Exception {
        // given: job file number i is the demo cluster's file of November i; telemetry likewise
        givenTheDemoReference();
        reference("allocations.csv", Allocations.of()
                .row("P-1", "I-1", "거대언어모델 연구", "demo", 4, "2026-11-01", "2026-11-30")
                .row("P-2", "I-404", "없는 기관", "demo", 1, "2026-11-01", "2026-11-30")
                .row("P-3", "I-1", "없는 클러스터", "mars", 1, "2026-11-01", "2026-11-30")
                .csv());
        Map<String, String> inboxNameOf = new LinkedHashMap<>();
        copyCorpus("jobs", "jobs-demo-2026-11-%02d.csv", inboxNameOf);
        copyCorpus("telemetry", "gpu-metrics-demo-2026-11-%02d.csv", inboxNameOf);

        // when
        assertCompleted(run(LocalDate.parse("2026-11-12")));
        assertCompleted(rerun(LocalDate.parse("2026-11-01"), LocalDate.parse("2026-11-12")));

        // then: exactly the expected rejects, each with its reason
        ReportCsv rejects = report("2026-11-01_2026-11-12", "rejects.csv");
        List<String> expected = new ArrayList<>();
        for (String kind : List.of("jobs", "telemetry")) {
            for (Map<String, String> row : ReportCsv.read(CORPUS.resolve(kind).resolve("expected-rejects.csv")).rows()) {
                String file = "inbox/" + inboxNameOf.get(kind + "/" + row.get("file"));
                expected.add(file + ":" + row.get("line"));
                Map<String, String> reject = rejects.rows().stream()
                        .filter(r -> r.get("file").equals(file) && r.get("line").equals(row.get("line")))
                        .findFirst().orElseThrow(() -> new AssertionError("no reject for " + row));
                assertThat(reject.get("reason")).as(row.get("file") + ":" + row.get("line")).startsWith(row.get("reason"));
            }
        }
        List<String> actual = rejects.rows().stream().filter(r -> r.get("file").startsWith("inbox/"))
                .map(r -> r.get("file") + ":" + r.get("line")).toList();
        assertThat(actual).containsExactlyInAnyOrderElementsOf(expected);
        assertThat(rejects.rows().stream().filter(r -> r.get("file").equals("reference/allocations.csv"))
                .map(r -> r.get("reason"))).containsExactly("unknown institution_id I-404", "unknown cluster_id mars");
        assertThat(rejects.rows()).allSatisfy(r -> assertThat(r.get("content").length()).isLessThan(2_100));

        // every line of every file is used, rejected, a job that never started or a job step; a file
        // that cannot be read at all is its one reject at line 0, and its day is missing
        ReportCsv missing = report("2026-11-01_2026-11-12", "missing.csv");
        for (Map.Entry<String, String> file : inboxNameOf.entrySet()) {
            Map<String, Object> counts = jdbc.queryForMap("SELECT lines_read, lines_used, lines_rejected, lines_not_started, "
                    + "lines_step, file_date, kind FROM inbox_file WHERE file_name = ?", file.getValue());
            int read = (Integer) counts.get("lines_read");
            assertThat(read).as(file.getKey()).isEqualTo((Integer) counts.get("lines_used")
                    + (Integer) counts.get("lines_rejected") + (Integer) counts.get("lines_not_started")
                    + (Integer) counts.get("lines_step"));
            boolean unreadable = rejects.rows().stream().anyMatch(r -> r.get("file").equals("inbox/" + file.getValue())
                    && r.get("line").equals("0"));
            Path path = CORPUS.resolve(file.getKey());
            if (unreadable) {
                assertThat(read).as("lines of " + file.getKey()).isEqualTo(1);
                assertThat(counts.get("lines_used")).isEqualTo(0);
                assertThat(missing.rows()).as(file.getKey()).anyMatch(m -> m.get("cluster_id").equals("demo")
                        && m.get("date").equals(counts.get("file_date").toString()) && m.get("kind").equals(counts.get("kind")));
            } else {
                assertThat(read).as("lines of " + file.getKey()).isEqualTo(physicalLines(path) - (hasHeader(path) ? 1 : 0));
            }
        }
    }

    private void copyCorpus(String kind, String namePattern, Map<String, String> inboxNameOf) throws Exception {
        try (Stream<Path> files = Files.list(CORPUS.resolve(kind))) {
            for (Path file : files.filter(f -> f.getFileName().toString().matches("\\d\\d-.*")).sorted().toList()) {
                int day = Integer.parseInt(file.getFileName().toString().substring(0, 2));
                String inboxName = String.format(namePattern, day);
                Files.copy(file, settings.inboxDir().resolve(inboxName));
                inboxNameOf.put(kind + "/" + file.getFileName(), inboxName);
            }
        }
    }

    private static boolean hasHeader(Path file) throws Exception {
        String first = new String(Files.readAllBytes(file), StandardCharsets.ISO_8859_1).lines().findFirst().orElse("");
        return first.replace("\u00EF\u00BB\u00BF", "").toLowerCase(java.util.Locale.ROOT).matches("(jobid|timestamp).*");
    }

    private static int physicalLines(Path file) throws Exception {
        String text = new String(Files.readAllBytes(file), StandardCharsets.ISO_8859_1);
        return (int) text.lines().filter(l -> !l.isBlank()).count();
    }
}
