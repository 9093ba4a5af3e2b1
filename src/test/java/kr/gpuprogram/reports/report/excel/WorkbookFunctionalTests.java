package kr.gpuprogram.reports.report.excel;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.stream.IntStream;
import kr.gpuprogram.reports.report.Period;
import kr.gpuprogram.reports.report.PeriodReportQuery;
import kr.gpuprogram.reports.support.Allocations;
import kr.gpuprogram.reports.support.Clusters;
import kr.gpuprogram.reports.support.DemoProgram;
import kr.gpuprogram.reports.support.FunctionalTestSupport;
import kr.gpuprogram.reports.support.ReportCsv;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.xssf.usermodel.XSSFChart;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * The workbook of a period: opened with POI and read cell by cell against the CSV extracts
 * written beside it and against figures computed by hand.
 */
class WorkbookFunctionalTests extends FunctionalTestSupport {

    private static final List<String> SHEETS = List.of("Summary", "Clusters", "Institutions", "Sectors", "Reclaim",
            "Outlook", "Operators", "Daily detail", "Rejects", "Provenance");

    /** For each workbook column, the CSV extract column it shows (null: a column the CSV does not have). */
    private static final List<String> CLUSTER_SHEET = Arrays.asList("cluster_id", "operator_id", "gpu_model",
            "capacity_gpu_hours", "allocated_gpu_hours", "used_gpu_hours", "unattributed_gpu_hours",
            "unallocated_gpu_hours", "allocated_idle_gpu_hours", "idle_gpu_hours", "active_idle_gpu_hours",
            "utilization_pct", "over_allocated_gpu_hours", "mean_gpu_util");
    private static final List<String> INSTITUTION_SHEET = Arrays.asList("institution_id", "institution_name", "sector",
            "allocated_gpu_hours", "used_gpu_hours", "allocated_idle_gpu_hours", "active_idle_gpu_hours",
            "allocation_utilization_pct", "jobs", "allocated_krw", "used_krw", "over_use_gpu_hours", "mean_gpu_util");
    private static final List<String> SECTOR_SHEET = Arrays.asList("sector", null, "institutions",
            "allocated_gpu_hours", "used_gpu_hours", "allocation_utilization_pct", "allocated_krw", "used_krw");
    private static final List<String> RECLAIM_SHEET = Arrays.asList("allocation_id", "institution_id", null,
            "cluster_id", "window_days", "window_allocated_gpu_hours", "window_used_gpu_hours",
            "window_idle_gpu_hours", "window_idle_krw", "zero_use_streak_days");
    private static final List<String> OPERATOR_SHEET = Arrays.asList("operator_id", "operator_name", "cluster_id",
            "capacity_gpu_hours", "used_gpu_hours", "self_use_gpu_hours", "self_use_on_unallocated_gpu_hours",
            "self_use_on_allocated_gpu_hours", "self_use_krw", "waiting_during_self_use_gpu_hours", "jobs_started",
            "mean_wait_hours", "p90_wait_hours", "observed_job_gpu_hours", "telemetry_coverage_pct",
            "jobs_without_samples", "unknown_job_sample_gpu_hours", null);
    private static final List<String> REJECT_SHEET = Arrays.asList("file", "line", "reason", "content");

    @Autowired
    private PeriodReportQuery periodFigures;
    @Autowired
    private WorkbookWriter workbookWriter;

    private void givenTheWorkedDayAlone() throws IOException {
        reference("operators.csv", DemoProgram.OPERATORS);
        reference("clusters.csv", Clusters.single("demo", "op", "H100", 8, "2026-01-01"));
        reference("institutions.csv", DemoProgram.INSTITUTIONS);
        reference("rates.csv", DemoProgram.RATES);
        reference("allocations.csv", Allocations.of()
                .row("P-1", "I-1", "초거대 언어모델", "demo", 4, "2026-11-01", "2026-11-30")
                .csv());
        inbox("jobs-demo-2026-11-05.csv", DemoProgram.HEADER + """
                101|demo|P-1|kim|2026-11-04T22:00:00|2026-11-05T02:00:00|COMPLETED|billing=16,cpu=32,gres/gpu=2,node=1
                102|demo|P-1|lee|2026-11-05T20:00:00|Unknown|RUNNING|cpu=64,gres/gpu:h100=4,node=1
                103|demo|other|park|2026-11-05T01:00:00Z|2026-11-05T03:00:00Z|COMPLETED|gres/gpu=1
                104|demo|P-1|choi|Unknown|Unknown|PENDING|gres/gpu=8
                """);
    }

    /**
     * Three clusters of two operators, four allocations, a reject, files for four cluster-days only, and
     * 20 unattributed GPU-minutes (0.33 GPU-h once rounded).
     */
    private void givenAMonthOfTwoOperators() throws IOException {
        givenTheDemoReference();
        reference("allocations.csv", Allocations.of()
                .row("P-1", "I-1", "초거대 언어모델", "demo", 4, "2026-11-01", "2026-11-30")
                .row("G-1", "I-3", "기후 모델", "grow", 1, "2026-11-01", "2026-11-30")
                .row("G-2", "I-2", "비전 모델", "grow", 2, "2026-11-01", "2026-11-10")
                .row("U-1", "I-2", "추천 시스템", "utc1", 2, "2026-11-20", "2026-11-30")
                .csv());
        inbox("jobs-demo-2026-11-05.csv", DemoProgram.HEADER + """
                101|demo|P-1|kim|2026-11-04T22:00:00|2026-11-05T02:00:00|COMPLETED|gres/gpu=2
                102|demo|P-1|lee|2026-11-05T20:00:00|Unknown|RUNNING|gres/gpu:h100=4
                103|demo|other|park|2026-11-05T01:00:00Z|2026-11-05T03:00:00Z|COMPLETED|gres/gpu=1
                105|demo|P-1|kang|2026-11-05T01:00:00|2026-11-05T02:00:00|COMPLETED|gres/gpu=99
                """);
        inbox("jobs-grow-2026-11-10.csv", DemoProgram.HEADER
                + "1|grow|G-2|kim|2026-11-10T10:00:00|2026-11-10T16:00:00|COMPLETED|gres/gpu=2\n");
        inbox("jobs-grow-2026-11-20.csv", DemoProgram.HEADER
                + "2|grow|G-1|lee|2026-11-20T00:00:00|2026-11-20T06:00:00|COMPLETED|gres/gpu:h200=1\n");
        inbox("jobs-utc1-2026-11-25.csv", DemoProgram.HEADER
                + "7|utc1|U-1|yoon|2026-11-25T00:00:00|2026-11-25T03:00:00|COMPLETED|gres/gpu=2\n"
                + "8|utc1|nobody|seo|2026-11-25T05:00:00|2026-11-25T05:20:00|COMPLETED|gres/gpu=1\n");
    }

    @Test
    void theWorkedDaysWorkbookShowsItsFiguresAsNumbersWithABarChartAndNoLineChart() throws Exception {
        // given
        givenTheWorkedDayAlone();

        // when
        assertCompleted(run(LocalDate.parse("2026-11-05")));

        // then
        try (XSSFWorkbook workbook = open("2026-11-05")) {
            assertThat(sheetNames(workbook)).containsExactlyElementsOf(SHEETS);
            Sheet summary = workbook.getSheet("Summary");
            // SPEC.md's worked day: capacity 192, allocated 96, used 22 (2 unattributed), allocated idle 76,
            // unallocated 96, idle 170; 20 of P-1's 96 h used; KRW at 3,000 per H100-hour
            assertThat(summaryValue(summary, "Capacity")).isEqualByComparingTo("192");
            assertThat(summaryValue(summary, "Allocated")).isEqualByComparingTo("96");
            assertThat(summaryValue(summary, "Used")).isEqualByComparingTo("22");
            assertThat(summaryValue(summary, "Unattributed")).isEqualByComparingTo("2");
            assertThat(summaryValue(summary, "Unallocated")).isEqualByComparingTo("96");
            assertThat(summaryValue(summary, "Idle")).isEqualByComparingTo("170");
            assertThat(summaryValue(summary, "Allocated idle")).isEqualByComparingTo("76");
            // no telemetry file: active idle is not measured, so the cell is empty, not 0
            assertThat(summaryRow(summary, "Active idle").getCell(1).getCellType()).isEqualTo(org.apache.poi.ss.usermodel.CellType.BLANK);
            assertThat(summaryValue(summary, "Utilization")).isEqualByComparingTo("0.1146");
            assertThat(summaryValue(summary, "Allocation utilization")).isEqualByComparingTo("0.2083");
            assertThat(summaryValue(summary, "Allocated support")).isEqualByComparingTo("288000");
            assertThat(summaryValue(summary, "Used support")).isEqualByComparingTo("60000");
            assertThat(summaryRow(summary, "Utilization").getCell(1).getCellStyle().getDataFormatString()).isEqualTo("0.00%");
            assertThat(summaryRow(summary, "Allocated support").getCell(1).getCellStyle().getDataFormatString()).isEqualTo("#,##0");
            assertThat(summaryRow(summary, "Capacity").getCell(1).getCellStyle().getDataFormatString()).isEqualTo("#,##0.00");
            // the day has its jobs file: the completeness note says so
            // the worked day has its job file but no telemetry file: not provisional, active idle measured on 0 of 1
            assertThat(texts(summary)).anyMatch(t -> t.startsWith("텔레메트리 파일이 없는 클러스터-일 1건: 사용량은 완전하며"))
                    .noneMatch(t -> t.contains("잠정"));

            Sheet institutions = workbook.getSheet("Institutions");
            assertThat(institutions.getRow(1).getCell(1).getStringCellValue()).isEqualTo("한빛대학교");
            assertThat(institutions.getRow(1).getCell(7).getNumericCellValue()).isEqualTo(0.2083);

            Sheet detail = workbook.getSheet("Daily detail");
            assertThat(detail.getLastRowNum()).isEqualTo(1);
            Row p1 = detail.getRow(1);
            assertThat(p1.getCell(0).getLocalDateTimeCellValue().toLocalDate()).isEqualTo(LocalDate.parse("2026-11-05"));
            assertThat(p1.getCell(0).getCellStyle().getDataFormatString()).isEqualTo("yyyy-mm-dd");
            assertThat(IntStream.rangeClosed(1, 6).mapToObj(i -> p1.getCell(i).getStringCellValue()))
                    .containsExactly("P-1", "I-1", "한빛대학교", "ACADEMIA", "demo", "op");
            assertThat(numbers(p1, 7, 10)).containsExactly(96.0, 20.0, 76.0, 0.0);
            // no telemetry that day: active idle is empty, not 0
            assertThat(p1.getCell(11, Row.MissingCellPolicy.CREATE_NULL_AS_BLANK).getCellType()).isEqualTo(CellType.BLANK);
            assertThat(numbers(p1, 12, 15)).containsExactly(0.2083, 3000.0, 288000.0, 60000.0);

            List<XSSFChart> charts = charts(workbook);
            assertThat(charts).hasSize(1);
            assertThat(charts.get(0).getCTChart().getPlotArea().getBarChartList()).hasSize(1);
            assertThat(charts.get(0).getCTChart().getPlotArea().getLineChartList()).isEmpty();
            assertThat(charts.get(0).getCTChart().getPlotArea().getBarChartArray(0).getSerArray(0).getCat()
                    .getStrRef().getF()).isEqualTo("'Clusters'!$A$2:$A$2");
            // an explicit fill: LibreOffice draws no bars for a series without one
            assertThat(charts.get(0).getCTChart().getPlotArea().getBarChartArray(0).getSerArray(0).getSpPr()
                    .isSetSolidFill()).isTrue();
        }
    }

    @Test
    void anExportThatRejectsEveryLineListsThemAllInTheCsvAndTheFirstTenThousandInTheWorkbook() throws Exception {
        // given: the worked day, and a telemetry file whose 10,003 lines all name another cluster
        givenTheWorkedDayAlone();
        StringBuilder telemetry = new StringBuilder("timestamp,cluster_id,hostname,gpu,job_id,gpu_util\n");
        for (int i = 0; i < 10_003; i++) {
            telemetry.append(String.format("2026-11-05T%02d:%02d:00+09:00,other,n1,%d,101,50%n", i / 8 / 60, i / 8 % 60, i % 8));
        }
        inbox("gpu-metrics-demo-2026-11-05.csv", telemetry.toString());

        // when
        assertCompleted(run(LocalDate.parse("2026-11-05")));

        // then: every line is in rejects.csv, in line order
        ReportCsv rejects = report("2026-11-05", "rejects.csv");
        assertThat(rejects.rows()).hasSize(10_003);
        assertThat(rejects.rows().get(0).get("line")).isEqualTo("2");
        assertThat(rejects.rows().get(10_002).get("line")).isEqualTo("10004");
        assertThat(rejects.column("reason")).containsOnly("cluster_id 'other' is not the file's cluster 'demo'");
        try (XSSFWorkbook workbook = open("2026-11-05")) {
            // the sheet shows the first 10,000 as the CSV lists them, and says where the other 3 are
            Sheet sheet = workbook.getSheet("Rejects");
            assertSheetEqualsCsv(sheet, REJECT_SHEET, new ReportCsv(rejects.header(), rejects.rows().subList(0, 10_000)));
            assertThat(sheet.getLastRowNum()).isEqualTo(10_001);
            assertThat(sheet.getRow(10_001).getCell(0).getStringCellValue())
                    .isEqualTo("그 밖의 제외된 입력 줄 3건은 rejects.csv에 모두 있습니다 / 3 more rejected lines: every one is in rejects.csv.");
            assertThat(summaryValue(workbook.getSheet("Summary"), "Rejected input lines")).isEqualByComparingTo("10003");
        }
        // the PDF counts them, grouped for its readers
        try (PDDocument pdf = Loader.loadPDF(settings.reportDir().resolve("2026-11-05/gpu-usage-2026-11-05.pdf").toFile())) {
            assertThat(new PDFTextStripper().getText(pdf)).contains("사용할 수 없어 제외된 입력 줄: 10,003건 (rejects.csv 참조)");
        }
        // and the day's telemetry counts as missing: no line of its file could be used
        assertThat(report("2026-11-05", "missing.csv").rows()).anyMatch(r -> r.get("kind").equals("telemetry"));
    }

    @Test
    void everyFigureOfAMonthWorkbookEqualsItsCsvExtractAndTheTotalsAddUp() throws Exception {
        // given
        givenAMonthOfTwoOperators();

        // when: the last day of the month also writes the month
        assertCompleted(run(LocalDate.parse("2026-11-30")));

        // then
        try (XSSFWorkbook workbook = open("2026-11")) {
            assertThat(sheetNames(workbook)).containsExactlyElementsOf(SHEETS);
            assertSheetEqualsCsv(workbook.getSheet("Clusters"), CLUSTER_SHEET, report("2026-11", "clusters.csv"));
            assertSheetEqualsCsv(workbook.getSheet("Institutions"), INSTITUTION_SHEET, report("2026-11", "institutions.csv"));
            assertSheetEqualsCsv(workbook.getSheet("Sectors"), SECTOR_SHEET, report("2026-11", "sectors.csv"));
            // every reclaim window lacks job files: the three allocations are unverified, shown apart from
            // the (empty) candidates' table, under their own heading
            ReportCsv reclaimCsv = report("2026-11", "reclaim.csv");
            assertThat(reclaimCsv.column("status")).containsOnly("UNVERIFIED");
            Sheet reclaim = workbook.getSheet("Reclaim");
            assertThat(reclaim.getRow(1).getCell(0).getStringCellValue()).startsWith("합계");
            assertThat(reclaim.getRow(3).getCell(0).getStringCellValue()).startsWith("확인 불가");
            assertSheetEqualsCsv(reclaim, RECLAIM_SHEET, reclaimCsv, 5);
            assertSheetEqualsCsv(workbook.getSheet("Rejects"), REJECT_SHEET, report("2026-11", "rejects.csv"));
            XSSFSheet operators = workbook.getSheet("Operators");
            assertSheetEqualsCsv(operators, OPERATOR_SHEET, report("2026-11", "operators.csv"));
            // self-use beside allocated idle (two bar series), and coverage, per cluster
            var operatorCharts = operators.getDrawingPatriarch().getCharts();
            assertThat(operatorCharts).hasSize(2);
            assertThat(operatorCharts.get(0).getCTChart().getPlotArea().getBarChartArray(0).getSerList()).hasSize(2);
            assertThat(operatorCharts.get(0).getCTChart().getPlotArea().getBarChartArray(0).getSerArray(1).getVal()
                    .getNumRef().getF()).isEqualTo("'Operators'!$R$2:$R$4");

            // by hand: demo 8 x 24 x 30; grow 8 x 24 x 15 + 16 x 24 x 15; utc1 4 x 24 x 30
            assertThat(report("2026-11", "clusters.csv").column("capacity_gpu_hours"))
                    .containsExactly("5760.00", "8640.00", "2880.00");
            Row clustersTotal = totalsRow(workbook.getSheet("Clusters"), 3);
            // used: demo 24 + 2 unattributed, grow 12 + 6, utc1 6 + 1/3 unattributed
            assertThat(numbers(clustersTotal, 3, 6)).containsExactly(17280.0, 2880.0 + 1200.0 + 528.0, 50.33, 2.33);
            assertThat(clustersTotal.getCell(11).getNumericCellValue()).isEqualTo(0.0029); // 50.33 / 17,280
            // I-1: P-1 4 x 24 x 30 at 3,000 KRW, used 4 (the 4th) + 20 (the 5th); I-2: G-2 480 h at 1,000 KRW and
            // U-1 528 h at 5,000 KRW, used 12 + 6; I-3: G-1 at 1,000 then 2,000 KRW, used 6 at 2,000
            Sheet institutions = workbook.getSheet("Institutions");
            assertThat(institutions.getRow(1).getCell(1).getStringCellValue()).isEqualTo("한빛대학교");
            assertThat(institutions.getRow(2).getCell(1).getStringCellValue()).isEqualTo("(주)딥러닝랩");
            assertThat(numbers(institutions.getRow(1), 3, 4)).containsExactly(2880.0, 24.0);
            Row institutionsTotal = totalsRow(institutions, 3);
            assertThat(numbers(institutionsTotal, 3, 4)).containsExactly(2880.0 + 1008.0 + 720.0, 24.0 + 18.0 + 6.0);
            assertThat(numbers(institutionsTotal, 8, 10))
                    .containsExactly(5.0, 8_640_000.0 + 3_120_000.0 + 1_080_000.0, 72_000.0 + 42_000.0 + 12_000.0);
            assertThat(institutionsTotal.getCell(7).getNumericCellValue()).isEqualTo(0.0104); // 48 / 4,608
            Row sectorsTotal = totalsRow(workbook.getSheet("Sectors"), 4);
            assertThat(numbers(sectorsTotal, 2, 4)).containsExactly(3.0, 4608.0, 48.0);
            // reclaim on the 30th: P-1 unused since the 6th, G-1 1.79 % of 336 h, U-1 6 of 528 h since the 20th
            assertThat(IntStream.rangeClosed(5, 7).mapToObj(r -> reclaim.getRow(r).getCell(0).getStringCellValue()))
                    .containsExactly("P-1", "U-1", "G-1");
            assertThat(reclaim.getRow(5).getCell(2).getStringCellValue()).isEqualTo("한빛대학교");
            assertThat(numbers(reclaim.getRow(8), 5, 8))
                    .containsExactly(336.0 + 1344.0 + 528.0, 6.0 + 0.0 + 6.0, 330.0 + 1344.0 + 522.0,
                            330.0 * 2000 + 1344.0 * 3000 + 522.0 * 5000);
            // the missing files are noted on the Summary: job files of 29 + 28 + 29 cluster-days, no telemetry at all
            Sheet summary = workbook.getSheet("Summary");
            assertThat(texts(summary)).anyMatch(t -> t.startsWith("파일이 없는 클러스터-일 176건"));
            assertThat(summaryValue(summary, "Capacity")).isEqualByComparingTo("17280");
            assertThat(summaryValue(summary, "Used")).isEqualByComparingTo("50.33");
            assertThat(summaryValue(summary, "Allocation utilization")).isEqualByComparingTo("0.0104");

            // Daily detail: P-1 30 days, G-1 30, G-2 10, U-1 11
            Sheet detail = workbook.getSheet("Daily detail");
            assertThat(detail.getLastRowNum()).isEqualTo(30 + 30 + 10 + 11);
            Row g1OnThe20th = detailRow(detail, "2026-11-20", "G-1");
            assertThat(g1OnThe20th.getCell(3).getStringCellValue()).isEqualTo("국가AI연구원");
            assertThat(numbers(g1OnThe20th, 7, 10)).containsExactly(24.0, 6.0, 18.0, 0.0);
            assertThat(g1OnThe20th.getCell(11, Row.MissingCellPolicy.CREATE_NULL_AS_BLANK).getCellType())
                    .as("active idle of a cluster-day without telemetry").isEqualTo(CellType.BLANK);
            assertThat(numbers(g1OnThe20th, 12, 15)).containsExactly(0.25, 2000.0, 48000.0, 12000.0);
            assertThat(numbers(detailRow(detail, "2026-11-04", "P-1"), 7, 9)).containsExactly(96.0, 4.0, 92.0);
            assertThat(numbers(detailRow(detail, "2026-11-15", "G-1"), 13, 15)).containsExactly(1000.0, 24000.0, 0.0);
            // summed by institution, the detail gives the Institutions sheet's GPU-hours
            ReportCsv institutionsCsv = report("2026-11", "institutions.csv");
            for (Map<String, String> row : institutionsCsv.rows()) {
                for (int[] pair : new int[][] {{7, 3}, {8, 4}, {9, 5}}) {
                    BigDecimal sum = BigDecimal.ZERO;
                    for (Row r : bodyRows(detail)) {
                        if (r.getCell(2).getStringCellValue().equals(row.get("institution_id"))) {
                            sum = sum.add(BigDecimal.valueOf(r.getCell(pair[0]).getNumericCellValue()));
                        }
                    }
                    assertThat(sum).as("%s column %d", row.get("institution_id"), pair[0])
                            .isEqualByComparingTo(row.get(INSTITUTION_SHEET.get(pair[1])));
                }
            }

            List<XSSFChart> charts = charts(workbook);
            assertThat(charts).hasSize(2);
            assertThat(charts.get(0).getCTChart().getPlotArea().getBarChartArray(0).getSerArray(0).getVal()
                    .getNumRef().getNumCache().getPtCount().getVal()).isEqualTo(3);
            var line = charts.get(1).getCTChart().getPlotArea().getLineChartArray(0);
            assertThat(line.getSerList()).hasSize(3);
            assertThat(line.getSerArray(0).getVal().getNumRef().getNumCache().getPtCount().getVal()).isEqualTo(30);
        }
    }

    @Test
    void headersAreStyledFrozenFilteredAndListedInTheDocs() throws Exception {
        // given
        givenAMonthOfTwoOperators();
        String docs = Files.readString(Path.of("docs/workbook.md"), StandardCharsets.UTF_8);

        // when
        assertCompleted(run(LocalDate.parse("2026-11-30")));

        // then
        try (XSSFWorkbook workbook = open("2026-11")) {
            for (String name : SHEETS.subList(1, SHEETS.size())) {
                XSSFSheet sheet = workbook.getSheet(name);
                Row header = sheet.getRow(0);
                assertThat(header.getLastCellNum()).as(name).isGreaterThan((short) 3);
                for (Cell cell : header) {
                    String[] lines = cell.getStringCellValue().split("\n");
                    assertThat(lines).as("%s header %s", name, cell.getStringCellValue()).hasSize(2);
                    assertThat(docs).as("docs/workbook.md lists %s's header", name)
                            .contains("| " + lines[0] + " | " + lines[1] + " |");
                    assertThat(workbook.getFontAt(cell.getCellStyle().getFontIndex()).getBold()).isTrue();
                    assertThat(sheet.getColumnWidth(cell.getColumnIndex())).as("%s width", cell.getStringCellValue())
                            .isGreaterThanOrEqualTo(256 * lines[1].length());
                }
                assertThat(sheet.getPaneInformation().isFreezePane()).as(name).isTrue();
                assertThat(sheet.getPaneInformation().getHorizontalSplitPosition()).as(name).isEqualTo((short) 1);
                assertThat(sheet.getCTWorksheet().getAutoFilter().getRef()).as(name).startsWith("A1:");
                assertThat(sheet.getPrintSetup().getLandscape()).as(name).isTrue();
                assertThat(sheet.getPrintSetup().getFitWidth()).as(name).isEqualTo((short) 1);
                assertThat(sheet.getRepeatingRows()).as(name).hasToString(new CellRangeAddress(0, 0, -1, -1).toString());
            }
            assertThat(workbook.getSheet("Clusters").getCTWorksheet().getAutoFilter().getRef()).isEqualTo("A1:O4");
            assertThat(workbook.getSheet("Daily detail").getCTWorksheet().getAutoFilter().getRef()).isEqualTo("A1:P82");
            assertThat(workbook.getSheet("Summary").getCTWorksheet().getAutoFilter()).isNotNull();
            // a workbook of a few sheets needs a few dozen styles, not one per cell
            assertThat(workbook.getNumCellStyles()).isLessThan(30);
            assertThat(workbook.getSheet("Daily detail").getNumMergedRegions()).isZero();
        }
    }

    @Test
    void anOperatorsWorkbookHoldsOnlyItsOwnClustersAllocationsAndInstitutions(@TempDir Path folder) throws Exception {
        // given
        givenAMonthOfTwoOperators();
        assertCompleted(run(LocalDate.parse("2026-11-30")));

        // when
        workbookWriter.write(periodFigures.load(Period.month(YearMonth.parse("2026-11")), "op2"), folder);

        // then: op2 runs utc1 alone, where only U-1 (I-2) is allocated, 11 days
        try (XSSFWorkbook workbook = new XSSFWorkbook(folder.resolve("gpu-usage-2026-11.xlsx").toFile())) {
            assertThat(column(workbook.getSheet("Clusters"), 0, 1)).containsExactly("utc1");
            assertThat(column(workbook.getSheet("Institutions"), 0, 1)).containsExactly("I-2");
            Sheet detail = workbook.getSheet("Daily detail");
            assertThat(detail.getLastRowNum()).isEqualTo(11);
            assertThat(bodyRows(detail)).allSatisfy(r -> {
                assertThat(r.getCell(1).getStringCellValue()).isEqualTo("U-1");
                assertThat(r.getCell(6).getStringCellValue()).isEqualTo("op2");
            });
            assertThat(summaryValue(workbook.getSheet("Summary"), "Capacity")).isEqualByComparingTo("2880");
            assertThat(texts(workbook.getSheet("Summary"))).anyMatch(t -> t.contains("Operator op2"));
        }
    }

    // ---- reading the workbook back ----

    private XSSFWorkbook open(String period) throws Exception {
        Path file = settings.reportDir().resolve(period).resolve("gpu-usage-" + period + ".xlsx");
        assertThat(file).exists();
        return new XSSFWorkbook(file.toFile());
    }

    private static List<String> sheetNames(XSSFWorkbook workbook) {
        return IntStream.range(0, workbook.getNumberOfSheets()).mapToObj(workbook::getSheetName).toList();
    }

    /**
     * Every CSV row is a sheet row in the same order, and every CSV value is in its column: text as
     * text, figures as numeric cells of the same value (percentages stored as fractions), empty as blank.
     */
    private static void assertSheetEqualsCsv(Sheet sheet, List<String> columns, ReportCsv csv) {
        assertSheetEqualsCsv(sheet, columns, csv, 1);
    }

    private static void assertSheetEqualsCsv(Sheet sheet, List<String> columns, ReportCsv csv, int firstRow) {
        assertThat(csv.rows()).as("%s has rows to compare", sheet.getSheetName()).isNotEmpty();
        for (int i = 0; i < csv.rows().size(); i++) {
            Map<String, String> expected = csv.rows().get(i);
            Row row = sheet.getRow(i + firstRow);
            assertThat(row).as("%s row %d", sheet.getSheetName(), i + 1).isNotNull();
            for (int c = 0; c < columns.size(); c++) {
                String column = columns.get(c);
                if (column == null) {
                    continue;
                }
                String value = expected.get(column);
                Cell cell = row.getCell(c);
                String where = sheet.getSheetName() + " row " + (i + 1) + " " + column;
                if (value.isEmpty()) {
                    assertThat(cell == null || cell.getCellType() == CellType.BLANK).as(where).isTrue();
                } else if (isNumber(value) && !column.endsWith("_id") && !column.equals("content")) {
                    assertThat(cell.getCellType()).as(where).isEqualTo(CellType.NUMERIC);
                    BigDecimal actual = BigDecimal.valueOf(cell.getNumericCellValue());
                    if (column.endsWith("_pct") || column.equals("mean_gpu_util")) {
                        actual = actual.movePointRight(2);
                    }
                    assertThat(actual).as(where).isEqualByComparingTo(value);
                } else {
                    assertThat(cell.getCellType()).as(where).isEqualTo(CellType.STRING);
                    assertThat(cell.getStringCellValue()).as(where).isEqualTo(value);
                }
            }
        }
    }

    private static boolean isNumber(String value) {
        return value.matches("-?\\d+(\\.\\d+)?");
    }

    /** The bold totals row right below a table of {@code bodyRows} rows. */
    private static Row totalsRow(Sheet sheet, int bodyRows) {
        Row row = sheet.getRow(bodyRows + 1);
        assertThat(row.getCell(0).getStringCellValue()).isEqualTo("합계 / Total");
        assertThat(sheet.getWorkbook().getFontAt(row.getCell(0).getCellStyle().getFontIndex()).getBold()).isTrue();
        return row;
    }

    private static List<Double> numbers(Row row, int first, int last) {
        List<Double> numbers = new ArrayList<>();
        for (int c = first; c <= last; c++) {
            Cell cell = row.getCell(c);
            assertThat(cell.getCellType()).as("column %d of row %d", c, row.getRowNum()).isEqualTo(CellType.NUMERIC);
            numbers.add(cell.getNumericCellValue());
        }
        return numbers;
    }

    private static List<String> column(Sheet sheet, int column, int rows) {
        return IntStream.rangeClosed(1, rows).mapToObj(r -> sheet.getRow(r).getCell(column).getStringCellValue()).toList();
    }

    private static List<Row> bodyRows(Sheet sheet) {
        return IntStream.rangeClosed(1, sheet.getLastRowNum()).mapToObj(sheet::getRow).toList();
    }

    private static Row detailRow(Sheet detail, String day, String allocation) {
        return bodyRows(detail).stream()
                .filter(r -> r.getCell(0).getLocalDateTimeCellValue().toLocalDate().toString().equals(day)
                        && r.getCell(1).getStringCellValue().equals(allocation))
                .findFirst().orElseThrow(() -> new AssertionError("no Daily detail row " + day + " " + allocation));
    }

    /** The Summary's figure row whose label ends with the English name. */
    private static Row summaryRow(Sheet summary, String english) {
        for (Row row : summary) {
            Cell label = row.getCell(0);
            if (label != null && label.getCellType() == CellType.STRING
                    && label.getStringCellValue().endsWith(" / " + english)) {
                return row;
            }
        }
        throw new AssertionError("no Summary row " + english);
    }

    private static BigDecimal summaryValue(Sheet summary, String english) {
        Cell value = summaryRow(summary, english).getCell(1);
        assertThat(value.getCellType()).as(english).isEqualTo(CellType.NUMERIC);
        return BigDecimal.valueOf(value.getNumericCellValue());
    }

    private static List<String> texts(Sheet sheet) {
        List<String> texts = new ArrayList<>();
        for (Row row : sheet) {
            for (Cell cell : row) {
                if (cell.getCellType() == CellType.STRING) {
                    texts.add(cell.getStringCellValue());
                }
            }
        }
        return texts;
    }

    private static List<XSSFChart> charts(XSSFWorkbook workbook) {
        XSSFSheet summary = workbook.getSheet("Summary");
        assertThat(summary.getDrawingPatriarch()).as("Summary drawing").isNotNull();
        return summary.getDrawingPatriarch().getCharts();
    }
}
