package kr.gpuprogram.reports.nightly;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.time.LocalDateTime;
import kr.gpuprogram.reports.cli.UsageException;
import kr.gpuprogram.reports.support.Allocations;
import kr.gpuprogram.reports.support.DemoProgram;
import kr.gpuprogram.reports.support.FunctionalTestSupport;
import org.junit.jupiter.api.Test;
import org.springframework.batch.core.BatchStatus;
import org.springframework.batch.core.job.JobExecution;
import org.springframework.batch.core.job.JobInstance;
import org.springframework.batch.core.job.parameters.JobParameters;
import org.springframework.batch.core.job.parameters.JobParametersBuilder;
import org.springframework.batch.core.repository.JobRepository;
import org.springframework.batch.infrastructure.item.ExecutionContext;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * The job repository knows which runs are under way: a second run of the same day is refused
 * while the first lives; a run left "running" by a process that is gone is recovered and restarted.
 */
class ConcurrentRunFunctionalTests extends FunctionalTestSupport {

    private static final LocalDate DAY = LocalDate.parse("2026-11-05");

    @Autowired
    private JobRepository jobRepository;

    private void givenTheWorkedDay() throws Exception {
        givenTheDemoReference();
        reference("allocations.csv", Allocations.of()
                .row("P-1", "I-1", "거대언어모델 연구", "demo", 4, "2026-11-01", "2026-11-30")
                .csv());
        inbox("jobs-demo-2026-11-05.csv", DemoProgram.HEADER
                + "101|demo|P-1|kim|2026-11-05T01:00:00|2026-11-05T02:00:00|COMPLETED|gres/gpu=2\n");
    }

    /** An execution of the nightly job for DAY that the repository shows as running, owned by {@code owner}. */
    private JobExecution runningExecution(String owner) {
        JobParameters parameters = new JobParametersBuilder().addLocalDate("date", DAY).addLong("run.id", 1L).toJobParameters();
        JobInstance instance = jobRepository.createJobInstance(NightlyJobConfiguration.JOB_NAME, parameters);
        ExecutionContext context = new ExecutionContext();
        context.putString("owner", owner);
        JobExecution execution = jobRepository.createJobExecution(instance, parameters, context);
        execution.setStartTime(LocalDateTime.now());
        execution.setStatus(BatchStatus.STARTED);
        jobRepository.update(execution);
        jobRepository.updateExecutionContext(execution);
        return execution;
    }

    @Test
    void aSecondRunOfTheSameDayIsRefusedWhileTheFirstRuns() throws Exception {
        // given: this very process runs the day
        givenTheWorkedDay();
        String me = java.net.InetAddress.getLocalHost().getHostName() + ":" + ProcessHandle.current().pid();
        runningExecution(me);

        // when / then
        assertThatThrownBy(() -> run(DAY)).isInstanceOf(UsageException.class)
                .hasMessageContaining("nightlyJob date=2026-11-05 is already running")
                .hasMessageContaining("wait for it to end");
        assertThatThrownBy(() -> run(DAY.plusDays(1))).isInstanceOf(UsageException.class)
                .hasMessageContaining("is ingesting the inbox");
    }

    @Test
    void aRunLeftRunningByAProcessThatIsGoneIsRecoveredAndRestarted() throws Exception {
        // given: the process that ran the day was killed
        givenTheWorkedDay();
        JobExecution orphan = runningExecution(java.net.InetAddress.getLocalHost().getHostName() + ":" + Integer.MAX_VALUE);

        // when
        JobExecution execution = run(DAY);

        // then
        assertCompleted(execution);
        assertThat(execution.getJobInstance().getInstanceId()).isEqualTo(orphan.getJobInstance().getInstanceId());
        assertThat(jobRepository.getJobExecution(orphan.getId()).getStatus()).isEqualTo(BatchStatus.FAILED);
        assertThat(report("2026-11-05", "clusters.csv").row("cluster_id", "demo").get("used_gpu_hours")).isEqualTo("2.00");
    }
}
