package kr.gpuprogram.reports.rerun;

import java.time.LocalDate;
import java.util.ArrayList;
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

/**
 * {@code rerun --from D1 --to D2}: recompute every day of the range from what is stored (no
 * ingest), rewrite each day's report and the range's report.
 */
@Configuration(proxyBeanMethods = false)
@Import(ReportJobFactory.class)
public class RerunJobConfiguration {

    public static final String JOB_NAME = "rerunJob";

    @Bean(JOB_NAME)
    Job rerunJob(ReportJobFactory jobs, Tasklet rerunFiguresTasklet, Tasklet rerunReportTasklet) {
        return jobs.onStoredData(JOB_NAME, "rerun", rerunFiguresTasklet, rerunReportTasklet);
    }

    @Bean
    @StepScope
    Tasklet rerunFiguresTasklet(@Value("#{jobParameters['from']}") LocalDate from,
                                @Value("#{jobParameters['to']}") LocalDate to,
                                DailyFiguresCalculator figures) {
        return (contribution, chunkContext) -> {
            figures.refreshStoredDays();
            figures.recompute(from, to);
            // each day's report needs the reclaim window ending on that day
            // an allocation active on a day of the range that started before it is active on its first day
            figures.ensure(DailyFiguresCalculator.earliest(figures.reclaimWindowStart(from), figures.outlookFirstDay(from)), to);
            return RepeatStatus.FINISHED;
        };
    }

    @Bean
    @StepScope
    Tasklet rerunReportTasklet(@Value("#{jobParameters['from']}") LocalDate from,
                               @Value("#{jobParameters['to']}") LocalDate to,
                               @Value("#{jobParameters['mail'] ?: false}") boolean mail,
                               ReportFolderWriter reports, DeliveryQueue deliveries) {
        return (contribution, chunkContext) -> {
            List<Period> periods = new ArrayList<>();
            for (LocalDate day = from; !day.isAfter(to); day = day.plusDays(1)) {
                periods.add(Period.day(day));
            }
            if (!from.equals(to)) {
                periods.add(Period.range(from, to));
            }
            List<String> mailed = new ArrayList<>();
            for (Period period : periods) {
                List<PeriodReport> written = reports.write(period);
                if (mail) {
                    deliveries.request(written, true);
                    mailed.add(period.name());
                }
            }
            // a rerun mails only when asked (--mail), and only its own periods
            chunkContext.getStepContext().getStepExecution().getJobExecution().getExecutionContext()
                    .putString(DeliveryStepConfiguration.PERIODS_TO_MAIL_KEY, String.join(",", mailed));
            return RepeatStatus.FINISHED;
        };
    }
}
