package kr.gpuprogram.reports.batch;

import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.time.Duration;
import java.time.LocalDateTime;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.batch.core.job.JobExecution;
import org.springframework.batch.core.listener.JobExecutionListener;
import org.springframework.stereotype.Component;

/** Logs how a run ended, how long it took and the peak heap it used. */
@Component
public class RunSummaryListener implements JobExecutionListener {

    private static final Logger log = LoggerFactory.getLogger(RunSummaryListener.class);

    @Override
    public void afterJob(JobExecution execution) {
        LocalDateTime start = execution.getStartTime() == null ? LocalDateTime.now() : execution.getStartTime();
        log.info("{} {} in {} ms; peak heap {} MiB", execution.getJobInstance().getJobName(), execution.getStatus(),
                Duration.between(start, LocalDateTime.now()).toMillis(), peakHeapBytes() / (1024 * 1024));
    }

    /** Sum of the heap pools' peaks: an upper bound of the heap ever in use at once. */
    public static long peakHeapBytes() {
        long peak = 0;
        for (MemoryPoolMXBean pool : ManagementFactory.getMemoryPoolMXBeans()) {
            if (pool.getType() == MemoryType.HEAP && pool.getPeakUsage() != null) {
                peak += pool.getPeakUsage().getUsed();
            }
        }
        return peak;
    }
}
