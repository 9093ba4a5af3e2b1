package kr.gpuprogram.reports.nightly;

import java.time.LocalDate;
import java.time.YearMonth;
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
 * The nightly job ({@code run --date D}): load the reference files, ingest what is new in
 * the inbox, bring every stored day up to date with the records, compute day D, write D's
 * report and, on the last day of a month, the month's report.
 */
@Configuration(proxyBeanMethods = false)
public class NightlyJobConfiguration {

    public static final String JOB_NAME = "nightlyJob";

    @Bean
    Job nightlyJob(JobRepository jobRepository, RunOwnerListener runOwnerListener, Step referenceLoadStep, Step inboxScanStep, Step jobFileIngestStep,
                   Step jobFileMergeStep, Step nightlyFiguresStep, Step nightlyReportStep) {
        return new JobBuilder(JOB_NAME, jobRepository)
                .start(referenceLoadStep)
                .next(inboxScanStep)
                .next(jobFileIngestStep)
                .next(jobFileMergeStep)
                .next(nightlyFiguresStep)
                .next(nightlyReportStep)
                .listener(runOwnerListener)
                .build();
    }

    @Bean
    Step nightlyFiguresStep(JobRepository jobRepository, PlatformTransactionManager transactionManager,
                            Tasklet nightlyFiguresTasklet) {
        return new StepBuilder("nightlyFiguresStep", jobRepository)
                .tasklet(nightlyFiguresTasklet, transactionManager)
                .listener(new StepTimingListener())
                .build();
    }

    @Bean
    @StepScope
    Tasklet nightlyFiguresTasklet(@Value("#{jobParameters['date']}") LocalDate date,
                                  DailyFiguresCalculator figures, ReportSettings settings) {
        return (contribution, chunkContext) -> {
            figures.refreshStoredDays();
            figures.ensure(date.minusDays(settings.reclaimWindowDays() - 1L), date);
            if (isLastDayOfMonth(date)) {
                figures.ensure(date.withDayOfMonth(1), date);
            }
            return RepeatStatus.FINISHED;
        };
    }

    @Bean
    Step nightlyReportStep(JobRepository jobRepository, PlatformTransactionManager transactionManager,
                           Tasklet nightlyReportTasklet) {
        return new StepBuilder("nightlyReportStep", jobRepository)
                .tasklet(nightlyReportTasklet, transactionManager)
                .listener(new StepTimingListener())
                .build();
    }

    @Bean
    @StepScope
    Tasklet nightlyReportTasklet(@Value("#{jobParameters['date']}") LocalDate date, ReportFolderWriter reports) {
        return (contribution, chunkContext) -> {
            reports.write(Period.day(date));
            if (isLastDayOfMonth(date)) {
                reports.write(Period.month(YearMonth.from(date)));
            }
            return RepeatStatus.FINISHED;
        };
    }

    static boolean isLastDayOfMonth(LocalDate date) {
        return date.equals(YearMonth.from(date).atEndOfMonth());
    }
}
