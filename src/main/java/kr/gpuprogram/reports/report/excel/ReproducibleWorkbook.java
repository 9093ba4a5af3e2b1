package kr.gpuprogram.reports.report.excel;

import java.time.ZoneOffset;
import java.util.Date;
import java.util.Optional;
import kr.gpuprogram.reports.report.Period;
import kr.gpuprogram.reports.report.Term;
import org.apache.poi.ooxml.POIXMLProperties;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

/**
 * Makes a rerun of a period write the same bytes: the document's dates are the end of the
 * period instead of "now" (POI already gives every zip entry a fixed time).
 */
final class ReproducibleWorkbook {

    private ReproducibleWorkbook() {
    }

    static void fixMetadata(XSSFWorkbook workbook, Period period) {
        POIXMLProperties.CoreProperties core = workbook.getProperties().getCoreProperties();
        Date asOf = Date.from(period.to().plusDays(1).atStartOfDay().toInstant(ZoneOffset.UTC));
        core.setCreated(Optional.of(asOf));
        core.setModified(Optional.of(asOf));
        core.setCreator("gpu-usage-reports");
        core.setTitle(Term.REPORT_TITLE.ko() + " " + period.name());
    }
}
