package kr.gpuprogram.reports.report;

import java.io.IOException;
import java.nio.file.Path;

/** One kind of file in a period folder (the CSV extracts, the workbook, the PDF). */
public interface ReportPart {

    void write(PeriodReport figures, Path folder) throws IOException;

    /**
     * Whether writing this part reads rows streamed from the report's snapshot (its daily
     * detail, its rejects) rather than only the report in memory: such a part is written on the thread that
     * holds the snapshot, the others beside it.
     */
    default boolean streamsFromSnapshot() {
        return false;
    }
}
