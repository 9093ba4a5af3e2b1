package kr.gpuprogram.reports.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import kr.gpuprogram.reports.support.Allocations;
import kr.gpuprogram.reports.support.DemoProgram;
import kr.gpuprogram.reports.support.FunctionalTestSupport;
import kr.gpuprogram.reports.support.PdfText;
import kr.gpuprogram.reports.support.ReportCsv;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import kr.gpuprogram.reports.support.StandardError;
import org.junit.jupiter.api.Test;

/**
 * One hand-worked day through the nightly job (the day of SummaryLinesTest): self-use,
 * unattributed use, over-use and an over-allocated cluster, telemetry on 1 of the 3 clusters.
 * The summary read back from summary.csv, the workbook and the PDF adds up and equals the sums of
 * clusters.csv; missing telemetry alone does not make the day provisional, a missing job file does.
 */
class SummaryFunctionalTests extends FunctionalTestSupport {

    private static final LocalDate DAY = LocalDate.of(2026, 11, 5);
    private static final String PERIOD = "2026-11-05";

    /** line → gpu_hours, as worked out by hand in SummaryLinesTest. */
    private static final Map<String, String> EXPECTED = new java.util.LinkedHashMap<>();

    static {
        EXPECTED.put("capacity", "480.00");
        EXPECTED.put("allocated", "336.00");
        EXPECTED.put("used", "324.00");
        EXPECTED.put("used_on_allocations", "300.00");
        EXPECTED.put("used_INDUSTRY", "144.00");
        EXPECTED.put("used_ACADEMIA", "144.00");
        EXPECTED.put("used_RESEARCH", "12.00");
        EXPECTED.put("used_PUBLIC", "0.00");
        EXPECTED.put("self_use", "20.00");
        EXPECTED.put("unattributed", "4.00");
        EXPECTED.put("idle", "156.00");
        EXPECTED.put("unallocated", "192.00");
        EXPECTED.put("allocated_idle", "84.00");
        EXPECTED.put("idle_less_over_use", "-48.00");
        EXPECTED.put("idle_less_self_use", "-20.00");
        EXPECTED.put("idle_less_unattributed", "-4.00");
        EXPECTED.put("capacity_correction", "-48.00");
        EXPECTED.put("active_idle", "0.05");
    }

    private void givenTheHandWorkedDay() throws IOException {
        givenTheDemoReference();
        // grow (8 GPUs) is allocated 6 + 4: 48 GPU-h a day beyond its capacity
        reference("allocations.csv", Allocations.of()
                .row("P-1", "I-1", "언어 모델", "demo", 4, "2026-11-01", "2026-11-30")
                .row("P-2", "I-2", "비전 모델", "grow", 6, "2026-11-01", "2026-11-30")
                .row("P-3", "I-3", "기후 모의", "grow", 4, "2026-11-01", "2026-11-30")
                .csv());
        // P-1: 6 GPUs all day on a 4-GPU allocation (over-use 48); op-own: self-use 20; other: unattributed 4
        inbox("jobs-demo-2026-11-05.csv", DemoProgram.HEADER + """
                1|demo|P-1|kim|2026-11-05T00:00:00|2026-11-06T00:00:00|COMPLETED|gres/gpu=6
                2|demo|op-own|ops|2026-11-05T00:00:00|2026-11-05T10:00:00|COMPLETED|gres/gpu=2
                3|demo|other|park|2026-11-05T12:00:00|2026-11-05T16:00:00|COMPLETED|gres/gpu=1
                """);
        inbox("jobs-grow-2026-11-05.csv", DemoProgram.HEADER + """
                11|grow|P-2|lee|2026-11-05T00:00:00|2026-11-06T00:00:00|COMPLETED|gres/gpu=6
                12|grow|P-3|choi|2026-11-05T00:00:00|2026-11-05T12:00:00|COMPLETED|gres/gpu=1
                """);
        inbox("jobs-utc1-2026-11-05.csv", DemoProgram.HEADER);
        // demo alone sends telemetry: 3 of job 1's GPUs under 5% for one 60 s sample = 0.05 GPU-h active idle
        inbox("gpu-metrics-demo-2026-11-05.csv", DemoProgram.TELEMETRY_HEADER + """
                2026-11-05T01:00:00+09:00,demo,n1,0,1,0
                2026-11-05T01:00:00+09:00,demo,n1,1,1,0
                2026-11-05T01:00:00+09:00,demo,n1,2,1,0
                2026-11-05T01:00:00+09:00,demo,n1,3,1,90
                """);
    }

    @Test
    void theSummaryOfSummaryCsvTheWorkbookAndThePdfAddsUpAndEqualsTheClustersSums() throws Exception {
        givenTheHandWorkedDay();

        String stderr = StandardError.of(() -> assertCompleted(run(DAY)));

        // summary.csv: the hand-worked figures, in order
        ReportCsv summary = report(PERIOD, "summary.csv");
        assertThat(summary.header()).containsExactly("line", "parent", "term_ko", "term_en", "gpu_hours", "measured");
        assertThat(summary.column("line")).containsExactlyElementsOf(EXPECTED.keySet());
        for (Map<String, String> line : summary.rows()) {
            assertThat(line.get("gpu_hours")).as(line.get("line")).isEqualTo(EXPECTED.get(line.get("line")));
        }
        assertThat(summary.row("line", "active_idle").get("measured")).isEqualTo("1/3");
        assertThat(summary.rows()).filteredOn(l -> !l.get("line").equals("active_idle"))
                .allSatisfy(l -> assertThat(l.get("measured")).isEmpty());
        assertThat(summary.row("line", "idle_less_self_use")).containsEntry("term_ko", "자체 사용")
                .containsEntry("parent", "idle");
        assertThat(summary.row("line", "capacity_correction")).containsEntry("term_en", "Beyond-capacity correction");

        // each breakdown adds up (exact here: whole hours) ...
        for (String parent : List.of("used", "used_on_allocations", "idle")) {
            BigDecimal children = summary.rows().stream().filter(l -> l.get("parent").equals(parent))
                    .map(l -> new BigDecimal(l.get("gpu_hours"))).reduce(BigDecimal.ZERO, BigDecimal::add);
            assertThat(children).as("the lines under " + parent)
                    .isEqualByComparingTo(summary.row("line", parent).get("gpu_hours"));
        }
        // ... and the top lines are clusters.csv's sums; active idle is measured on demo alone
        ReportCsv clusters = report(PERIOD, "clusters.csv");
        for (String[] pair : new String[][] {{"capacity", "capacity_gpu_hours"}, {"allocated", "allocated_gpu_hours"},
                {"used", "used_gpu_hours"}, {"unattributed", "unattributed_gpu_hours"},
                {"unallocated", "unallocated_gpu_hours"}, {"allocated_idle", "allocated_idle_gpu_hours"},
                {"idle", "idle_gpu_hours"}, {"active_idle", "active_idle_gpu_hours"}}) {
            BigDecimal sum = clusters.column(pair[1]).stream().filter(v -> !v.isEmpty()).map(BigDecimal::new)
                    .reduce(BigDecimal.ZERO, BigDecimal::add);
            assertThat(sum).as(pair[1] + " summed").isEqualByComparingTo(summary.row("line", pair[0]).get("gpu_hours"));
        }
        assertThat(clusters.row("cluster_id", "grow").get("active_idle_gpu_hours")).isEmpty();
        assertThat(clusters.row("cluster_id", "utc1").get("active_idle_gpu_hours")).isEmpty();
        assertThat(report(PERIOD, "missing.csv").rows()).extracting(m -> m.get("cluster_id") + " " + m.get("kind"))
                .containsExactly("grow telemetry", "utc1 telemetry");

        // the workbook's Summary shows the same lines in the same order, indented under their parent
        Path workbook = settings.reportDir().resolve(PERIOD).resolve("gpu-usage-" + PERIOD + ".xlsx");
        try (XSSFWorkbook book = new XSSFWorkbook(Files.newInputStream(workbook))) {
            List<String[]> shown = summaryRows(book.getSheet("Summary"), summary.rows().size());
            for (int i = 0; i < summary.rows().size(); i++) {
                Map<String, String> line = summary.rows().get(i);
                String indent = "  ".repeat(line.get("parent").isEmpty() ? 0
                        : line.get("parent").equals("used_on_allocations") ? 2 : 1);
                assertThat(shown.get(i)[0]).isEqualTo(indent + line.get("term_ko") + " / " + line.get("term_en"));
                assertThat(new BigDecimal(shown.get(i)[1])).as(line.get("line") + " in the workbook")
                        .isEqualByComparingTo(line.get("gpu_hours"));
            }
            assertThat(shown.get(summary.rows().size() - 1)[2]).endsWith("측정 클러스터-일 / Measured cluster-days 1/3");
            // the Daily detail leaves the unmeasured cluster-days empty: P-2 and P-3 are on grow, which sent no telemetry
            Map<String, Cell> activeIdle = dailyDetailActiveIdle(book.getSheet("Daily detail"));
            assertThat(activeIdle.get("P-1").getNumericCellValue()).isEqualTo(0.05);
            assertThat(activeIdle.get("P-2").getCellType()).isEqualTo(CellType.BLANK);
            assertThat(activeIdle.get("P-3").getCellType()).isEqualTo(CellType.BLANK);
        }

        // the PDF's first page shows every line with its value, and the measured share beside active idle
        String firstPage = PdfText.pages(settings.reportDir().resolve(PERIOD).resolve("gpu-usage-" + PERIOD + ".pdf"))
                .get(0);
        for (Map<String, String> line : summary.rows()) {
            assertThat(firstPage).as(line.get("line") + " in the PDF")
                    .containsPattern("(?m)^" + line.get("term_ko") + " " + line.get("gpu_hours").replace(".", "\\.")
                            + " GPU-h");
        }
        assertThat(firstPage).contains("활성 유휴 0.05 GPU-h · 측정 클러스터-일 1/3");
        // only telemetry is missing: usage is complete, so the report is not provisional
        assertThat(firstPage).doesNotContain(Term.PROVISIONAL.ko());
        assertThat(stderr).doesNotContain("provisional");
    }

    @Test
    void aMissingJobFileMakesTheDayProvisionalWhereMissingTelemetryDidNot() throws Exception {
        givenTheHandWorkedDay();
        Files.delete(settings.inboxDir().resolve("jobs-utc1-2026-11-05.csv"));

        String stderr = StandardError.of(() -> assertCompleted(run(DAY)));

        assertThat(stderr).contains("report 2026-11-05 is provisional: 1 cluster-day(s) have no job file");
        String firstPage = PdfText.pages(settings.reportDir().resolve(PERIOD).resolve("gpu-usage-" + PERIOD + ".pdf"))
                .get(0);
        assertThat(firstPage).contains(Term.PROVISIONAL.ko()).contains("작업 파일이 없는 클러스터-일 1건");
        // missing.csv keeps both kinds, the job file first for utc1
        assertThat(report(PERIOD, "missing.csv").rows()).extracting(m -> m.get("cluster_id") + " " + m.get("kind"))
                .containsExactly("grow telemetry", "utc1 jobs", "utc1 telemetry");
    }

    /** Label, value and unit of the rows from the capacity line on. */
    private static List<String[]> summaryRows(Sheet sheet, int count) {
        List<String[]> rows = new ArrayList<>();
        boolean started = false;
        for (Row row : sheet) {
            Cell label = row.getCell(0);
            if (label == null || label.getCellType() != CellType.STRING) {
                continue;
            }
            started |= label.getStringCellValue().equals(Term.CAPACITY.pair());
            if (started && rows.size() < count) {
                Cell value = row.getCell(1);
                rows.add(new String[] {label.getStringCellValue(),
                        value == null || value.getCellType() == CellType.BLANK ? "" : String.valueOf(value.getNumericCellValue()),
                        row.getCell(2).getStringCellValue()});
            }
        }
        return rows;
    }

    /** The active idle cell of each allocation's row (column 11 of the Daily detail). */
    private static Map<String, Cell> dailyDetailActiveIdle(Sheet sheet) {
        Map<String, Cell> cells = new HashMap<>();
        for (Row row : sheet) {
            if (row.getRowNum() > 0) {
                cells.put(row.getCell(1).getStringCellValue(),
                        row.getCell(11, Row.MissingCellPolicy.CREATE_NULL_AS_BLANK));
            }
        }
        return cells;
    }

}
