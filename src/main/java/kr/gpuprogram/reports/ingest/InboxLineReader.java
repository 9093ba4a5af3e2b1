package kr.gpuprogram.reports.ingest;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
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
 * Reads every line of a list of inbox files, one after the other, and remembers in the step's
 * execution context which file and how many of its lines were read, so that a restarted
 * step goes on after the last committed chunk. A file without a usable header still yields
 * each of its lines (and the header line), carrying the file's problem, so nothing vanishes.
 */
public class InboxLineReader extends ItemStreamSupport implements ItemStreamReader<InputLine> {

    private static final String FILE_INDEX = "file.index";
    private static final String LINES_READ = "lines.read";

    private final List<InboxFile> files;
    private final CSVFormat format;
    private final char delimiter;
    private final List<String> requiredColumns;

    private int fileIndex;
    private int linesRead;
    private CSVParser parser;
    private Iterator<CSVRecord> records;
    private Map<String, Integer> header;
    private String fileProblem;
    private CSVRecord headerRecord;
    private boolean headerPending;

    public InboxLineReader(List<InboxFile> files, CSVFormat format, List<String> requiredColumns) {
        this.files = List.copyOf(files);
        this.format = format;
        this.delimiter = format.getDelimiterString().charAt(0);
        this.requiredColumns = requiredColumns;
    }

    @Override
    public void open(ExecutionContext context) {
        fileIndex = context.getInt(getExecutionContextKey(FILE_INDEX), 0);
        int skip = context.getInt(getExecutionContextKey(LINES_READ), 0);
        linesRead = 0;
        if (fileIndex < files.size()) {
            openFile();
            for (int i = 0; i < skip && nextRaw() != null; i++) {
                // skipped: already written by the chunks committed before the restart
            }
        }
    }

    @Override
    public InputLine read() {
        while (fileIndex < files.size()) {
            if (parser == null) {
                openFile();
            }
            InputLine line = nextRaw();
            if (line != null) {
                return line;
            }
            closeFile();
            fileIndex++;
            linesRead = 0;
        }
        return null;
    }

    private InputLine nextRaw() {
        InboxFile file = files.get(fileIndex);
        if (headerPending) {
            headerPending = false;
            linesRead++;
            if (headerRecord == null) {
                return new InputLine(file, 0, Map.of(), List.of(), "", "empty file: no header row and no lines");
            }
            return new InputLine(file, 1, header, values(headerRecord), CsvInput.content(headerRecord, delimiter), fileProblem);
        }
        try {
            if (!records.hasNext()) {
                return null;
            }
            CSVRecord record = records.next();
            linesRead++;
            return new InputLine(file, (int) record.getRecordNumber(), header, values(record),
                    CsvInput.content(record, delimiter), fileProblem);
        } catch (UncheckedIOException e) {
            throw new ItemStreamException("cannot read " + file.path() + ": " + e.getMessage(), e);
        }
    }

    private void openFile() {
        InboxFile file = files.get(fileIndex);
        try {
            parser = CsvInput.parser(file.path(), format);
        } catch (IOException e) {
            throw new ItemStreamException("cannot open " + file.path() + ": " + e.getMessage(), e);
        }
        records = parser.iterator();
        headerRecord = records.hasNext() ? records.next() : null;
        fileProblem = null;
        headerPending = false;
        if (headerRecord == null) {
            header = Map.of();
            headerPending = true;
            return;
        }
        header = CsvInput.headerIndex(headerRecord);
        List<String> missing = CsvInput.missingColumns(header, requiredColumns);
        if (!missing.isEmpty()) {
            fileProblem = "the file's header row is missing or lacks the column(s) " + String.join(", ", missing)
                    + ": no line of the file can be read";
            headerPending = true;
        }
    }

    private static List<String> values(CSVRecord record) {
        List<String> values = new ArrayList<>(record.size());
        record.forEach(values::add);
        return values;
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
