package kr.gpuprogram.reports.report.excel;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.InputStream;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import kr.gpuprogram.reports.ReportSettings;
import kr.gpuprogram.reports.report.DailyDetail;
import kr.gpuprogram.reports.report.PeriodReport;
import kr.gpuprogram.reports.support.GlossaryFixture;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The workbook as written shows glossary terms only: every column header ("한국어\nEnglish") of
 * every sheet and every Summary label ("한국어 / English"), read back from the file.
 */
class WorkbookGlossaryTest {

    @TempDir
    Path folder;

    @Test
    void everyHeaderAndSummaryLabelIsAGlossaryTerm() throws Exception {
        PeriodReport month = GlossaryFixture.month();
        // the Daily detail streams from the database; one row stands in for it here
        PeriodReport figures = new PeriodReport(month.period(), null, month.clusters(), month.institutions(),
                month.sectors(), month.reclaim(), month.missing(), month.rejects(), month.days(), month.provenance(),
                month.operators(), sink -> sink.accept(new DailyDetail.Row(LocalDate.of(2026, 11, 5), "AL-1", "I-1",
                        "한빛대학교", "ACADEMIA", "demo", "op", 96 * 3600, 20 * 3600, 76 * 3600, 0, 3600,
                        new BigDecimal("3000"), new BigDecimal("288000"), new BigDecimal("60000"))));
        new WorkbookWriter(ReportSettings.defaults(Path.of("sample-data"), folder, Path.of("var"))).write(figures, folder);

        int headers = 0;
        int labels = 0;
        try (InputStream in = Files.newInputStream(folder.resolve(WorkbookWriter.fileName("2026-11")));
             XSSFWorkbook workbook = new XSSFWorkbook(in)) {
            for (Sheet sheet : workbook) {
                for (Row row : sheet) {
                    for (Cell cell : row) {
                        if (cell.getCellType() != CellType.STRING) {
                            continue;
                        }
                        String text = cell.getStringCellValue();
                        GlossaryFixture.assertNoRetiredWords("sheet " + sheet.getSheetName(), text);
                        if (text.contains("\n")) {
                            String[] lines = text.split("\n");
                            GlossaryFixture.assertTerm("sheet " + sheet.getSheetName() + "'s header", lines[0], lines[1]);
                            headers++;
                        } else if (cell.getColumnIndex() == 0 && text.contains(" / ") && row.getCell(1) != null) {
                            String[] parts = text.strip().split(" / ");
                            GlossaryFixture.assertTerm("sheet " + sheet.getSheetName() + "'s label", parts[0], parts[1]);
                            labels++;
                        }
                    }
                }
            }
        }
        // every sheet's table and the Summary's figures were seen: an empty workbook would pass vacuously
        assertThat(headers).isGreaterThan(80);
        assertThat(labels).isGreaterThanOrEqualTo(20);
    }
}
