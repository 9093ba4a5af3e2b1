package kr.gpuprogram.reports.report;

import java.io.IOException;
import java.nio.file.Path;

/** One kind of file in a period folder (the CSV extracts, the workbook, the PDF). */
public interface ReportPart {

    void write(PeriodReport figures, Path folder) throws IOException;
}
