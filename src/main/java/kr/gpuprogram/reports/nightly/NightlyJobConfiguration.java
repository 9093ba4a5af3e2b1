package kr.gpuprogram.reports.nightly;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;
import kr.gpuprogram.reports.batch.RunOwnerListener;
import kr.gpuprogram.reports.batch.RunSummaryListener;
import kr.gpuprogram.reports.batch.TaskletSteps;
import kr.gpuprogram.reports.delivery.DeliveryQueue;
import kr.gpuprogram.reports.figures.DailyFiguresCalculator;
import kr.gpuprogram.reports.report.Period;
import kr.gpuprogram.reports.report.PeriodReport;
import kr.gpuprogram.reports.report.ReportFolderWriter;
import org.springframework.batch.core.configuration.annotation.StepScope;
import org.springframework.batch.core.job.Job;
import kr.gpuprogram.reports.batch.IngestLockListener;
import org.springframework.batch.core.job.builder.JobBuilder;
import org.springframework.batch.core.job.flow.Flow;
import org.springframework.batch.core.repository.JobRepository;
import org.springframework.batch.core.step.Step;
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
    Job nightlyJob(JobRepository jobRepository, RunOwnerListener runOwnerListener, IngestLockListener ingestLockListener,
                   RunSummaryListener runSummaryListener, Flow inboxIngestFlow, Step nightlyFiguresStep,
                   Step nightlyReportStep, Step deliveryStep) {
        return new JobBuilder(JOB_NAME, jobRepository)
                .start(inboxIngestFlow)
                .next(nightlyFiguresStep)
                .next(nightlyReportStep)
                .next(deliveryStep)
                .end()
                .listener(runOwnerListener)
                .listener(ingestLockListener)
                .listener(runSummaryListener)
                .build();
    }

    @Bean
    Step nightlyFiguresStep(JobRepository jobRepository, PlatformTransactionManager transactionManager,
                            Tasklet nightlyFiguresTasklet) {
        return TaskletSteps.step("nightlyFiguresStep", jobRepository, transactionManager, nightlyFiguresTasklet);
    }

    @Bean
    @StepScope
    Tasklet nightlyFiguresTasklet(@Value("#{jobParameters['date']}") LocalDate date,
                                  DailyFiguresCalculator figures) {
        return (contribution, chunkContext) -> {
            figures.refreshStoredDays();
            figures.ensureForReport(date, date);
            if (isLastDayOfMonth(date)) {
                figures.ensureForReport(date.withDayOfMonth(1), date);
            }
            return RepeatStatus.FINISHED;
        };
    }

    @Bean
    Step nightlyReportStep(JobRepository jobRepository, PlatformTransactionManager transactionManager,
                           Tasklet nightlyReportTasklet) {
        return TaskletSteps.step("nightlyReportStep", jobRepository, transactionManager, nightlyReportTasklet);
    }

    @Bean
    @StepScope
    Tasklet nightlyReportTasklet(@Value("#{jobParameters['date']}") LocalDate date, ReportFolderWriter reports,
                                 DeliveryQueue deliveries) {
        return (contribution, chunkContext) -> {
            deliveries.request(reports.write(Period.day(date)), false);
            if (isLastDayOfMonth(date)) {
                deliveries.request(reports.write(Period.month(YearMonth.from(date))), false);
            }
            return RepeatStatus.FINISHED;
        };
    }

    static boolean isLastDayOfMonth(LocalDate date) {
        return date.equals(YearMonth.from(date).atEndOfMonth());
    }
}
