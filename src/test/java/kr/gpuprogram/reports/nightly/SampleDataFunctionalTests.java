package kr.gpuprogram.reports.nightly;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import kr.gpuprogram.reports.report.Term;
import kr.gpuprogram.reports.support.FunctionalTest;
import kr.gpuprogram.reports.support.FunctionalTestSupport;
import kr.gpuprogram.reports.support.PdfText;
import kr.gpuprogram.reports.support.ReportCsv;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;

/**
 * The nightly job of 2026-11-25 and the month report of 2026-11 on the program in
 * {@code sample-data/}, as the README's first command runs them. Every CSV extract of both
 * periods, the operators' own folders included, must be byte for byte the one kept in
 * {@code src/test/resources/sample-report/}: those were written by the build of commit
 * ed83fba, before the report model was made one, so a refactoring that changes a published
 * figure, a rounding or a row order fails here. A deliberate change of a figure replaces them,
 * with the reason in its commit. {@code summary.csv} (SPEC's one summary) was added to both periods
 * and the operators' folders when it was introduced; every other extract stayed byte-identical.
 */
@FunctionalTest("sample")
class SampleDataFunctionalTests extends FunctionalTestSupport {

    private static final Path SAMPLE = Path.of("sample-data");
    private static final Path EXPECTED = Path.of("src/test/resources/sample-report");

    @Test
    void theSampleProgramsExtractsAreTheOnesPublishedBeforeAndTheDocumentsShowTheSameFigures() throws Exception {
        // given the sample program, copied: the test's data dir is emptied before each test
        copy(SAMPLE.resolve("reference"), settings.referenceDir());
        copy(SAMPLE.resolve("inbox"), settings.inboxDir());

        // when
        assertCompleted(run(LocalDate.parse("2026-11-25")));
        assertCompleted(monthReport(YearMonth.parse("2026-11")));

        // then every extract is byte-identical, and no extract is new or gone
        List<Path> expected = csvFiles(EXPECTED);
        assertThat(csvFiles(settings.reportDir())).as("the extracts written").isEqualTo(expected);
        for (Path file : expected) {
            assertThat(settings.reportDir().resolve(file.toString())).as(file.toString())
                    .hasSameTextualContentAs(EXPECTED.resolve(file.toString()))
                    .hasSameBinaryContentAs(EXPECTED.resolve(file.toString()));
        }

        // only telemetry files are missing on the 25th: usage is complete, the day is not provisional; the month
        // lacks job files of its last days (26th to 30th), so it is
        assertThat(PdfText.pages(settings.reportDir().resolve("2026-11-25").resolve("gpu-usage-2026-11-25.pdf")).get(0))
                .doesNotContain("잠정").contains("측정 클러스터-일 1/7");
        assertThat(PdfText.pages(settings.reportDir().resolve("2026-11").resolve("gpu-usage-2026-11.pdf")).get(0))
                .contains("잠정 (PROVISIONAL)");

        // and the workbook and the PDF show the clusters' figures of clusters.csv
        for (String period : List.of("2026-11-25", "2026-11")) {
            ReportCsv clusters = report(period, "clusters.csv");
            assertThat(clusters.rows()).hasSize(7);
            Map<String, Row> sheetRows = clusterSheetRows(period);
            String pdf = PdfText.of(settings.reportDir().resolve(period).resolve("gpu-usage-" + period + ".pdf"));
            for (Map<String, String> cluster : clusters.rows()) {
                String id = cluster.get("cluster_id");
                Row row = sheetRows.get(id);
                assertThat(row).as("%s in the workbook of %s", id, period).isNotNull();
                assertThat(BigDecimal.valueOf(row.getCell(5).getNumericCellValue()))
                        .as("used GPU-hours of %s in the workbook of %s", id, period)
                        .isEqualByComparingTo(cluster.get("used_gpu_hours"));
                assertThat(pdf).as("the PDF of %s shows %s's used GPU-hours", period, id)
                        .containsPattern("(?m)^" + id + " .*" + cluster.get("used_gpu_hours").replace(".", "\\.") + "\\b");
            }
        }
    }

    private Map<String, Row> clusterSheetRows(String period) throws IOException {
        Path file = settings.reportDir().resolve(period).resolve("gpu-usage-" + period + ".xlsx");
        try (XSSFWorkbook workbook = new XSSFWorkbook(Files.newInputStream(file))) {
            Sheet sheet = workbook.getSheet("Clusters");
            assertThat(sheet.getRow(0).getCell(5).getStringCellValue()).startsWith(Term.USED.ko()).contains(Term.USED.en());
            Map<String, Row> rows = new HashMap<>();
            for (Row row : sheet) {
                if (row.getRowNum() > 0 && row.getCell(0) != null) {
                    rows.put(row.getCell(0).getStringCellValue(), row);
                }
            }
            return rows;
        }
    }

    private static List<Path> csvFiles(Path root) throws IOException {
        try (Stream<Path> walk = Files.walk(root)) {
            return walk.filter(p -> p.getFileName().toString().endsWith(".csv"))
                    .filter(p -> !root.relativize(p).toString().contains("superseded"))
                    .map(root::relativize).sorted().toList();
        }
    }

    private static void copy(Path from, Path to) throws IOException {
        try (Stream<Path> files = Files.list(from)) {
            for (Path file : files.toList()) {
                Files.copy(file, to.resolve(file.getFileName()));
            }
        }
    }
}
