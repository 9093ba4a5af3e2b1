package kr.gpuprogram.reports.monthly;

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

/** {@code report --month YYYY-MM}: a month's report from the stored daily figures (missing days computed first). */
@Configuration(proxyBeanMethods = false)
public class MonthReportJobConfiguration {

    public static final String JOB_NAME = "monthReportJob";

    @Bean
    Job monthReportJob(JobRepository jobRepository, RunOwnerListener runOwnerListener, Step referenceLoadStep, Step monthFiguresStep, Step monthReportStep) {
        return new JobBuilder(JOB_NAME, jobRepository)
                .start(referenceLoadStep)
                .next(monthFiguresStep)
                .next(monthReportStep)
                .listener(runOwnerListener)
                .build();
    }

    @Bean
    Step monthFiguresStep(JobRepository jobRepository, PlatformTransactionManager transactionManager,
                          Tasklet monthFiguresTasklet) {
        return new StepBuilder("monthFiguresStep", jobRepository)
                .tasklet(monthFiguresTasklet, transactionManager)
                .listener(new StepTimingListener())
                .build();
    }

    @Bean
    @StepScope
    Tasklet monthFiguresTasklet(@Value("#{jobParameters['month']}") String month,
                                DailyFiguresCalculator figures, ReportSettings settings) {
        return (contribution, chunkContext) -> {
            YearMonth yearMonth = YearMonth.parse(month);
            figures.refreshStoredDays();
            figures.ensure(yearMonth.atEndOfMonth().minusDays(settings.reclaimWindowDays() - 1L), yearMonth.atEndOfMonth());
            figures.ensure(yearMonth.atDay(1), yearMonth.atEndOfMonth());
            return RepeatStatus.FINISHED;
        };
    }

    @Bean
    Step monthReportStep(JobRepository jobRepository, PlatformTransactionManager transactionManager,
                         Tasklet monthReportTasklet) {
        return new StepBuilder("monthReportStep", jobRepository)
                .tasklet(monthReportTasklet, transactionManager)
                .listener(new StepTimingListener())
                .build();
    }

    @Bean
    @StepScope
    Tasklet monthReportTasklet(@Value("#{jobParameters['month']}") String month, ReportFolderWriter reports) {
        return (contribution, chunkContext) -> {
            reports.write(Period.month(YearMonth.parse(month)));
            return RepeatStatus.FINISHED;
        };
    }
}
