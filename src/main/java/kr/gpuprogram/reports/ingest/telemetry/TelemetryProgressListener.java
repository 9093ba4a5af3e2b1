package kr.gpuprogram.reports.ingest.telemetry;

import java.util.concurrent.atomic.AtomicLong;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.batch.core.ExitStatus;
import org.springframework.batch.core.listener.ChunkListener;
import org.springframework.batch.core.listener.StepExecutionListener;
import org.springframework.batch.core.step.StepExecution;
import org.springframework.batch.infrastructure.item.Chunk;

/**
 * Telemetry items are blocks: this counts the lines in them, for progress and rows per second.
 * One instance serves the partitioned step ({@link #stepListener()}: start and total) and its
 * workers ({@link #chunkListener()}, from several threads); two listener objects, so that a
 * worker step never registers the step listener.
 */
public class TelemetryProgressListener {

    private static final Logger log = LoggerFactory.getLogger(TelemetryProgressListener.class);
    private static final long EVERY = 2_000_000;

    private volatile long started;
    private final AtomicLong lines = new AtomicLong();
    private final AtomicLong nextReport = new AtomicLong(EVERY);

    public StepExecutionListener stepListener() {
        return new StepExecutionListener() {
            @Override
            public void beforeStep(StepExecution stepExecution) {
                TelemetryProgressListener.this.beforeStep();
            }

            @Override
            public ExitStatus afterStep(StepExecution stepExecution) {
                TelemetryProgressListener.this.afterStep();
                return stepExecution.getExitStatus();
            }
        };
    }

    public ChunkListener<TelemetryAggregate, TelemetryAggregate> chunkListener() {
        return new ChunkListener<>() {
            @Override
            public void afterChunk(Chunk<TelemetryAggregate> chunk) {
                TelemetryProgressListener.this.afterChunk(chunk);
            }
        };
    }

    private void beforeStep() {
        started = System.nanoTime();
        lines.set(0);
        nextReport.set(EVERY);
    }

    private void afterChunk(Chunk<TelemetryAggregate> chunk) {
        long added = 0;
        for (TelemetryAggregate aggregate : chunk) {
            added += aggregate.rejects().size();
            for (TelemetryAggregate.Sums sums : aggregate.sums().values()) {
                added += sums.samples;
            }
        }
        long total = lines.addAndGet(added);
        long next = nextReport.get();
        if (total >= next && nextReport.compareAndSet(next, next + EVERY)) {
            log.info("telemetryIngestStep: {} lines so far, {} lines/s", total, rate(total));
        }
    }

    private void afterStep() {
        long total = lines.get();
        if (total > 0) {
            log.info("telemetryIngestStep: {} telemetry lines in {} ms, {} lines/s", total,
                    (System.nanoTime() - started) / 1_000_000, rate(total));
        }
    }

    private long rate(long total) {
        long millis = Math.max(1, (System.nanoTime() - started) / 1_000_000);
        return total * 1000 / millis;
    }
}
