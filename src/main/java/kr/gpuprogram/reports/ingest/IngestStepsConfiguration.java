package kr.gpuprogram.reports.ingest;

import java.util.List;
import kr.gpuprogram.reports.ReportSettings;
import kr.gpuprogram.reports.batch.Checkpoints;
import kr.gpuprogram.reports.batch.ChunkProgressListener;
import kr.gpuprogram.reports.batch.StepTimingListener;
import kr.gpuprogram.reports.batch.TaskletSteps;
import kr.gpuprogram.reports.db.SqlResource;
import kr.gpuprogram.reports.ingest.inbox.CsvInput;
import kr.gpuprogram.reports.ingest.inbox.FileHeader;
import kr.gpuprogram.reports.ingest.inbox.InboxFile;
import kr.gpuprogram.reports.ingest.inbox.InboxFileMerger;
import kr.gpuprogram.reports.ingest.inbox.InboxFileName;
import kr.gpuprogram.reports.ingest.inbox.InboxLineReader;
import kr.gpuprogram.reports.ingest.inbox.InboxRegistry;
import kr.gpuprogram.reports.ingest.inbox.InputLine;
import kr.gpuprogram.reports.ingest.reference.ClusterCatalog;
import kr.gpuprogram.reports.ingest.reference.ReferenceData;
import kr.gpuprogram.reports.ingest.reference.ReferenceFilesLoader;
import kr.gpuprogram.reports.ingest.reference.ReferenceStore;
import kr.gpuprogram.reports.ingest.sacct.ClassifiedLineWriter;
import kr.gpuprogram.reports.ingest.sacct.JobLineProcessor;
import kr.gpuprogram.reports.ingest.sacct.SacctLineParser;
import kr.gpuprogram.reports.ingest.telemetry.TelemetryAggregate;
import kr.gpuprogram.reports.ingest.telemetry.TelemetryAggregateWriter;
import kr.gpuprogram.reports.ingest.telemetry.TelemetryFilePartitioner;
import kr.gpuprogram.reports.ingest.telemetry.TelemetryFileReader;
import kr.gpuprogram.reports.ingest.telemetry.TelemetryProgressListener;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.batch.core.configuration.annotation.StepScope;
import org.springframework.batch.core.partition.support.TaskExecutorPartitionHandler;
import org.springframework.batch.core.repository.JobRepository;
import org.springframework.batch.core.step.Step;
import org.springframework.batch.core.step.builder.StepBuilder;
import org.springframework.batch.infrastructure.repeat.RepeatStatus;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.task.SimpleAsyncTaskExecutor;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.transaction.PlatformTransactionManager;

/** The steps that bring input into the database: reference files, then new inbox files. */
@Configuration(proxyBeanMethods = false)
class IngestStepsConfiguration {

    private static final Logger log = LoggerFactory.getLogger(IngestStepsConfiguration.class);
    private static final int TELEMETRY_BLOCK_LINES = 100_000;
    private static final int TELEMETRY_BLOCKS_PER_CHUNK = 5;
    private static final int TELEMETRY_PARTITIONS = 2;

    /** Reference files are re-read on every run, restarts included: the newest content wins. */
    @Bean(InboxIngestFlowConfiguration.REFERENCE_LOAD_STEP)
    Step referenceLoadStep(JobRepository jobRepository, PlatformTransactionManager transactionManager,
                           ReportSettings settings, ReferenceStore store, Checkpoints faults) {
        return new StepBuilder(InboxIngestFlowConfiguration.REFERENCE_LOAD_STEP, jobRepository)
                .tasklet((contribution, chunkContext) -> {
                    ReferenceData data = new ReferenceFilesLoader(settings.referenceDir(), settings.programZone(),
                            store.lastReadable()).load();
                    boolean changed = store.replace(data);
                    faults.reached(Checkpoints.REFERENCE_LOAD);
                    log.info("Reference data from {} ({}): {} operators, {} cluster capacity periods, {} institutions, "
                                    + "{} allocations, {} rates, {} recipients, {} rows rejected",
                            settings.referenceDir(), changed ? "loaded" : "unchanged", data.operators().size(), data.clusterPeriods().size(),
                            data.institutions().size(), data.allocations().size(), data.rates().size(),
                            data.recipients().size(), data.rejects().size());
                    return RepeatStatus.FINISHED;
                }, transactionManager)
                .allowStartIfComplete(true)
                .listener(new StepTimingListener())
                .build();
    }

    @Bean
    Step inboxScanStep(JobRepository jobRepository, PlatformTransactionManager transactionManager,
                       InboxRegistry registry) {
        return TaskletSteps.step("inboxScanStep", jobRepository, transactionManager, (contribution, chunkContext) -> {
            registry.scan();
            return RepeatStatus.FINISHED;
        });
    }

    @Bean
    Step jobFileIngestStep(JobRepository jobRepository, PlatformTransactionManager transactionManager,
                           ReportSettings settings, InboxLineReader jobFileLineReader,
                           JobLineProcessor jobLineProcessor, ClassifiedLineWriter classifiedLineWriter) {
        return new StepBuilder("jobFileIngestStep", jobRepository)
                .<InputLine, ClassifiedLine>chunk(settings.chunkSize())
                .transactionManager(transactionManager)
                .reader(jobFileLineReader)
                .processor(jobLineProcessor)
                .writer(classifiedLineWriter)
                .listener(new ChunkProgressListener<InputLine, ClassifiedLine>("jobFileIngestStep", 50_000))
                .listener(new StepTimingListener())
                .build();
    }

    @Bean
    Step jobFileMergeStep(JobRepository jobRepository, PlatformTransactionManager transactionManager,
                          InboxFileMerger merger) {
        return TaskletSteps.step("jobFileMergeStep", jobRepository, transactionManager, (contribution, chunkContext) -> {
            merger.mergePending(InboxFileName.JOBS);
            return RepeatStatus.FINISHED;
        });
    }

    /**
     * Telemetry is read in blocks of lines, each added up by the reader as it parses them (see
     * {@link TelemetryFileScanner}); a chunk of blocks is one transaction. The files are split
     * among {@link #TELEMETRY_PARTITIONS} partitions run on as many threads (each partition a
     * worker step with its own reader, restartable on its own).
     */
    @Bean
    Step telemetryIngestStep(JobRepository jobRepository, InboxRegistry registry, Step telemetryIngestWorkerStep,
                             TelemetryProgressListener telemetryProgressListener) {
        SimpleAsyncTaskExecutor threads = new SimpleAsyncTaskExecutor("telemetry-");
        threads.setConcurrencyLimit(TELEMETRY_PARTITIONS);
        TaskExecutorPartitionHandler handler = new TaskExecutorPartitionHandler();
        handler.setStep(telemetryIngestWorkerStep);
        handler.setTaskExecutor(threads);
        handler.setGridSize(TELEMETRY_PARTITIONS);
        return new StepBuilder("telemetryIngestStep", jobRepository)
                .partitioner("telemetryIngestWorkerStep",
                        gridSize -> new TelemetryFilePartitioner(registry.pending(InboxFileName.TELEMETRY)).partition(gridSize))
                .partitionHandler(handler)
                .listener(telemetryProgressListener.stepListener())
                .listener(new StepTimingListener())
                .build();
    }

    @Bean
    Step telemetryIngestWorkerStep(JobRepository jobRepository, PlatformTransactionManager transactionManager,
                                   TelemetryFileReader telemetryFileReader, Checkpoints faults,
                                   NamedParameterJdbcTemplate jdbc, TelemetryProgressListener telemetryProgressListener) {
        return new StepBuilder("telemetryIngestWorkerStep", jobRepository)
                .<TelemetryAggregate, TelemetryAggregate>chunk(TELEMETRY_BLOCKS_PER_CHUNK)
                .transactionManager(transactionManager)
                .reader(telemetryFileReader)
                .processor(block -> {
                    faults.reached(Checkpoints.TELEMETRY_BLOCK);
                    return block;
                })
                .writer(new TelemetryAggregateWriter(jdbc))
                .listener(telemetryProgressListener.chunkListener())
                .build();
    }

    @Bean
    TelemetryProgressListener telemetryProgressListener() {
        return new TelemetryProgressListener();
    }

    @Bean
    Step telemetryMergeStep(JobRepository jobRepository, PlatformTransactionManager transactionManager,
                            InboxFileMerger merger) {
        return TaskletSteps.step("telemetryMergeStep", jobRepository, transactionManager, (contribution, chunkContext) -> {
            merger.mergePending(InboxFileName.TELEMETRY);
            return RepeatStatus.FINISHED;
        });
    }

    @Bean
    @StepScope
    TelemetryFileReader telemetryFileReader(InboxRegistry registry, NamedParameterJdbcTemplate jdbc, ReportSettings settings,
                                            @Value("#{stepExecutionContext['" + TelemetryFilePartitioner.FILE_IDS + "']}") String fileIds) {
        List<InboxFile> files = TelemetryFilePartitioner.filesOf(registry.pending(InboxFileName.TELEMETRY), fileIds);
        log.info("Reading {} telemetry file(s)", files.size());
        TelemetryFileReader reader = new TelemetryFileReader(files, clusterCatalog(jdbc), settings.programZone(),
                TELEMETRY_BLOCK_LINES);
        reader.setName("telemetryFileReader");
        return reader;
    }

    /** The job files registered as new by the scan, read in a fixed order so that a restart resumes exactly. */
    @Bean
    @StepScope
    InboxLineReader jobFileLineReader(InboxRegistry registry) {
        List<InboxFile> files = registry.pending(InboxFileName.JOBS);
        log.info("Reading {} job file(s)", files.size());
        InboxLineReader reader = new InboxLineReader(files, CsvInput.pipeSeparated(), FileHeader::sacct);
        reader.setName("jobFileLineReader");
        return reader;
    }

    @Bean
    @StepScope
    JobLineProcessor jobLineProcessor(NamedParameterJdbcTemplate jdbc, Checkpoints faults) {
        return new JobLineProcessor(new SacctLineParser(clusterCatalog(jdbc)), faults);
    }

    private static ClusterCatalog clusterCatalog(NamedParameterJdbcTemplate jdbc) {
        var clusters = new java.util.HashMap<String, ClusterCatalog.Entry>();
        jdbc.query(SqlResource.statement("ingest/cluster-catalog.sql"), rs -> {
            String id = rs.getString("cluster_id");
            clusters.put(id, new ClusterCatalog.Entry(id, java.time.ZoneId.of(rs.getString("time_zone")),
                    rs.getInt("max_gpu_count")));
        });
        return new ClusterCatalog(clusters);
    }

    @Bean
    ClassifiedLineWriter classifiedLineWriter(NamedParameterJdbcTemplate jdbc) {
        return new ClassifiedLineWriter(jdbc);
    }
}
