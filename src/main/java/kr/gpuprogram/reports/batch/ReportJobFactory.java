package kr.gpuprogram.reports.batch;

import kr.gpuprogram.reports.delivery.DeliveryStepConfiguration;
import kr.gpuprogram.reports.ingest.InboxIngestFlowConfiguration;
import org.springframework.batch.core.job.Job;
import org.springframework.batch.core.job.builder.JobBuilder;
import org.springframework.batch.core.job.flow.Flow;
import org.springframework.batch.core.repository.JobRepository;
import org.springframework.batch.core.step.Step;
import org.springframework.batch.core.step.tasklet.Tasklet;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.context.annotation.Import;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;

/**
 * Every job of the program has one shape: a head that brings the data in, a figures step, a
 * report step, the delivery step, and the run's listeners. The head is the inbox flow (the
 * nightly job, the schedule's month report, which hold the ingest lock) or the reference files
 * alone (a rerun, a month asked for by hand, which compute from what is stored). A job's
 * configuration gives its name, its steps' prefix and its two tasklets; the steps are named
 * {@code <prefix>FiguresStep} and {@code <prefix>ReportStep}, the names under which a restart
 * finds them in the job repository.
 */
@Component
@Import({InboxIngestFlowConfiguration.class, DeliveryStepConfiguration.class})
public class ReportJobFactory {

    private final JobRepository jobRepository;
    private final PlatformTransactionManager transactionManager;
    private final RunOwnerListener runOwner;
    private final IngestLockListener ingestLock;
    private final RunSummaryListener runSummary;
    private final Flow inboxIngest;
    private final Step referenceLoad;
    private final Step delivery;

    ReportJobFactory(JobRepository jobRepository, PlatformTransactionManager transactionManager,
                     RunOwnerListener runOwner, IngestLockListener ingestLock, RunSummaryListener runSummary,
                     @Qualifier(InboxIngestFlowConfiguration.FLOW) Flow inboxIngest,
                     @Qualifier(InboxIngestFlowConfiguration.REFERENCE_LOAD_STEP) Step referenceLoad,
                     @Qualifier(DeliveryStepConfiguration.STEP) Step delivery) {
        this.jobRepository = jobRepository;
        this.transactionManager = transactionManager;
        this.runOwner = runOwner;
        this.ingestLock = ingestLock;
        this.runSummary = runSummary;
        this.inboxIngest = inboxIngest;
        this.referenceLoad = referenceLoad;
        this.delivery = delivery;
    }

    /** A job that first takes in what is new in the inbox, under the ingest lock. */
    public Job afterInboxIngest(String jobName, String stepPrefix, Tasklet figures, Tasklet report) {
        return new JobBuilder(jobName, jobRepository)
                .start(inboxIngest)
                .next(figuresStep(stepPrefix, figures))
                .next(reportStep(stepPrefix, report))
                .next(delivery)
                .end()
                .listener(runOwner)
                .listener(ingestLock)
                .listener(runSummary)
                .build();
    }

    /** A job on what is stored: the reference files are read again, the inbox is left alone. */
    public Job onStoredData(String jobName, String stepPrefix, Tasklet figures, Tasklet report) {
        return new JobBuilder(jobName, jobRepository)
                .start(referenceLoad)
                .next(figuresStep(stepPrefix, figures))
                .next(reportStep(stepPrefix, report))
                .next(delivery)
                .listener(runOwner)
                .listener(runSummary)
                .build();
    }

    private Step figuresStep(String prefix, Tasklet tasklet) {
        return TaskletSteps.step(prefix + "FiguresStep", jobRepository, transactionManager, tasklet);
    }

    private Step reportStep(String prefix, Tasklet tasklet) {
        return TaskletSteps.step(prefix + "ReportStep", jobRepository, transactionManager, tasklet);
    }
}
