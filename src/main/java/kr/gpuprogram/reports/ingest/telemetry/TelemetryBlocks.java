package kr.gpuprogram.reports.ingest.telemetry;

import java.time.ZoneId;
import kr.gpuprogram.reports.ingest.inbox.InboxFile;
import kr.gpuprogram.reports.ingest.inbox.InboxFileName;
import kr.gpuprogram.reports.ingest.reference.ClusterCatalog;

/**
 * One telemetry file read in blocks of samples, whatever its form: the CSV ({@link
 * TelemetryFileScanner}) or a Prometheus range query ({@link PrometheusMatrixScanner}). The step's
 * reader drives it and keeps {@link #linesRead()} and {@link #byteOffset()} for a restart;
 * {@code validate} reads through it too, so that both see a file alike.
 */
public interface TelemetryBlocks extends AutoCloseable {

    /** The file opened by the reader of its form, going on after {@code linesRead} lines (or at {@code offset} bytes). */
    static TelemetryBlocks open(InboxFile file, ClusterCatalog catalog, ZoneId programZone, int linesRead, long offset) {
        if (InboxFileName.isJson(file.fileName())) {
            PrometheusMatrixScanner matrix = new PrometheusMatrixScanner(file, catalog, programZone);
            matrix.open(linesRead);
            return matrix;
        }
        TelemetryFileScanner scanner = new TelemetryFileScanner(file, catalog, programZone);
        scanner.open(linesRead, offset);
        return scanner;
    }

    /** The sums and rejects of up to {@code maxLines} further lines or samples, or null at the end. */
    TelemetryAggregate next(int maxLines);

    int linesRead();

    /** Where a restart goes on in bytes, or -1 when it goes on by {@link #linesRead()}. */
    long byteOffset();

    @Override
    void close();
}
