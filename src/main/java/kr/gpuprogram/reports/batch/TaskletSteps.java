package kr.gpuprogram.reports.batch;

import org.springframework.batch.core.repository.JobRepository;
import org.springframework.batch.core.step.Step;
import org.springframework.batch.core.step.builder.StepBuilder;
import org.springframework.batch.core.step.tasklet.Tasklet;
import org.springframework.transaction.PlatformTransactionManager;

/** A tasklet step as every job here builds one: named, timed in the log. */
public final class TaskletSteps {

    private TaskletSteps() {
    }

    public static Step step(String name, JobRepository jobRepository, PlatformTransactionManager transactionManager,
                            Tasklet tasklet) {
        return new StepBuilder(name, jobRepository)
                .tasklet(tasklet, transactionManager)
                .listener(new StepTimingListener())
                .build();
    }
}
