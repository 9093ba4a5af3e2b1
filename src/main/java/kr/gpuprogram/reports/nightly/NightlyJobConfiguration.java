package kr.gpuprogram.reports.nightly;

import java.time.LocalDate;
import java.time.YearMonth;
import kr.gpuprogram.reports.batch.ReportJobFactory;
import kr.gpuprogram.reports.delivery.DeliveryQueue;
import kr.gpuprogram.reports.figures.DailyFiguresCalculator;
import kr.gpuprogram.reports.report.Period;
import kr.gpuprogram.reports.report.ReportFolderWriter;
import org.springframework.batch.core.configuration.annotation.StepScope;
import org.springframework.batch.core.job.Job;
import org.springframework.batch.core.step.tasklet.Tasklet;
import org.springframework.batch.infrastructure.repeat.RepeatStatus;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.annotation.Import;

/**
 * The nightly job ({@code run --date D}): load the reference files, ingest what is new in
 * the inbox, bring every stored day up to date with the records, compute day D, write D's
 * report and, on the last day of a month, the month's report.
 */
@Configuration(proxyBeanMethods = false)
@Import(ReportJobFactory.class)
public class NightlyJobConfiguration {

    public static final String JOB_NAME = "nightlyJob";

    @Bean(JOB_NAME)
    Job nightlyJob(ReportJobFactory jobs, Tasklet nightlyFiguresTasklet, Tasklet nightlyReportTasklet) {
        return jobs.afterInboxIngest(JOB_NAME, "nightly", nightlyFiguresTasklet, nightlyReportTasklet);
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
