package kr.gpuprogram.reports.ingest.sacct;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.Charset;
import java.nio.file.Path;
import java.util.Iterator;
import kr.gpuprogram.reports.ingest.inbox.CsvInput;
import kr.gpuprogram.reports.ingest.inbox.FileHeader;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;

/** What the first line of a job file says before its lines are read: whether it has a Submit column. */
public final class SacctFirstLine {

    private SacctFirstLine() {
    }

    public static boolean hasSubmit(Path file, Charset charset) throws IOException {
        try (CSVParser parser = CsvInput.parser(file, CsvInput.pipeSeparated(), charset)) {
            Iterator<CSVRecord> records = parser.iterator();
            if (!records.hasNext()) {
                return false;
            }
            FileHeader header = FileHeader.sacct(records.next().values());
            return header.problem() == null && header.has("submit");
        } catch (UncheckedIOException e) {
            return false;
        }
    }
}
