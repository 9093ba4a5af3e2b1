package kr.gpuprogram.reports.batch;

import java.time.Duration;
import java.time.LocalDateTime;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.batch.core.ExitStatus;
import org.springframework.batch.core.listener.StepExecutionListener;
import org.springframework.batch.core.step.StepExecution;

/** Logs each step's time and, for chunk steps, lines read and written and lines per second. */
public class StepTimingListener implements StepExecutionListener {

    private static final Logger log = LoggerFactory.getLogger(StepTimingListener.class);

    @Override
    public void beforeStep(StepExecution step) {
        log.info("Step {} started", step.getStepName());
    }

    @Override
    public ExitStatus afterStep(StepExecution step) {
        LocalDateTime start = step.getStartTime() == null ? LocalDateTime.now() : step.getStartTime();
        long millis = Math.max(1, Duration.between(start, LocalDateTime.now()).toMillis());
        if (step.getReadCount() > 0) {
            log.info("Step {} {} in {} ms: {} lines read, {} written, {} lines/s", step.getStepName(),
                    step.getStatus(), millis, step.getReadCount(), step.getWriteCount(),
                    step.getReadCount() * 1000 / millis);
        } else {
            log.info("Step {} {} in {} ms", step.getStepName(), step.getStatus(), millis);
        }
        return step.getExitStatus();
    }
}
