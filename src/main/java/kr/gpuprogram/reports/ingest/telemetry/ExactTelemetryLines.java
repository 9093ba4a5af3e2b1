package kr.gpuprogram.reports.ingest.telemetry;

import java.io.IOException;
import java.util.Iterator;
import java.util.Map;
import kr.gpuprogram.reports.ingest.inbox.CsvInput;
import kr.gpuprogram.reports.ingest.inbox.EnclosingQuotes;
import kr.gpuprogram.reports.ingest.inbox.FileEncoding;
import kr.gpuprogram.reports.ingest.inbox.FileHeader;
import kr.gpuprogram.reports.ingest.inbox.InboxFile;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;

/**
 * A telemetry file read the exact way: by commons-csv through {@link CsvInput}, as the reader
 * of inbox files reads it, for the lines {@link TelemetryFileScanner}'s byte path does not
 * take. A file that is no text, has no lines or has no usable header is one reject at line 0:
 * {@link #problem()} says why and {@link #next()} gives that one line.
 */
final class ExactTelemetryLines implements AutoCloseable {

    private final CSVParser csv;
    private final Map<String, Integer> header;
    private final String problem;
    private Iterator<CSVRecord> records;
    /** the one line of a file that is a reject as a whole, until it is read */
    private String[] pending;
    private int linesRead;
    private int lineNo;

    private ExactTelemetryLines(CSVParser csv, Iterator<CSVRecord> records, Map<String, Integer> header,
                                String problem, String[] pending) {
        this.csv = csv;
        this.records = records;
        this.header = header;
        this.problem = problem;
        this.pending = pending;
    }

    /**
     * A file the inbox scan found is no text at all: its one reject at line 0 is its size,
     * unless a committed chunk already stored it ({@code skipLines} > 0).
     */
    static ExactTelemetryLines notText(InboxFile file, int skipLines) {
        return new ExactTelemetryLines(null, null, null, file.problem(),
                skipLines == 0 ? new String[] {"(" + file.sizeBytes() + " bytes)"} : null);
    }

    /** Opens the file and skips the lines that committed chunks already stored. */
    static ExactTelemetryLines open(InboxFile file, int skipLines) throws IOException {
        // unquoted: a stray quote in a damaged line must not swallow the lines after it
        CSVParser csv = CsvInput.parser(file.path(), CsvInput.unquotedCommaSeparated(),
                FileEncoding.charsetNamed(file.encoding()));
        Iterator<CSVRecord> records = csv.iterator();
        ExactTelemetryLines lines;
        if (!records.hasNext()) {
            lines = new ExactTelemetryLines(csv, null, null, "no header row and no lines", new String[0]);
        } else {
            String[] headerLine = records.next().values();
            String[] names = EnclosingQuotes.removed(headerLine);
            FileHeader named = FileHeader.named(names, TelemetryLineParser.REQUIRED_COLUMNS);
            lines = named.problem() != null
                    // no usable header: no further line is read
                    ? new ExactTelemetryLines(csv, null, null, named.problem(), headerLine)
                    : new ExactTelemetryLines(csv, records, CsvInput.headerIndex(names), null, null);
        }
        while (lines.linesRead < skipLines && lines.next() != null) {
            // stored by the chunks committed before
        }
        return lines;
    }

    /** The header's column index; null when the file is a reject as a whole. */
    Map<String, Integer> header() {
        return header;
    }

    /** Why the file is a reject as a whole, or null. */
    String problem() {
        return problem;
    }

    /** The next line's values (its number in {@link #lineNo()}), or null at the end. */
    String[] next() {
        if (pending != null) {
            String[] values = pending;
            pending = null;
            lineNo = 0;
            linesRead++;
            return values;
        }
        if (records == null || !records.hasNext()) {
            return null;
        }
        CSVRecord record = records.next();
        lineNo = (int) record.getRecordNumber();
        linesRead++;
        return record.values();
    }

    /** commons-csv's record number of the last line read (the header is record 1; 0 for a whole-file reject). */
    int lineNo() {
        return lineNo;
    }

    /** Lines read after the header, counted as InboxFilesReader counts them (restart position). */
    int linesRead() {
        return linesRead;
    }

    @Override
    public void close() throws IOException {
        if (csv != null) {
            csv.close();
        }
    }
}
