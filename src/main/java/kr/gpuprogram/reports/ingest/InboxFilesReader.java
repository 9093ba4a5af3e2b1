package kr.gpuprogram.reports.ingest;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.springframework.batch.infrastructure.item.ExecutionContext;
import org.springframework.batch.infrastructure.item.ItemStreamException;
import org.springframework.batch.infrastructure.item.ItemStreamReader;
import org.springframework.batch.infrastructure.item.ItemStreamSupport;

/**
 * Reads the lines of a list of inbox files, one file after the other, and remembers in the
 * step's execution context which file and how many of its lines were read, so that a restarted
 * step goes on after the last committed chunk. A file without a usable header still yields
 * each of its lines (and the header line, or line 0 for an empty file), carrying the file's
 * problem, so that nothing vanishes. Subclasses turn lines into items.
 */
public abstract class InboxFilesReader<T> extends ItemStreamSupport implements ItemStreamReader<T> {

    private static final String FILE_INDEX = "file.index";
    private static final String LINES_READ = "lines.read";

    /** One line as read: its values split, the file's header and, when the file cannot be read, why. */
    protected record RawLine(InboxFile file, int lineNo, String[] values, Map<String, Integer> header,
                             String fileProblem) {
    }

    private final List<InboxFile> files;
    private final CSVFormat format;
    private final List<String> requiredColumns;

    private int fileIndex;
    private int linesRead;
    private CSVParser parser;
    private Iterator<CSVRecord> records;
    private Map<String, Integer> header;
    private String fileProblem;
    private RawLine pendingHeaderLine;

    protected InboxFilesReader(List<InboxFile> files, CSVFormat format, List<String> requiredColumns) {
        this.files = List.copyOf(files);
        this.format = format;
        this.requiredColumns = requiredColumns;
    }

    /** The next item from the current file, or null when the file has no more lines. */
    protected abstract T readFromFile();

    @Override
    public void open(ExecutionContext context) {
        fileIndex = context.getInt(getExecutionContextKey(FILE_INDEX), 0);
        int skip = context.getInt(getExecutionContextKey(LINES_READ), 0);
        if (fileIndex < files.size()) {
            openFile();
            while (linesRead < skip && nextLine() != null) {
                // already stored by the chunks committed before the restart
            }
        }
    }

    @Override
    public T read() {
        while (fileIndex < files.size()) {
            if (parser == null) {
                openFile();
            }
            T item = readFromFile();
            if (item != null) {
                return item;
            }
            closeFile();
            fileIndex++;
        }
        return null;
    }

    /** The next line of the current file, or null at its end. */
    protected RawLine nextLine() {
        if (pendingHeaderLine != null) {
            RawLine headerLine = pendingHeaderLine;
            pendingHeaderLine = null;
            linesRead++;
            return headerLine;
        }
        InboxFile file = files.get(fileIndex);
        try {
            if (!records.hasNext()) {
                return null;
            }
            CSVRecord record = records.next();
            linesRead++;
            return new RawLine(file, (int) record.getRecordNumber(), record.values(), header, fileProblem);
        } catch (UncheckedIOException e) {
            throw new ItemStreamException("cannot read " + file.path() + ": " + e.getMessage(), e);
        }
    }

    private void openFile() {
        InboxFile file = files.get(fileIndex);
        linesRead = 0;
        try {
            parser = CsvInput.parser(file.path(), format);
        } catch (IOException e) {
            throw new ItemStreamException("cannot open " + file.path() + ": " + e.getMessage(), e);
        }
        records = parser.iterator();
        fileProblem = null;
        pendingHeaderLine = null;
        if (!records.hasNext()) {
            header = Map.of();
            fileProblem = "empty file: no header row and no lines";
            pendingHeaderLine = new RawLine(file, 0, new String[0], header, fileProblem);
            return;
        }
        CSVRecord headerRecord = records.next();
        header = CsvInput.headerIndex(headerRecord);
        List<String> missing = CsvInput.missingColumns(header, requiredColumns);
        if (!missing.isEmpty()) {
            fileProblem = "the file's header row is missing or lacks the column(s) " + String.join(", ", missing)
                    + ": no line of the file can be read";
            pendingHeaderLine = new RawLine(file, 1, headerRecord.values(), header, fileProblem);
        }
    }

    private void closeFile() {
        if (parser != null) {
            try {
                parser.close();
            } catch (IOException e) {
                throw new ItemStreamException(e);
            }
            parser = null;
        }
    }

    @Override
    public void update(ExecutionContext context) {
        context.putInt(getExecutionContextKey(FILE_INDEX), fileIndex);
        context.putInt(getExecutionContextKey(LINES_READ), linesRead);
    }

    @Override
    public void close() {
        closeFile();
    }
}
