package kr.gpuprogram.reports.ingest;

import org.springframework.batch.core.job.builder.FlowBuilder;
import org.springframework.batch.core.job.flow.Flow;
import org.springframework.batch.core.job.flow.support.SimpleFlow;
import org.springframework.batch.core.step.Step;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.annotation.Import;

/**
 * Everything that reads the data dir, in order: the reference files, the inbox scan, the job
 * files and their merge into job records, the telemetry files and their merge. The nightly
 * job and the schedule's month report (which first takes in files that arrived late) run this
 * one flow; its steps restart as the job's own would.
 */
@Configuration(proxyBeanMethods = false)
@Import(IngestStepsConfiguration.class)
public class InboxIngestFlowConfiguration {

    /** The flow's bean name. */
    public static final String FLOW = "inboxIngestFlow";
    /** The bean name of its first step, which a job on stored data runs alone. */
    public static final String REFERENCE_LOAD_STEP = "referenceLoadStep";

    @Bean(FLOW)
    Flow inboxIngestFlow(Step referenceLoadStep, Step inboxScanStep, Step jobFileIngestStep, Step jobFileMergeStep,
                         Step telemetryIngestStep, Step telemetryMergeStep) {
        return new FlowBuilder<SimpleFlow>(FLOW)
                .start(referenceLoadStep)
                .next(inboxScanStep)
                .next(jobFileIngestStep)
                .next(jobFileMergeStep)
                .next(telemetryIngestStep)
                .next(telemetryMergeStep)
                .build();
    }
}
