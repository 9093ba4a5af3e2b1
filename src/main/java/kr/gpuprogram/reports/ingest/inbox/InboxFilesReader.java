package kr.gpuprogram.reports.ingest.inbox;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.NoSuchFileException;
import java.util.Collections;
import java.util.Iterator;
import java.util.List;
import java.util.function.Function;
import kr.gpuprogram.reports.ingest.sacct.SacctJsonJobs;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.batch.infrastructure.item.ExecutionContext;
import org.springframework.batch.infrastructure.item.ItemStreamException;
import org.springframework.batch.infrastructure.item.ItemStreamReader;
import org.springframework.batch.infrastructure.item.ItemStreamSupport;

/**
 * Reads the lines of a list of inbox files, one file after the other, and remembers in the
 * step's execution context which files (by id, not by position in a list that a later scan may
 * change) were read to their end and how many lines of the current one were read, so that a
 * restarted step goes on after the last committed chunk. A file that cannot be read at all
 * (not text, no usable header) yields one line 0 carrying the reason, so that nothing
 * vanishes and no file stops the run. Subclasses turn lines into items.
 */
abstract class InboxFilesReader<T> extends ItemStreamSupport implements ItemStreamReader<T> {

    private static final Logger log = LoggerFactory.getLogger(InboxFilesReader.class);
    private static final String LINES_READ = "lines.read";

    /**
     * One line as read: its values split, the file's header and, when the file (or, in JSON, the
     * job) cannot be read, why; {@code content} the text rejects show, null for the line's values.
     */
    protected record RawLine(InboxFile file, int lineNo, String[] values, FileHeader header, String fileProblem,
                             String content) {

        RawLine(InboxFile file, int lineNo, String[] values, FileHeader header, String fileProblem) {
            this(file, lineNo, values, header, fileProblem, null);
        }
    }

    private static final FileHeader NO_HEADER = new FileHeader(java.util.Map.of(), 0, false, null);

    private final FilesRead files;
    private final CSVFormat format;
    private final Function<String[], FileHeader> headerRule;

    private int linesRead;
    private CSVParser parser;
    private Iterator<CSVRecord> records;
    private FileHeader header;
    private RawLine pendingLine;
    private boolean fileEnded;
    private int lastLineNo;
    /** the current file's jobs when it is {@code sacct --json} (then there is no CSV parser) */
    private SacctJsonJobs json;

    protected InboxFilesReader(List<InboxFile> files, CSVFormat format, Function<String[], FileHeader> headerRule) {
        this.files = new FilesRead(files);
        this.format = format;
        this.headerRule = headerRule;
    }

    /** The next item from the current file, or null when the file has no more lines. */
    protected abstract T readFromFile();

    @Override
    public void open(ExecutionContext context) {
        int skip = context.getInt(getExecutionContextKey(LINES_READ), 0);
        if (files.open(context, this::getExecutionContextKey)) {
            openFile();
            while (linesRead < skip && nextLine() != null) {
                // already stored by the chunks committed before the restart
            }
        }
    }

    @Override
    public T read() {
        while (true) {
            if (files.current() == null) {
                return null;
            }
            if (parser == null && json == null && !fileEnded && pendingLine == null) {
                openFile();
            }
            T item = readFromFile();
            if (item != null) {
                return item;
            }
            closeFile();
            files.finishCurrent();
            fileEnded = false;
        }
    }

    /** The next line of the current file, or null at its end. */
    protected RawLine nextLine() {
        if (pendingLine != null) {
            RawLine line = pendingLine;
            pendingLine = null;
            linesRead++;
            return line;
        }
        if (json != null) {
            return nextJsonItem();
        }
        if (fileEnded || records == null) {
            return null;
        }
        InboxFile file = files.current();
        try {
            if (!records.hasNext()) {
                fileEnded = true;
                return null;
            }
            CSVRecord record = records.next();
            linesRead++;
            lastLineNo = (int) record.getRecordNumber();
            return new RawLine(file, lastLineNo, record.values(), header, null);
        } catch (UncheckedIOException | IllegalStateException e) {
            // the parser cannot go on (an unclosed quote, say): the rest of the file is one reject
            fileEnded = true;
            linesRead++;
            return new RawLine(file, lastLineNo + 1, new String[0], header,
                    "the rest of the file from this line on cannot be parsed: " + e.getMessage());
        }
    }

    private RawLine nextJsonItem() {
        if (fileEnded) {
            return null;
        }
        SacctJsonJobs.Item item = json.next();
        if (item == null) {
            fileEnded = true;
            return null;
        }
        linesRead++;
        if (item.lineNo() == 0) {
            fileEnded = true;
        }
        return new RawLine(files.current(), item.lineNo(), item.values(), SacctJsonJobs.HEADER, item.problem(),
                item.content());
    }

    /** Gives a line back: the next {@link #nextLine()} returns it again. */
    protected void pushBack(RawLine line) {
        pendingLine = line;
        linesRead--;
    }

    private void openFile() {
        InboxFile file = files.current();
        linesRead = 0;
        lastLineNo = 0;
        header = NO_HEADER;
        pendingLine = null;
        fileEnded = false;
        records = Collections.emptyIterator();
        if (file.problem() != null) {
            pendingLine = fileProblem(file, new String[] {"(" + file.sizeBytes() + " bytes)"}, file.problem());
            return;
        }
        try {
            if (InboxFileName.isJson(file.fileName())) {
                // JSON is UTF-8 (RFC 8259): the form SPEC gives Slurm's own export, read as a stream
                json = SacctJsonJobs.open(java.nio.file.Files.newInputStream(file.path()), file.clusterId());
                header = SacctJsonJobs.HEADER;
                return;
            }
            parser = CsvInput.parser(file.path(), format, FileEncoding.charsetNamed(file.encoding()));
        } catch (NoSuchFileException e) {
            log.warn("{} was removed from the inbox before it could be read: it stays unread", file.displayName());
            fileEnded = true;
            return;
        } catch (IOException e) {
            pendingLine = fileProblem(file, new String[0], "the file cannot be opened: " + e.getMessage());
            return;
        }
        records = parser.iterator();
        CSVRecord first;
        try {
            if (!records.hasNext()) {
                pendingLine = fileProblem(file, new String[0], "no header row and no lines");
                return;
            }
            first = records.next();
        } catch (UncheckedIOException | IllegalStateException e) {
            pendingLine = fileProblem(file, new String[0], "the file cannot be parsed: " + e.getMessage());
            return;
        }
        header = headerRule.apply(first.values());
        lastLineNo = (int) first.getRecordNumber();
        if (header.problem() != null) {
            pendingLine = fileProblem(file, first.values(), header.problem());
        } else if (header.firstLineIsData()) {
            pendingLine = new RawLine(file, lastLineNo, first.values(), header, null);
        }
    }

    /** The file's one reject: line 0, the reason; no further line of it is read. */
    private RawLine fileProblem(InboxFile file, String[] content, String problem) {
        fileEnded = true;
        return new RawLine(file, 0, content, header, problem);
    }

    private void closeFile() {
        if (json != null) {
            try {
                json.close();
            } catch (IOException e) {
                throw new ItemStreamException(e);
            }
            json = null;
        }
        if (parser != null) {
            try {
                parser.close();
            } catch (IOException e) {
                throw new ItemStreamException(e);
            }
            parser = null;
        }
        records = null;
        pendingLine = null;
    }

    @Override
    public void update(ExecutionContext context) {
        files.update(context, this::getExecutionContextKey);
        context.putInt(getExecutionContextKey(LINES_READ), linesRead);
    }

    @Override
    public void close() {
        closeFile();
    }
}
