package kr.gpuprogram.reports.rerun;

import java.time.LocalDate;
import kr.gpuprogram.reports.ReportSettings;
import kr.gpuprogram.reports.batch.RunOwnerListener;
import kr.gpuprogram.reports.batch.StepTimingListener;
import kr.gpuprogram.reports.figures.DailyFiguresCalculator;
import kr.gpuprogram.reports.report.Period;
import kr.gpuprogram.reports.report.ReportFolderWriter;
import org.springframework.batch.core.configuration.annotation.StepScope;
import org.springframework.batch.core.job.Job;
import org.springframework.batch.core.job.builder.JobBuilder;
import org.springframework.batch.core.repository.JobRepository;
import org.springframework.batch.core.step.Step;
import org.springframework.batch.core.step.builder.StepBuilder;
import org.springframework.batch.core.step.tasklet.Tasklet;
import org.springframework.batch.infrastructure.repeat.RepeatStatus;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.transaction.PlatformTransactionManager;

/**
 * {@code rerun --from D1 --to D2}: recompute every day of the range from what is stored (no
 * ingest), rewrite each day's report and the range's report.
 */
@Configuration(proxyBeanMethods = false)
public class RerunJobConfiguration {

    public static final String JOB_NAME = "rerunJob";

    @Bean
    Job rerunJob(JobRepository jobRepository, RunOwnerListener runOwnerListener, Step referenceLoadStep, Step rerunFiguresStep, Step rerunReportStep) {
        return new JobBuilder(JOB_NAME, jobRepository)
                .start(referenceLoadStep)
                .next(rerunFiguresStep)
                .next(rerunReportStep)
                .listener(runOwnerListener)
                .build();
    }

    @Bean
    Step rerunFiguresStep(JobRepository jobRepository, PlatformTransactionManager transactionManager,
                          Tasklet rerunFiguresTasklet) {
        return new StepBuilder("rerunFiguresStep", jobRepository)
                .tasklet(rerunFiguresTasklet, transactionManager)
                .listener(new StepTimingListener())
                .build();
    }

    @Bean
    @StepScope
    Tasklet rerunFiguresTasklet(@Value("#{jobParameters['from']}") LocalDate from,
                                @Value("#{jobParameters['to']}") LocalDate to,
                                DailyFiguresCalculator figures, ReportSettings settings) {
        return (contribution, chunkContext) -> {
            figures.refreshStoredDays();
            figures.recompute(from, to);
            figures.ensure(from.minusDays(settings.reclaimWindowDays() - 1L), to);
            return RepeatStatus.FINISHED;
        };
    }

    @Bean
    Step rerunReportStep(JobRepository jobRepository, PlatformTransactionManager transactionManager,
                         Tasklet rerunReportTasklet) {
        return new StepBuilder("rerunReportStep", jobRepository)
                .tasklet(rerunReportTasklet, transactionManager)
                .listener(new StepTimingListener())
                .build();
    }

    @Bean
    @StepScope
    Tasklet rerunReportTasklet(@Value("#{jobParameters['from']}") LocalDate from,
                               @Value("#{jobParameters['to']}") LocalDate to, ReportFolderWriter reports) {
        return (contribution, chunkContext) -> {
            for (LocalDate day = from; !day.isAfter(to); day = day.plusDays(1)) {
                reports.write(Period.day(day));
            }
            if (!from.equals(to)) {
                reports.write(Period.range(from, to));
            }
            return RepeatStatus.FINISHED;
        };
    }
}
