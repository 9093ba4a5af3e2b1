package kr.gpuprogram.reports.ingest.telemetry;

import java.io.UncheckedIOException;
import java.time.ZoneId;
import java.util.List;
import kr.gpuprogram.reports.ingest.inbox.FilesRead;
import kr.gpuprogram.reports.ingest.inbox.InboxFile;
import kr.gpuprogram.reports.ingest.reference.ClusterCatalog;
import org.springframework.batch.infrastructure.item.ExecutionContext;
import org.springframework.batch.infrastructure.item.ItemStreamException;
import org.springframework.batch.infrastructure.item.ItemStreamReader;
import org.springframework.batch.infrastructure.item.ItemStreamSupport;

/**
 * Reads telemetry files one after the other, each item the sums and rejects of a block of
 * lines of one file ({@link TelemetryBlocks} opens the parser of its form). The execution context
 * keeps the file, the lines read and the byte offset of the next line, so that a restarted
 * step goes on after the last committed chunk.
 */
public class TelemetryFileReader extends ItemStreamSupport implements ItemStreamReader<TelemetryAggregate> {

    private static final String LINES_READ = "lines.read";
    private static final String BYTE_OFFSET = "byte.offset";

    private final FilesRead files;
    private final ClusterCatalog catalog;
    private final ZoneId programZone;
    private final int blockLines;

    private TelemetryBlocks scanner;

    public TelemetryFileReader(List<InboxFile> files, ClusterCatalog catalog, ZoneId programZone, int blockLines) {
        this.files = new FilesRead(files);
        this.catalog = catalog;
        this.programZone = programZone;
        this.blockLines = blockLines;
    }

    @Override
    public void open(ExecutionContext context) {
        int linesRead = context.getInt(getExecutionContextKey(LINES_READ), 0);
        long offset = context.getLong(getExecutionContextKey(BYTE_OFFSET), -1L);
        if (files.open(context, this::getExecutionContextKey)) {
            scanner = openScanner(linesRead, offset);
        }
    }

    @Override
    public TelemetryAggregate read() {
        while (true) {
            InboxFile file = files.current();
            if (file == null) {
                return null;
            }
            if (scanner == null && file.problem() == null && !java.nio.file.Files.exists(file.path())) {
                // it left the inbox before it was read: nothing of it counts (the merge marks it gone)
                files.finishCurrent();
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
            files.finishCurrent();
        }
    }

    private TelemetryBlocks openScanner(int linesRead, long offset) {
        try {
            return TelemetryBlocks.open(files.current(), catalog, programZone, linesRead, offset);
        } catch (UncheckedIOException e) {
            throw new ItemStreamException(e.getMessage(), e);
        }
    }

    @Override
    public void update(ExecutionContext context) {
        files.update(context, this::getExecutionContextKey);
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
