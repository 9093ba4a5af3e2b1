package kr.gpuprogram.reports.report.pdf;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.nio.file.Path;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.List;
import java.util.Map;
import kr.gpuprogram.reports.ReportSettings;
import kr.gpuprogram.reports.report.Sector;
import kr.gpuprogram.reports.report.Term;
import kr.gpuprogram.reports.support.GlossaryFixture;
import org.junit.jupiter.api.Test;

/** The PDF model's labels and sector names are the glossary's, and no text of it uses a retired word. */
class PdfGlossaryTest {

    private final Map<String, Object> model = PdfReportModel.of(GlossaryFixture.month(),
            ReportSettings.defaults(Path.of("sample-data"), Path.of("reports"), Path.of("var")),
            ZonedDateTime.of(2026, 12, 1, 6, 0, 0, 0, ZoneId.of("Asia/Seoul")));

    @Test
    void theLabelFieldsAreGlossaryTerms() {
        // a header's words may be on two lines, so that a narrow column never breaks inside one
        for (String field : List.of("reclaimTitle", "reclaimLastColumn", "unverifiedLastColumn", "reclaimMissingColumn",
                "scopeLabel")) {
            GlossaryFixture.assertKorean("the PDF's " + field, ((String) model.get(field)).replace('\n', ' '));
        }
        assertThat(model.get("unverifiedLastColumn")).isEqualTo("연속 미사용\n일수");
        assertThat(model.get("reclaimMissingColumn")).isEqualTo("파일 누락\n일수");
    }

    @Test
    void sectorsAreNamedAsInTheWorkbook() {
        for (Map<String, Object> row : rows("sectors")) {
            String label = (String) row.get("sector");
            String code = label.substring(label.indexOf('(') + 1, label.length() - 1);
            GlossaryFixture.assertKorean("the PDF's sector table", label.substring(0, label.indexOf(" (")));
            assertThat(label).isEqualTo(Sector.valueOf(code).term().ko() + " (" + code + ")");
        }
        assertThat(rows("sectors")).extracting(r -> (Object) r.get("sector"))
                .containsExactly("산업 (INDUSTRY)", "학계 (ACADEMIA)", "연구기관 (RESEARCH)", "공공 (PUBLIC)");
        assertThat(rows("institutions")).extracting(r -> (Object) r.get("sector"))
                .containsOnly(Term.SECTOR_ACADEMIA.ko(), Term.SECTOR_RESEARCH.ko());
    }

    @Test
    void noTextOfTheModelUsesARetiredWord() {
        for (Map.Entry<String, Object> field : model.entrySet()) {
            check(field.getKey(), field.getValue());
        }
    }

    /** Numbers are formatted once from the rounded value: grouped thousands, the CSV's decimals. */
    @Test
    void figuresAreGroupedAsTheCsvRoundsThem() {
        // the first page's figures, as its summary lines print them
        assertThat(summaryValue(Term.CAPACITY)).isEqualTo("5,760.00");
        assertThat(summaryValue(Term.ALLOCATED_SUPPORT)).isEqualTo("15,120,000");
        assertThat(summaryValue(Term.UTILIZATION)).isEqualTo("0.99");
        assertThat(summaryValue(Term.ACTIVE_IDLE)).isEqualTo("3.00");
        assertThat(rows("operators").get(0)).containsEntry("mean_wait_hours", "0.50").containsEntry("telemetry_coverage_pct", "50.00");
    }

    private void check(String where, Object value) {
        if (value instanceof String text) {
            GlossaryFixture.assertNoRetiredWords("the PDF's " + where, text);
        } else if (value instanceof List<?> list) {
            for (Object row : list) {
                if (row instanceof Map<?, ?> map) {
                    map.forEach((k, v) -> check(where + "." + k, v));
                }
            }
        }
    }

    private Object summaryValue(Term term) {
        return rows("summaryLines").stream().filter(r -> term.ko().equals(r.get("label"))).findFirst()
                .orElseThrow(() -> new AssertionError("no summary line " + term)).get("value");
    }

    @SuppressWarnings("unchecked")
    private List<Map<String, Object>> rows(String field) {
        return (List<Map<String, Object>>) model.get(field);
    }

    @Test
    void theReclaimNoteStatesTheRuleAsConfigured() {
        ReportSettings defaults = ReportSettings.defaults(Path.of("sample-data"), Path.of("reports"), Path.of("var"));
        ReportSettings stricter = new ReportSettings(defaults.dataDir(), defaults.reportDir(), defaults.stateDir(),
                defaults.programZone(), defaults.programName(), 30, 28, new BigDecimal("12.5"),
                defaults.telemetryIntervalSeconds(), defaults.activeIdleThresholdPct(), defaults.chunkSize(),
                defaults.coverageWarningPct(), defaults.mail(), defaults.outlookLowPct());

        String note = (String) PdfReportModel.of(GlossaryFixture.month(), stricter,
                ZonedDateTime.of(2026, 12, 1, 6, 0, 0, 0, ZoneId.of("Asia/Seoul"))).get("reclaimNote");

        assertThat(note).startsWith("최근 28일 구간(할당 시작일에서 자름)의 사용이 할당의 12.5% 미만이고 시작한 지 30일이 지난 ");
        assertThat((String) model.get("reclaimNote")).startsWith("최근 14일 구간(할당 시작일에서 자름)의 사용이 할당의 20% 미만이고 시작한 지 7일이 지난 ");
    }
}
