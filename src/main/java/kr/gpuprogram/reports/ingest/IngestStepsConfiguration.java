package kr.gpuprogram.reports.ingest;

import java.util.List;
import kr.gpuprogram.reports.ReportSettings;
import kr.gpuprogram.reports.batch.ChunkProgressListener;
import kr.gpuprogram.reports.batch.FaultInjector;
import kr.gpuprogram.reports.batch.StepTimingListener;
import kr.gpuprogram.reports.db.SqlResource;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.batch.core.configuration.annotation.StepScope;
import org.springframework.batch.core.repository.JobRepository;
import org.springframework.batch.core.step.Step;
import org.springframework.batch.core.step.builder.StepBuilder;
import org.springframework.batch.infrastructure.repeat.RepeatStatus;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.transaction.PlatformTransactionManager;

/** The steps that bring input into the database: reference files, then new inbox files. */
@Configuration(proxyBeanMethods = false)
public class IngestStepsConfiguration {

    private static final Logger log = LoggerFactory.getLogger(IngestStepsConfiguration.class);

    /** Reference files are re-read on every run, restarts included: the newest content wins. */
    @Bean
    Step referenceLoadStep(JobRepository jobRepository, PlatformTransactionManager transactionManager,
                           ReportSettings settings, ReferenceStore store) {
        return new StepBuilder("referenceLoadStep", jobRepository)
                .tasklet((contribution, chunkContext) -> {
                    ReferenceData data = new ReferenceFilesLoader(settings.referenceDir(), settings.programZone()).load();
                    store.replace(data);
                    log.info("Reference data from {}: {} operators, {} cluster capacity periods, {} institutions, "
                                    + "{} allocations, {} rates, {} recipients, {} rows rejected",
                            settings.referenceDir(), data.operators().size(), data.clusterPeriods().size(),
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
        return new StepBuilder("inboxScanStep", jobRepository)
                .tasklet((contribution, chunkContext) -> {
                    registry.scan();
                    return RepeatStatus.FINISHED;
                }, transactionManager)
                .listener(new StepTimingListener())
                .build();
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
                          InboxRegistry registry, JobFileMerger merger) {
        return new StepBuilder("jobFileMergeStep", jobRepository)
                .tasklet((contribution, chunkContext) -> {
                    merger.mergePending(registry);
                    return RepeatStatus.FINISHED;
                }, transactionManager)
                .listener(new StepTimingListener())
                .build();
    }

    /** The job files registered as new by the scan, read in a fixed order so that a restart resumes exactly. */
    @Bean
    @StepScope
    InboxLineReader jobFileLineReader(InboxRegistry registry) {
        List<InboxFile> files = registry.pending(InboxFileName.JOBS);
        log.info("Reading {} job file(s)", files.size());
        InboxLineReader reader = new InboxLineReader(files, CsvInput.pipeSeparated(), SacctLineParser.REQUIRED_COLUMNS);
        reader.setName("jobFileLineReader");
        return reader;
    }

    @Bean
    @StepScope
    JobLineProcessor jobLineProcessor(NamedParameterJdbcTemplate jdbc, FaultInjector faults) {
        var clusters = new java.util.HashMap<String, ClusterCatalog.Entry>();
        jdbc.query(SqlResource.statement("ingest/cluster-catalog.sql"), rs -> {
            String id = rs.getString("cluster_id");
            clusters.put(id, new ClusterCatalog.Entry(id, java.time.ZoneId.of(rs.getString("time_zone")),
                    rs.getInt("max_gpu_count")));
        });
        return new JobLineProcessor(new SacctLineParser(new ClusterCatalog(clusters)), faults);
    }

    @Bean
    ClassifiedLineWriter classifiedLineWriter(NamedParameterJdbcTemplate jdbc) {
        return new ClassifiedLineWriter(jdbc);
    }
}
