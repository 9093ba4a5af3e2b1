package kr.gpuprogram.reports.ingest;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.batch.core.ExitStatus;
import org.springframework.batch.core.listener.ChunkListener;
import org.springframework.batch.core.listener.StepExecutionListener;
import org.springframework.batch.core.step.StepExecution;
import org.springframework.batch.infrastructure.item.Chunk;

/** Telemetry items are blocks: this counts the lines in them, for progress and rows per second. */
public class TelemetryProgressListener implements ChunkListener<TelemetryAggregate, TelemetryAggregate>, StepExecutionListener {

    private static final Logger log = LoggerFactory.getLogger(TelemetryProgressListener.class);
    private static final long EVERY = 2_000_000;

    private long started;
    private long lines;
    private long nextReport = EVERY;

    @Override
    public void beforeStep(StepExecution stepExecution) {
        started = System.nanoTime();
    }

    @Override
    public void afterChunk(Chunk<TelemetryAggregate> chunk) {
        for (TelemetryAggregate aggregate : chunk) {
            lines += aggregate.rejects().size();
            aggregate.sums().values().forEach(s -> lines += s.samples);
        }
        if (lines >= nextReport) {
            log.info("telemetryIngestStep: {} lines so far, {} lines/s", lines, rate());
            nextReport += EVERY;
        }
    }

    @Override
    public ExitStatus afterStep(StepExecution stepExecution) {
        if (lines > 0) {
            log.info("telemetryIngestStep: {} telemetry lines in {} ms, {} lines/s", lines,
                    (System.nanoTime() - started) / 1_000_000, rate());
        }
        return stepExecution.getExitStatus();
    }

    private long rate() {
        long millis = Math.max(1, (System.nanoTime() - started) / 1_000_000);
        return lines * 1000 / millis;
    }
}
