package kr.gpuprogram.reports.delivery;

import java.util.List;
import kr.gpuprogram.reports.batch.TaskletSteps;
import org.springframework.batch.core.configuration.annotation.StepScope;
import org.springframework.batch.core.repository.JobRepository;
import org.springframework.batch.core.step.Step;
import org.springframework.batch.core.step.tasklet.Tasklet;
import org.springframework.batch.infrastructure.repeat.RepeatStatus;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.transaction.PlatformTransactionManager;

/**
 * The last step of every job: mails the reports asked for. The nightly job sends every mail
 * still waiting (an earlier night's too); a rerun or a month report sends only its own.
 */
@Configuration(proxyBeanMethods = false)
public class DeliveryStepConfiguration {

    /**
     * The key, in the job's execution context, of the periods (comma separated) whose mails this run
     * may send, put there by the report step; absent: every mail waiting. Its value is unchanged, so
     * that a run restarted across this rename still finds it.
     */
    public static final String PERIODS_TO_MAIL_KEY = "mail.periods";

    /** The step's bean name and step name. */
    public static final String STEP = "deliveryStep";

    @Bean(STEP)
    Step deliveryStep(JobRepository jobRepository, PlatformTransactionManager transactionManager, Tasklet deliveryTasklet) {
        return TaskletSteps.step(STEP, jobRepository, transactionManager, deliveryTasklet);
    }

    @Bean
    @StepScope
    Tasklet deliveryTasklet(@Value("#{jobExecutionContext['" + PERIODS_TO_MAIL_KEY + "']}") String periods,
                            MailDeliverer deliverer) {
        return (contribution, chunkContext) -> {
            deliverer.sendPending(periods == null ? null : List.of(periods.split(",")));
            return RepeatStatus.FINISHED;
        };
    }
}
