package kr.gpuprogram.reports.report.csv;

import java.io.IOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import kr.gpuprogram.reports.report.OutlookExtract;
import kr.gpuprogram.reports.report.PeriodReport;
import kr.gpuprogram.reports.report.ReportPart;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/**
 * {@code outlook.csv} in every period folder, the program's and each operator's (whose report
 * holds only its clusters' allocations). A part of its own beside the other extracts: the
 * outlook is a projection from the stored days, so it is not one of the published figures that
 * the restatement check compares (a late file changes a projection without restating a use).
 */
@Component
@Order(4)
public class OutlookExtractWriter implements ReportPart {

    @Override
    public void write(PeriodReport figures, Path folder) throws IOException {
        try (Writer writer = Files.newBufferedWriter(folder.resolve(OutlookExtract.FILE), StandardCharsets.UTF_8)) {
            OutlookExtract.print(figures.outlook(), writer);
        }
    }
}
