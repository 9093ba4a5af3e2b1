package kr.gpuprogram.reports.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import kr.gpuprogram.reports.support.GlossaryFixture;
import org.junit.jupiter.api.Test;

/** The glossary itself: one name per figure, its list in docs/, and the PDF templates' static texts. */
class GlossaryTest {

    @Test
    void everyTermHasItsOwnKoreanAndEnglishName() {
        Map<String, Term> korean = new HashMap<>();
        Map<String, Term> english = new HashMap<>();
        for (Term term : Term.values()) {
            assertThat(korean.put(term.ko(), term)).as("two terms named " + term.ko()).isNull();
            assertThat(english.put(term.en(), term)).as("two terms named " + term.en()).isNull();
        }
    }

    @Test
    void theSentencesAroundTheFiguresUseNoRetiredWordAndSayInServiceOneWay() {
        for (Wording wording : Wording.values()) {
            GlossaryFixture.assertNoRetiredWords("Wording." + wording, wording.pattern());
            assertThat(wording.pattern()).as("Wording." + wording + ": in service is 가동").doesNotContain("운영 클러스터");
        }
    }

    /**
     * Every Korean text a writer shows comes from {@link Term} or {@link Wording}: a Korean
     * string literal anywhere else in the report and delivery code is a label or sentence that
     * escaped the glossary.
     */
    @Test
    void noWriterHasAKoreanTextOfItsOwn() throws IOException {
        Pattern koreanLiteral = Pattern.compile("\"[^\"\\n]*[\uAC00-\uD7A3][^\"\\n]*\"");
        List<String> found = new java.util.ArrayList<>();
        for (String folder : List.of("report", "delivery")) {
            try (Stream<Path> files = Files.walk(Path.of("src/main/java/kr/gpuprogram/reports", folder))) {
                for (Path file : files.filter(f -> f.toString().endsWith(".java")).sorted().toList()) {
                    String name = file.getFileName().toString();
                    if (name.equals("Term.java") || name.equals("Wording.java")) {
                        continue;
                    }
                    Matcher m = koreanLiteral.matcher(Files.readString(file, StandardCharsets.UTF_8));
                    while (m.find()) {
                        found.add(name + ": " + m.group());
                    }
                }
            }
        }
        assertThat(found).isEmpty();
    }

    @Test
    void aRetiredWordIsNoCurrentName() {
        List<String> names = Stream.of(Term.values()).map(Term::ko).toList();
        for (Term term : Term.values()) {
            for (String retired : term.retired()) {
                assertThat(names).as(term + "'s retired word").doesNotContain(retired);
            }
        }
    }

    @Test
    void sectorsAreListedInReportOrderWithTheirGlossaryNames() {
        assertThat(Sector.CODES).containsExactly("INDUSTRY", "ACADEMIA", "RESEARCH", "PUBLIC");
        assertThat(Sector.RESEARCH.term().ko()).isEqualTo(Term.SECTOR_RESEARCH.ko()).isEqualTo("연구기관");
        assertThat(Sector.ACADEMIA.label()).isEqualTo("학계 (ACADEMIA)");
    }

    @Test
    void docsGlossaryListsEveryTerm() throws IOException {
        String doc = Files.readString(Path.of("docs/glossary.md"), StandardCharsets.UTF_8);
        for (Term term : Term.values()) {
            assertThat(doc).as("docs/glossary.md lists " + term).contains("| " + term.ko() + " | " + term.en() + " |");
        }
    }

    /** The templates' static texts may stay in the .jrxml files, but in the glossary's words. */
    @Test
    void thePdfTemplatesUseNoRetiredWord() throws IOException {
        Pattern text = Pattern.compile("<(?:text|expression)><!\\[CDATA\\[(.*?)]]>", Pattern.DOTALL);
        try (Stream<Path> templates = Files.list(Path.of("report-templates"))) {
            for (Path template : templates.filter(p -> p.toString().endsWith(".jrxml")).toList()) {
                Matcher m = text.matcher(Files.readString(template, StandardCharsets.UTF_8));
                int texts = 0;
                while (m.find()) {
                    GlossaryFixture.assertNoRetiredWords(template.getFileName().toString(), m.group(1));
                    texts++;
                }
                assertThat(texts).as(template + " has texts").isPositive();
            }
        }
    }

    /** Every table header of the PDF is a glossary term, its unit (GPU-h, 원, h, %) after it. */
    @Test
    void thePdfTableHeadersAreGlossaryTerms() throws IOException {
        Pattern header = Pattern.compile("style=\"Header\"[^>]*>\\s*<text><!\\[CDATA\\[(.*?)]]>", Pattern.DOTALL);
        int headers = 0;
        try (Stream<Path> templates = Files.list(Path.of("report-templates"))) {
            for (Path template : templates.filter(p -> p.toString().endsWith(".jrxml")).toList()) {
                Matcher m = header.matcher(Files.readString(template, StandardCharsets.UTF_8));
                while (m.find()) {
                    String label = m.group(1).replace('\n', ' ').replaceAll("\\s*(GPU-h|\\(원\\)|\\(h\\)|%)$", "");
                    if (!label.startsWith("$P{")) {
                        GlossaryFixture.assertKorean(template.getFileName() + "'s header", label);
                        headers++;
                    }
                }
            }
        }
        assertThat(headers).isGreaterThan(40);
    }

    @Test
    void theRetiredWordsCheckFailsOnAnOldWord() {
        org.assertj.core.api.Assertions.assertThatThrownBy(() ->
                GlossaryFixture.assertNoRetiredWords("mail", "배분 대비 사용률 / Allocation utilization: 20%"))
                .hasMessageContaining("still says \"배분\"").hasMessageContaining("the glossary says \"할당\"");
        // a current term that holds a retired word is not flagged
        GlossaryFixture.assertNoRetiredWords("pdf", "구간 유휴 금액 (원)");
    }

    @Test
    void theTermCheckFailsOnALabelTheGlossaryNamesOtherwise() {
        org.assertj.core.api.Assertions.assertThatThrownBy(() ->
                GlossaryFixture.assertTerm("mail", "작업 중 유휴", "Active idle")).hasMessageContaining("활성 유휴");
        org.assertj.core.api.Assertions.assertThatThrownBy(() ->
                GlossaryFixture.assertTerm("workbook", "새 항목", "New figure")).hasMessageContaining("not in the glossary");
        GlossaryFixture.assertTerm("workbook", "할당 GPU-시간", "Allocated GPU-h");
    }
}
