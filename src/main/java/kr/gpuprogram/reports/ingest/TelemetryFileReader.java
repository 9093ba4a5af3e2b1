package kr.gpuprogram.reports.ingest;

import java.io.UncheckedIOException;
import java.time.ZoneId;
import java.util.List;
import org.springframework.batch.infrastructure.item.ExecutionContext;
import org.springframework.batch.infrastructure.item.ItemStreamException;
import org.springframework.batch.infrastructure.item.ItemStreamReader;
import org.springframework.batch.infrastructure.item.ItemStreamSupport;

/**
 * Reads telemetry files one after the other, each item the sums and rejects of a block of
 * lines of one file ({@link TelemetryFileScanner} does the parsing). The execution context
 * keeps the file, the lines read and the byte offset of the next line, so that a restarted
 * step goes on after the last committed chunk.
 */
class TelemetryFileReader extends ItemStreamSupport implements ItemStreamReader<TelemetryAggregate> {

    private static final String FILE_ID = "file.id";
    private static final String FILES_DONE = "files.done";
    private static final String LINES_READ = "lines.read";
    private static final String BYTE_OFFSET = "byte.offset";

    private final List<InboxFile> files;
    private final ClusterCatalog catalog;
    private final ZoneId programZone;
    private final int blockLines;

    private int fileIndex;
    private TelemetryFileScanner scanner;
    private final java.util.Set<Long> filesDone = new java.util.LinkedHashSet<>();

    public TelemetryFileReader(List<InboxFile> files, ClusterCatalog catalog, ZoneId programZone, int blockLines) {
        this.files = List.copyOf(files);
        this.catalog = catalog;
        this.programZone = programZone;
        this.blockLines = blockLines;
    }

    @Override
    public void open(ExecutionContext context) {
        // files are known by id, not by position in a list that a later scan may change
        String done = context.getString(getExecutionContextKey(FILES_DONE), "");
        java.util.Arrays.stream(done.split(",")).filter(s -> !s.isEmpty()).map(Long::valueOf).forEach(filesDone::add);
        long currentId = context.getLong(getExecutionContextKey(FILE_ID), -1L);
        int linesRead = context.getInt(getExecutionContextKey(LINES_READ), 0);
        long offset = context.getLong(getExecutionContextKey(BYTE_OFFSET), -1L);
        fileIndex = 0;
        skipDoneFiles();
        if (fileIndex < files.size() && files.get(fileIndex).fileId() == currentId) {
            scanner = openScanner(linesRead, offset);
        }
    }

    private void skipDoneFiles() {
        while (fileIndex < files.size() && filesDone.contains(files.get(fileIndex).fileId())) {
            fileIndex++;
        }
    }

    @Override
    public TelemetryAggregate read() {
        while (true) {
            skipDoneFiles();
            if (fileIndex >= files.size()) {
                return null;
            }
            InboxFile file = files.get(fileIndex);
            if (scanner == null && file.problem() == null && !java.nio.file.Files.exists(file.path())) {
                // it left the inbox before it was read: nothing of it counts (the merge marks it gone)
                filesDone.add(file.fileId());
                continue;
            }
            if (scanner == null) {
                scanner = openScanner(0, -1);
            }
            TelemetryAggregate block;
            try {
                block = scanner.next(blockLines);
            } catch (UncheckedIOException e) {
                throw new ItemStreamException(e.getMessage(), e);
            }
            if (block != null) {
                return block;
            }
            scanner.close();
            scanner = null;
            filesDone.add(file.fileId());
            fileIndex++;
        }
    }

    private TelemetryFileScanner openScanner(int linesRead, long offset) {
        TelemetryFileScanner opened = new TelemetryFileScanner(files.get(fileIndex), catalog, programZone);
        try {
            opened.open(linesRead, offset);
        } catch (UncheckedIOException e) {
            throw new ItemStreamException(e.getMessage(), e);
        }
        return opened;
    }

    @Override
    public void update(ExecutionContext context) {
        context.putLong(getExecutionContextKey(FILE_ID), fileIndex < files.size() ? files.get(fileIndex).fileId() : -1L);
        context.putString(getExecutionContextKey(FILES_DONE),
                filesDone.stream().map(String::valueOf).collect(java.util.stream.Collectors.joining(",")));
        context.putInt(getExecutionContextKey(LINES_READ), scanner == null ? 0 : scanner.linesRead());
        context.putLong(getExecutionContextKey(BYTE_OFFSET), scanner == null ? -1L : scanner.byteOffset());
    }

    @Override
    public void close() {
        if (scanner != null) {
            scanner.close();
            scanner = null;
        }
    }
}
