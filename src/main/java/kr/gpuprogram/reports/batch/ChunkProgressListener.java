package kr.gpuprogram.reports.batch;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.batch.core.listener.ChunkListener;
import org.springframework.batch.infrastructure.item.Chunk;

/** Logs progress of a long chunk step every so many lines: lines so far and lines per second. */
public class ChunkProgressListener<I, O> implements ChunkListener<I, O> {

    private static final Logger log = LoggerFactory.getLogger(ChunkProgressListener.class);

    private final String stepName;
    private final long every;
    private long lines;
    private long nextReport;
    private long started;

    public ChunkProgressListener(String stepName, long every) {
        this.stepName = stepName;
        this.every = every;
        this.nextReport = every;
    }

    @Override
    public void afterChunk(Chunk<O> chunk) {
        if (started == 0) {
            started = System.nanoTime();
        }
        lines += chunk.size();
        if (lines >= nextReport) {
            long millis = Math.max(1, (System.nanoTime() - started) / 1_000_000);
            log.info("{}: {} lines so far, {} lines/s", stepName, lines, lines * 1000 / millis);
            nextReport += every;
        }
    }
}
