package kr.gpuprogram.reports.ingest.telemetry;

/**
 * One telemetry file read in blocks of samples, whatever its form: the CSV ({@link
 * TelemetryFileScanner}) or a Prometheus range query ({@link PrometheusMatrixScanner}). The step's
 * reader drives it and keeps {@link #linesRead()} and {@link #byteOffset()} for a restart.
 */
interface TelemetryBlocks extends AutoCloseable {

    /** The sums and rejects of up to {@code maxLines} further lines or samples, or null at the end. */
    TelemetryAggregate next(int maxLines);

    int linesRead();

    /** Where a restart goes on in bytes, or -1 when it goes on by {@link #linesRead()}. */
    long byteOffset();

    @Override
    void close();
}
