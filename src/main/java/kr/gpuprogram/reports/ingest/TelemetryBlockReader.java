package kr.gpuprogram.reports.ingest;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.springframework.batch.infrastructure.item.ExecutionContext;
import org.springframework.batch.infrastructure.item.ItemStreamException;
import org.springframework.batch.infrastructure.item.ItemStreamReader;
import org.springframework.batch.infrastructure.item.ItemStreamSupport;

/**
 * Reads telemetry files as blocks of lines, in a fixed order, remembering file and lines read
 * in the step's execution context so that a restart goes on after the last committed chunk.
 * A file without a usable header yields its lines with the file's problem (all rejected).
 */
public class TelemetryBlockReader extends ItemStreamSupport implements ItemStreamReader<TelemetryBlock> {

    private static final String FILE_INDEX = "file.index";
    private static final String LINES_READ = "lines.read";

    private final List<InboxFile> files;
    private final int blockSize;

    private int fileIndex;
    private int linesRead;
    private CSVParser parser;
    private Iterator<CSVRecord> records;
    private Map<String, Integer> header;
    private String fileProblem;
    private TelemetryBlock.Line pendingHeaderLine;

    public TelemetryBlockReader(List<InboxFile> files, int blockSize) {
        this.files = List.copyOf(files);
        this.blockSize = blockSize;
    }

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
    public TelemetryBlock read() {
        while (fileIndex < files.size()) {
            if (parser == null) {
                openFile();
            }
            List<TelemetryBlock.Line> lines = new ArrayList<>(blockSize);
            TelemetryBlock.Line line;
            while (lines.size() < blockSize && (line = nextLine()) != null) {
                lines.add(line);
            }
            if (!lines.isEmpty()) {
                return new TelemetryBlock(files.get(fileIndex), header, lines, fileProblem);
            }
            closeFile();
            fileIndex++;
        }
        return null;
    }

    private TelemetryBlock.Line nextLine() {
        if (pendingHeaderLine != null) {
            TelemetryBlock.Line headerLine = pendingHeaderLine;
            pendingHeaderLine = null;
            linesRead++;
            return headerLine;
        }
        try {
            if (!records.hasNext()) {
                return null;
            }
            CSVRecord record = records.next();
            linesRead++;
            return new TelemetryBlock.Line((int) record.getRecordNumber(), record.values());
        } catch (UncheckedIOException e) {
            throw new ItemStreamException("cannot read " + files.get(fileIndex).path() + ": " + e.getMessage(), e);
        }
    }

    private void openFile() {
        InboxFile file = files.get(fileIndex);
        linesRead = 0;
        try {
            parser = CsvInput.parser(file.path(), CsvInput.commaSeparated());
        } catch (IOException e) {
            throw new ItemStreamException("cannot open " + file.path() + ": " + e.getMessage(), e);
        }
        records = parser.iterator();
        fileProblem = null;
        pendingHeaderLine = null;
        if (!records.hasNext()) {
            header = Map.of();
            fileProblem = "empty file: no header row and no lines";
            pendingHeaderLine = new TelemetryBlock.Line(0, new String[0]);
            return;
        }
        CSVRecord headerRecord = records.next();
        header = CsvInput.headerIndex(headerRecord);
        List<String> missing = CsvInput.missingColumns(header, TelemetryLineParser.REQUIRED_COLUMNS);
        if (!missing.isEmpty()) {
            fileProblem = "the file's header row is missing or lacks the column(s) " + String.join(", ", missing)
                    + ": no line of the file can be read";
            pendingHeaderLine = new TelemetryBlock.Line(1, headerRecord.values());
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
