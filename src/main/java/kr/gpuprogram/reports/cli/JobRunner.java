package kr.gpuprogram.reports.cli;

import java.util.List;
import java.util.Objects;
import java.util.Optional;
import kr.gpuprogram.reports.batch.RunOwnerListener;
import kr.gpuprogram.reports.monthly.MonthReportJobConfiguration;
import kr.gpuprogram.reports.nightly.NightlyJobConfiguration;
import kr.gpuprogram.reports.rerun.RerunJobConfiguration;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.batch.core.BatchStatus;
import org.springframework.batch.core.job.Job;
import org.springframework.batch.core.job.JobExecution;
import org.springframework.batch.core.job.JobInstance;
import org.springframework.batch.core.job.parameters.JobParameter;
import org.springframework.batch.core.job.parameters.JobParameters;
import org.springframework.batch.core.job.parameters.JobParametersBuilder;
import org.springframework.batch.core.launch.JobOperator;
import org.springframework.batch.core.repository.JobRepository;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.stereotype.Component;

/**
 * Starts the job of a command through the {@link JobOperator}. The same command run again
 * after a failure (or a killed process) restarts the failed execution, so completed steps
 * and committed chunks are not done twice; after a success it starts a fresh instance
 * (a new {@code run.id}). A run of the same period still alive refuses the second one.
 */
@Component
public class JobRunner {

    private static final Logger log = LoggerFactory.getLogger(JobRunner.class);
    private static final String RUN_ID = "run.id";

    private final JobOperator jobOperator;
    private final JobRepository jobRepository;
    private final Job nightlyJob;
    private final Job rerunJob;
    private final Job monthReportJob;
    private final Job lateFilesMonthReportJob;

    public JobRunner(JobOperator jobOperator, JobRepository jobRepository,
                     @Qualifier(NightlyJobConfiguration.JOB_NAME) Job nightlyJob,
                     @Qualifier(RerunJobConfiguration.JOB_NAME) Job rerunJob,
                     @Qualifier(MonthReportJobConfiguration.JOB_NAME) Job monthReportJob,
                     @Qualifier(MonthReportJobConfiguration.LATE_FILES_JOB_NAME) Job lateFilesMonthReportJob) {
        this.jobOperator = jobOperator;
        this.jobRepository = jobRepository;
        this.nightlyJob = nightlyJob;
        this.rerunJob = rerunJob;
        this.monthReportJob = monthReportJob;
        this.lateFilesMonthReportJob = lateFilesMonthReportJob;
    }

    public JobExecution run(ReportCommand command) {
        if (command instanceof ReportCommand.Run run) {
            return launch(nightlyJob, new JobParametersBuilder().addLocalDate("date", run.date()).toJobParameters(), false);
        }
        if (command instanceof ReportCommand.Rerun rerun) {
            return launch(rerunJob, new JobParametersBuilder()
                    .addLocalDate("from", rerun.from()).addLocalDate("to", rerun.to()).toJobParameters(), rerun.mail());
        }
        ReportCommand.MonthReport report = (ReportCommand.MonthReport) command;
        JobParametersBuilder month = new JobParametersBuilder().addString("month", report.month().toString());
        if (report.monthToDate()) {
            // the month so far: its own job instance, beside the whole month's
            month.addLocalDate("to", report.to());
        }
        return launch(report.ingestFirst() ? lateFilesMonthReportJob : monthReportJob, month.toJobParameters(),
                report.mail());
    }

    JobExecution launch(Job job, JobParameters period, boolean mail) {
        if (job == nightlyJob || job == lateFilesMonthReportJob) {
            refuseWhileIngesting(period);
        }
        Optional<JobExecution> last = lastExecution(job.getName(), period);
        try {
            if (last.isPresent()) {
                JobExecution previous = last.get();
                if (previous.isRunning()) {
                    String owner = RunOwnerListener.owner(previous);
                    if (RunOwnerListener.mayStillRun(owner)) {
                        throw new UsageException(job.getName() + " " + describe(period) + " is already running (execution "
                                + previous.getId() + ", process " + (owner.isEmpty() ? "unknown" : owner)
                                + "); wait for it to end");
                    }
                    log.warn("Execution {} of {} was left running by process {}, which is gone: recovering it",
                            previous.getId(), job.getName(), owner);
                    previous = jobOperator.recover(previous);
                }
                if (previous.getStatus() == BatchStatus.FAILED || previous.getStatus() == BatchStatus.STOPPED) {
                    log.info("Restarting failed execution {} of {} {}", previous.getId(), job.getName(), describe(period));
                    return jobOperator.restart(previous);
                }
            }
            long runId = last.map(e -> e.getJobParameters().getLong(RUN_ID, 0L)).orElse(0L) + 1;
            JobParametersBuilder parameters = new JobParametersBuilder(period).addLong(RUN_ID, runId);
            if (mail) {
                // typed: the report steps read it as a boolean (a restarted run of before reads "true" the same)
                parameters.addJobParameter("mail", Boolean.TRUE, Boolean.class, false);
            }
            return jobOperator.start(job, parameters.toJobParameters());
        } catch (UsageException e) {
            throw e;
        } catch (Exception e) {
            throw new IllegalStateException("cannot start " + job.getName() + ": " + e.getMessage(), e);
        }
    }

    /**
     * Nightly runs (and the late-files month report) ingest the one inbox: two at once, even
     * of different days, would read the same files. Reruns and month reports only compute and may run beside each other.
     */
    private void refuseWhileIngesting(JobParameters period) {
        List<JobExecution> ingesting = new java.util.ArrayList<>(
                jobRepository.findRunningJobExecutions(NightlyJobConfiguration.JOB_NAME));
        ingesting.addAll(jobRepository.findRunningJobExecutions(MonthReportJobConfiguration.LATE_FILES_JOB_NAME));
        for (JobExecution running : ingesting) {
            String owner = RunOwnerListener.owner(running);
            if (RunOwnerListener.mayStillRun(owner) && !samePeriod(running.getJobParameters(), period)) {
                throw new UsageException("another nightly run (" + describe(running.getJobParameters())
                        + ", process " + (owner.isEmpty() ? "unknown" : owner) + ") is ingesting the inbox; wait for it to end");
            }
        }
    }

    /** The latest execution of the job for the same period, whatever its run.id. */
    private Optional<JobExecution> lastExecution(String jobName, JobParameters period) {
        List<JobInstance> instances = jobRepository.getJobInstances(jobName, 0, 1000);
        for (JobInstance instance : instances) {
            JobExecution execution = jobRepository.getLastJobExecution(instance);
            if (execution != null && samePeriod(execution.getJobParameters(), period)) {
                return Optional.of(execution);
            }
        }
        return Optional.empty();
    }

    private static boolean samePeriod(JobParameters candidate, JobParameters period) {
        for (JobParameter<?> parameter : period) {
            JobParameter<?> other = candidate.getParameter(parameter.name());
            if (other == null || !Objects.equals(other.value(), parameter.value())) {
                return false;
            }
        }
        return true;
    }

    private static String describe(JobParameters period) {
        StringBuilder text = new StringBuilder();
        period.forEach(p -> text.append(text.isEmpty() ? "" : " ").append(p.name()).append('=').append(p.value()));
        return text.toString();
    }
}
