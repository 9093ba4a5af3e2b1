package kr.gpuprogram.reports.monthly;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;
import kr.gpuprogram.reports.batch.ReportJobFactory;
import kr.gpuprogram.reports.delivery.DeliveryQueue;
import kr.gpuprogram.reports.delivery.DeliveryStepConfiguration;
import kr.gpuprogram.reports.figures.DailyFiguresCalculator;
import kr.gpuprogram.reports.report.Period;
import kr.gpuprogram.reports.report.PeriodReport;
import kr.gpuprogram.reports.report.ReportFolderWriter;
import org.springframework.batch.core.configuration.annotation.StepScope;
import org.springframework.batch.core.job.Job;
import org.springframework.batch.core.step.tasklet.Tasklet;
import org.springframework.batch.infrastructure.repeat.RepeatStatus;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.annotation.Import;

/** {@code report --month YYYY-MM}: a month's report from the stored daily figures (missing days computed first). */
@Configuration(proxyBeanMethods = false)
@Import(ReportJobFactory.class)
public class MonthReportJobConfiguration {

    public static final String JOB_NAME = "monthReportJob";
    /** {@code report --month previous}: the month's report after ingesting what arrived late. */
    public static final String LATE_FILES_JOB_NAME = "lateFilesMonthReportJob";

    @Bean(JOB_NAME)
    Job monthReportJob(ReportJobFactory jobs, Tasklet monthFiguresTasklet, Tasklet monthReportTasklet) {
        return jobs.onStoredData(JOB_NAME, "month", monthFiguresTasklet, monthReportTasklet);
    }

    /**
     * The schedule's month entry, on the 1st: the nightly run of the month's last day has
     * already reported the month, but files of its last days may have arrived since. So the
     * inbox is taken in first (the nightly job's own flow, restartable the same way).
     */
    @Bean(LATE_FILES_JOB_NAME)
    Job lateFilesMonthReportJob(ReportJobFactory jobs, Tasklet monthFiguresTasklet, Tasklet monthReportTasklet) {
        return jobs.afterInboxIngest(LATE_FILES_JOB_NAME, "month", monthFiguresTasklet, monthReportTasklet);
    }

    @Bean
    @StepScope
    Tasklet monthFiguresTasklet(@Value("#{jobParameters['month']}") String month,
                                @Value("#{jobParameters['to']}") LocalDate to, DailyFiguresCalculator figures) {
        return (contribution, chunkContext) -> {
            Period period = period(month, to);
            figures.refreshStoredDays();
            figures.ensureForReport(period.from(), period.to());
            return RepeatStatus.FINISHED;
        };
    }

    @Bean
    @StepScope
    Tasklet monthReportTasklet(@Value("#{jobParameters['month']}") String month,
                               @Value("#{jobParameters['to']}") LocalDate to,
                               @Value("#{jobParameters['mail'] ?: false}") boolean mail,
                               ReportFolderWriter reports, DeliveryQueue deliveries) {
        return (contribution, chunkContext) -> {
            Period period = period(month, to);
            if (to != null) {
                // standard error, as the provisional warning: whoever asked for the month sees that it is not one
                System.err.println("gpu-usage-reports: month " + month + " has not ended: writing " + period.name()
                        + " (" + period.from() + " to " + to + ", yesterday in the program zone)");
            }
            List<PeriodReport> written = reports.write(period);
            if (mail) {
                deliveries.request(written, true);
            }
            chunkContext.getStepContext().getStepExecution().getJobExecution().getExecutionContext()
                    .putString(DeliveryStepConfiguration.PERIODS_TO_MAIL_KEY, mail ? period.name() : "");
            return RepeatStatus.FINISHED;
        };
    }

    /** The whole month, or with {@code to} (the month to date) the range from its first day to {@code to}. */
    static Period period(String month, LocalDate to) {
        YearMonth yearMonth = YearMonth.parse(month);
        return to == null ? Period.month(yearMonth) : Period.range(yearMonth.atDay(1), to);
    }
}
