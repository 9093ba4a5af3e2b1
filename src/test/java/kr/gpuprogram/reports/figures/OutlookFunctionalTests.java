package kr.gpuprogram.reports.figures;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.entry;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import kr.gpuprogram.reports.support.Allocations;
import kr.gpuprogram.reports.support.DemoProgram;
import kr.gpuprogram.reports.support.FunctionalTestSupport;
import kr.gpuprogram.reports.support.PdfText;
import kr.gpuprogram.reports.support.ReportCsv;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;

/** The allocation outlook (SPEC.md's worked outlook and hand-worked cases), figure by figure, from outlook.csv. */
class OutlookFunctionalTests extends FunctionalTestSupport {

    private static final LocalDate D = LocalDate.parse("2026-11-14");

    @Test
    void theWorkedOutlookOfSpec() throws Exception {
        // given: P-1 uses 4 GPUs x 6 h (24 GPU-h) a day on 11-01..07, 4 x 3 h (12) on 11-08..14; P-2 all 96
        givenTheDemoReference();
        reference("allocations.csv", Allocations.of()
                .row("P-1", "I-1", "느려진 할당", "demo", 4, "2026-11-01", "2026-11-30")
                .row("P-2", "I-2", "꽉 찬 할당", "demo", 4, "2026-11-01", "2026-11-30")
                .csv());
        reference("recipients.csv", """
                email,name,scope
                noc@op.example.org,운영,op
                noc@op2.example.org,운영2,op2
                """);
        for (int day = 1; day <= 14; day++) {
            String date = "2026-11-%02d".formatted(day);
            String end = day <= 7 ? "06:00:00" : "03:00:00";
            inbox("jobs-demo-" + date + ".csv", DemoProgram.HEADER
                    + (100 + day) + "|demo|P-1|kim|" + date + "T00:00:00|" + date + "T" + end + "|COMPLETED|gres/gpu=4\n"
                    + (200 + day) + "|demo|P-2|lee|" + date + "T00:00:00|" + LocalDate.parse(date).plusDays(1)
                    + "T00:00:00|COMPLETED|gres/gpu=4\n");
        }

        // when
        assertCompleted(run(D));

        // then: SPEC.md's figures
        ReportCsv outlook = report("2026-11-14", "outlook.csv");
        assertThat(outlook.column("allocation_id")).containsExactly("P-1", "P-2");
        assertThat(outlook.row("allocation_id", "P-1")).containsExactly(entry("allocation_id", "P-1"),
                entry("institution_id", "I-1"), entry("cluster_id", "demo"), entry("start_date", "2026-11-01"),
                entry("end_date", "2026-11-30"), entry("term_allocated_gpu_hours", "2880.00"),
                entry("used_to_date_gpu_hours", "252.00"), entry("used_to_date_pct", "8.75"),
                entry("elapsed_pct", "46.67"), entry("days_left", "16"), entry("pace_gpu_hours_per_day", "18.00"),
                entry("projected_used_gpu_hours", "540.00"), entry("projected_use_pct", "18.75"),
                entry("projected_unused_gpu_hours", "2340.00"), entry("projected_unused_krw", "7020000"),
                entry("window_missing_days", "0"), entry("status", "LOW"));
        // P-2: 96 x 14 = 1344 used (46.67 %, as much as elapsed); 1344 + 96 x 16 = 2880, exactly its term:
        // 100.00 % is not above 100, so ON_TRACK, not OVER
        assertThat(outlook.row("allocation_id", "P-2")).containsExactly(entry("allocation_id", "P-2"),
                entry("institution_id", "I-2"), entry("cluster_id", "demo"), entry("start_date", "2026-11-01"),
                entry("end_date", "2026-11-30"), entry("term_allocated_gpu_hours", "2880.00"),
                entry("used_to_date_gpu_hours", "1344.00"), entry("used_to_date_pct", "46.67"),
                entry("elapsed_pct", "46.67"), entry("days_left", "16"), entry("pace_gpu_hours_per_day", "96.00"),
                entry("projected_used_gpu_hours", "2880.00"), entry("projected_use_pct", "100.00"),
                entry("projected_unused_gpu_hours", "0.00"), entry("projected_unused_krw", "0"),
                entry("window_missing_days", "0"), entry("status", "ON_TRACK"));

        // and: the PDF's table of LOW allocations prints P-1's row from the same figures, for a reader (the
        // reclaim table's P-1 row has no end date); P-2 is on track, so not in it
        List<String> pdf = PdfText.of(settings.reportDir().resolve("2026-11-14").resolve("gpu-usage-2026-11-14.pdf")).lines()
                .filter(l -> l.contains(" 2026-11-30 ")).toList();
        assertThat(pdf).containsExactly("P-1 한빛대학교 (I-1) demo 2026-11-30 16 8.75 46.67 18.75 2340.00 7020000");

        // and: the month so far and a rerun of the day give the same outlook
        assertCompleted(rerun(D, D));
        assertThat(report("2026-11-14", "outlook.csv").rows()).isEqualTo(outlook.rows());
        // and: an operator's folder carries its clusters' allocations only (op2 has none of them)
        assertThat(report("2026-11-14", "operator-op/outlook.csv").rows()).isEqualTo(outlook.rows());
        assertThat(report("2026-11-14", "operator-op2/outlook.csv").rows()).isEmpty();
    }

    @Test
    void aNewAllocationAWindowWithAGapUseBeyondTheAllocationAndATermEndingToday() throws Exception {
        // given, on 11-14:
        //   N-3 (1 GPU, from 11-11, three days ago): 12 GPU-h on the 12th; its window is cut at its start: 4 days
        //   O-1 (1 GPU): 2 GPUs all day, every day: 48 GPU-h a day on 24 allocated
        //   E-1 (2 GPUs, 10-16..11-14, ends today): 2 GPUs x 10 h on the 5th
        //   M-1 (1 GPU on grow): all day, every day, but grow's job file of the 10th never arrived
        givenTheDemoReference();
        reference("allocations.csv", Allocations.of()
                .row("N-3", "I-1", "새 할당", "demo", 1, "2026-11-11", "2026-11-30")
                .row("O-1", "I-2", "넘치는 할당", "demo", 1, "2026-11-01", "2026-11-30")
                .row("E-1", "I-3", "끝나는 할당", "demo", 2, "2026-10-16", "2026-11-14")
                .row("M-1", "I-4", "빠진 날", "grow", 1, "2026-11-01", "2026-11-30")
                .csv());
        for (int day = 1; day <= 14; day++) {
            LocalDate date = LocalDate.parse("2026-11-%02d".formatted(day));
            StringBuilder demo = new StringBuilder(DemoProgram.HEADER)
                    .append(job(100 + day, "demo", "O-1", 2, date + "T00:00:00", date.plusDays(1) + "T00:00:00"));
            if (day == 12) {
                demo.append(job(200, "demo", "N-3", 1, date + "T06:00:00", date + "T18:00:00"));
            }
            if (day == 5) {
                demo.append(job(300, "demo", "E-1", 2, date + "T08:00:00", date + "T18:00:00"));
            }
            inbox("jobs-demo-" + date + ".csv", demo.toString());
            if (day != 10) {
                inbox("jobs-grow-" + date + ".csv", DemoProgram.HEADER
                        + job(400 + day, "grow", "M-1", 1, date + "T00:00:00", date.plusDays(1) + "T00:00:00"));
            }
        }

        // when
        assertCompleted(run(D));

        // then
        ReportCsv outlook = report("2026-11-14", "outlook.csv");
        assertThat(outlook.column("allocation_id")).containsExactly("E-1", "M-1", "N-3", "O-1");
        // term 1 x 24 x 20 = 480; 12 used (2.50 %); 4 of 20 days elapsed; pace 12 / 4 = 3; 12 + 3 x 16 = 60
        assertThat(outlook.row("allocation_id", "N-3")).contains(entry("term_allocated_gpu_hours", "480.00"),
                entry("used_to_date_gpu_hours", "12.00"), entry("used_to_date_pct", "2.50"),
                entry("elapsed_pct", "20.00"), entry("days_left", "16"), entry("pace_gpu_hours_per_day", "3.00"),
                entry("projected_used_gpu_hours", "60.00"), entry("projected_use_pct", "12.50"),
                entry("projected_unused_gpu_hours", "420.00"), entry("projected_unused_krw", "1260000"),
                entry("window_missing_days", "0"), entry("status", "LOW"));
        // 48 x 14 = 672 of 720; 672 + 48 x 16 = 1440, twice the term: nothing projected unused
        assertThat(outlook.row("allocation_id", "O-1")).contains(entry("term_allocated_gpu_hours", "720.00"),
                entry("used_to_date_gpu_hours", "672.00"), entry("used_to_date_pct", "93.33"),
                entry("elapsed_pct", "46.67"), entry("pace_gpu_hours_per_day", "48.00"),
                entry("projected_used_gpu_hours", "1440.00"), entry("projected_use_pct", "200.00"),
                entry("projected_unused_gpu_hours", "0.00"), entry("projected_unused_krw", "0"),
                entry("status", "OVER"));
        // 2 x 24 x 30 = 1440; 20 used, none of it in October (no files, nothing used); nothing left to project
        assertThat(outlook.row("allocation_id", "E-1")).contains(entry("start_date", "2026-10-16"),
                entry("term_allocated_gpu_hours", "1440.00"), entry("used_to_date_gpu_hours", "20.00"),
                entry("used_to_date_pct", "1.39"), entry("elapsed_pct", "100.00"), entry("days_left", "0"),
                entry("pace_gpu_hours_per_day", "1.43"), entry("projected_used_gpu_hours", "20.00"),
                entry("projected_use_pct", "1.39"), entry("projected_unused_gpu_hours", "1420.00"),
                entry("projected_unused_krw", "4260000"), entry("status", "LOW"));
        // 13 x 24 = 312; pace 312 / 14 = 22.2857...; 312 + 16 x 22.2857... = 668.571...; at 1,000 KRW (H200)
        assertThat(outlook.row("allocation_id", "M-1")).contains(entry("term_allocated_gpu_hours", "720.00"),
                entry("used_to_date_gpu_hours", "312.00"), entry("used_to_date_pct", "43.33"),
                entry("pace_gpu_hours_per_day", "22.29"), entry("projected_used_gpu_hours", "668.57"),
                entry("projected_use_pct", "92.86"), entry("projected_unused_gpu_hours", "51.43"),
                entry("projected_unused_krw", "51429"), entry("window_missing_days", "1"),
                entry("status", "UNVERIFIED"));

        // and the Outlook sheet: the largest projected unused KRW first, a data bar over the projected use share
        Path workbookFile = settings.reportDir().resolve("2026-11-14").resolve("gpu-usage-2026-11-14.xlsx");
        try (XSSFWorkbook workbook = new XSSFWorkbook(Files.newInputStream(workbookFile))) {
            XSSFSheet sheet = workbook.getSheet("Outlook");
            assertThat(List.of(1, 2, 3, 4)).extracting(r -> sheet.getRow(r).getCell(0).getStringCellValue())
                    .containsExactly("E-1", "N-3", "M-1", "O-1");
            assertThat(sheet.getRow(0).getCell(13).getStringCellValue()).isEqualTo("예상 사용률\nProjected use share");
            assertThat(sheet.getRow(1).getCell(13).getNumericCellValue()).isEqualTo(0.0139);
            assertThat(sheet.getRow(1).getCell(15).getNumericCellValue()).isEqualTo(4_260_000.0);
            assertThat(sheet.getRow(4).getCell(17).getStringCellValue()).isEqualTo("OVER");
            assertThat(sheet.getSheetConditionalFormatting().getNumConditionalFormattings()).isEqualTo(1);
            var formatting = sheet.getSheetConditionalFormatting().getConditionalFormattingAt(0);
            assertThat(formatting.getFormattingRanges()[0].formatAsString()).isEqualTo("N2:N5");
            assertThat(formatting.getRule(0).getDataBarFormatting()).isNotNull();
        }
    }

    private static String job(int id, String cluster, String account, int gpus, String start, String end) {
        return id + "|" + cluster + "|" + account + "|u|" + start + "|" + end + "|COMPLETED|gres/gpu=" + gpus + "\n";
    }
}
