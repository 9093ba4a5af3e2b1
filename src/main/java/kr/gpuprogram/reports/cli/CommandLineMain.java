package kr.gpuprogram.reports.cli;

import java.time.LocalDate;
import kr.gpuprogram.reports.GpuUsageReportsApplication;
import kr.gpuprogram.reports.ReportSettings;
import org.springframework.batch.core.BatchStatus;
import org.springframework.batch.core.job.JobExecution;
import org.springframework.boot.SpringApplication;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * The command line: parses the command, starts Spring, runs the command's job and turns
 * its outcome into an exit status (0 when every step succeeded) and a one-line reason on
 * standard error otherwise.
 */
public final class CommandLineMain {

    private static final String NAME = "gpu-usage-reports";

    private CommandLineMain() {
    }

    public static int run(String[] args) {
        CommandLineParser.Parsed parsed;
        try {
            parsed = CommandLineParser.parse(args);
            parsed.toCommand(LocalDate.EPOCH);
        } catch (UsageException e) {
            System.err.println(NAME + ": " + e.getMessage());
            return 2;
        }
        ConfigurableApplicationContext context = null;
        try {
            context = new SpringApplication(GpuUsageReportsApplication.class)
                    .run(parsed.springArguments().toArray(String[]::new));
            ReportSettings settings = context.getBean(ReportSettings.class);
            ReportCommand command = parsed.toCommand(LocalDate.now(settings.programZone()).minusDays(1));
            JobExecution execution = context.getBean(JobRunner.class).run(command);
            if (execution.getStatus() == BatchStatus.COMPLETED) {
                return 0;
            }
            System.err.println(NAME + ": " + execution.getJobInstance().getJobName() + " ended " + execution.getStatus()
                    + ": " + failureReason(execution));
            return 1;
        } catch (UsageException e) {
            System.err.println(NAME + ": " + e.getMessage());
            return 2;
        } catch (Throwable e) {
            System.err.println(NAME + ": " + oneLine(e));
            return 1;
        } finally {
            if (context != null) {
                context.close();
            }
        }
    }

    /** The reason of a failed execution, as one line: the root cause of its first failure. */
    public static String failureReason(JobExecution execution) {
        var failures = execution.getAllFailureExceptions();
        if (!failures.isEmpty()) {
            return oneLine(failures.get(0));
        }
        String description = execution.getExitStatus().getExitDescription();
        return description.isBlank() ? "no reason recorded" : description.lines().findFirst().orElse("");
    }

    static String oneLine(Throwable error) {
        Throwable root = error;
        String message = error.getMessage();
        while (root.getCause() != null && root.getCause() != root) {
            root = root.getCause();
            if (root.getMessage() != null) {
                message = root.getMessage();
            }
        }
        if (message == null) {
            message = root.getClass().getSimpleName();
        }
        return message.lines().findFirst().orElse(message).strip();
    }
}
