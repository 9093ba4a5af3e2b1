package kr.gpuprogram.reports.cli;

import java.io.PrintStream;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import kr.gpuprogram.reports.GpuUsageReportsApplication;
import kr.gpuprogram.reports.ReportSettings;
import kr.gpuprogram.reports.db.EmbeddedPostgresEarlyStart;
import kr.gpuprogram.reports.db.StateDirectoryBusyException;
import kr.gpuprogram.reports.generate.SampleDataGenerator;
import kr.gpuprogram.reports.generate.SyntheticProgramGenerator;
import kr.gpuprogram.reports.status.StatusPrinter;
import kr.gpuprogram.reports.status.StatusQuery;
import kr.gpuprogram.reports.status.StatusReport;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.batch.core.BatchStatus;
import org.springframework.batch.core.job.JobExecution;
import org.springframework.boot.SpringApplication;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * The command line: parses the command, starts Spring, runs the command's job and turns
 * its outcome into an exit status (0 when every step succeeded) and a one-line reason on
 * standard error otherwise: 2 for a command line that cannot be understood (or a data dir that
 * is none), 3 for a night without any job file, 75 when another process owns the state
 * directory, 1 for a run that failed.
 */
public final class CommandLineMain {

    private static final Logger LOG = LoggerFactory.getLogger(CommandLineMain.class);

    private static final String NAME = "gpu-usage-reports";
    /** EX_TEMPFAIL of sysexits.h, as the cron wrapper's flock uses: try again later. */
    public static final int STATE_DIRECTORY_BUSY = 75;
    /** A night whose report was written, but for which no in-service cluster's job file arrived. */
    public static final int NO_JOB_FILE = 3;
    private static final Set<String> ANSWERING_COMMANDS = Set.of("history", "status");

    private CommandLineMain() {
    }

    public static int run(String[] args) {
        CommandLineParser.Parsed parsed;
        try {
            parsed = CommandLineParser.parse(args);
            if (parsed.help()) {
                System.out.println(CommandLineParser.USAGE);
                return 0;
            }
            // the syntax alone, before anything starts: on the last day there is, no month is still to come
            parsed.toCommand(LocalDate.MAX);
        } catch (UsageException e) {
            System.err.println(NAME + ": " + e.getMessage());
            return 2;
        }
        if (parsed.command().equals("validate")) {
            return validate(parsed);
        }
        if (parsed.command().equals("generate")) {
            ReportCommand command = parsed.toCommand(LocalDate.EPOCH);
            if (command instanceof ReportCommand.GenerateSample sample) {
                return generateSample(sample);
            }
            return generate((ReportCommand.Generate) command);
        }
        ConfigurableApplicationContext context = null;
        // history and status: their answer alone on standard output, the log (warnings and above) on standard error
        boolean answers = ANSWERING_COMMANDS.contains(parsed.command());
        PrintStream answer = System.out;
        List<String> springArguments = new ArrayList<>(parsed.springArguments());
        if (answers) {
            springArguments.add(0, "--logging.level.kr.gpuprogram=WARN");
            System.setOut(System.err);
        }
        try {
            SpringApplication application = new SpringApplication(GpuUsageReportsApplication.class);
            if (!answers && !AheadOfTimeBeans.processing()) {
                // a mistyped --data-dir is refused before the database starts or any report is touched
                application.addListeners(new DataDirCheck());
            }
            // The embedded PostgreSQL starts while the context is built (not when the build prepares its beans).
            if (!AheadOfTimeBeans.processing()) {
                application.addListeners(new EmbeddedPostgresEarlyStart());
            }
            context = application.run(springArguments.toArray(String[]::new));
            ReportSettings settings = context.getBean(ReportSettings.class);
            LocalDate today = LocalDate.now(context.getBean(Clock.class).withZone(settings.programZone()));
            ReportCommand command = parsed.toCommand(today);
            if (command instanceof ReportCommand.History history) {
                context.getBean(HistoryPrinter.class).print(history.limit(), answer);
                return 0;
            }
            if (command instanceof ReportCommand.Status status) {
                StatusReport report = context.getBean(StatusQuery.class).load(today, status.days());
                if (status.csv()) {
                    StatusPrinter.csv(report, answer);
                } else {
                    StatusPrinter.text(report, answer);
                }
                return 0;
            }
            JobExecution execution = context.getBean(JobRunner.class).run(command);
            if (execution.getStatus() == BatchStatus.COMPLETED) {
                if (command instanceof ReportCommand.Run run && context.getBean(JobFilesOfDay.class).noneArrived(run.date())) {
                    // the report is written and mailed, provisional; cron and monitoring must still see the empty night
                    System.err.println(NAME + ": no job file arrived for any cluster on " + run.date());
                    return NO_JOB_FILE;
                }
                return 0;
            }
            System.err.println(NAME + ": " + execution.getJobInstance().getJobName() + " ended " + execution.getStatus()
                    + ": " + failureReason(execution));
            return 1;
        } catch (UsageException e) {
            System.err.println(NAME + ": " + e.getMessage());
            return 2;
        } catch (SpringApplication.AbandonedRunException e) {
            throw e; // how Spring AOT ends the run it prepares the beans from, at build time
        } catch (Throwable e) {
            StateDirectoryBusyException busy = busy(e);
            // the reason in the log as well, in one line: Boot's failure-analysis block is not written
            if (busy != null) {
                LOG.error(busy.getMessage());
                System.err.println(NAME + ": " + busy.getMessage());
                return STATE_DIRECTORY_BUSY;
            }
            String reason = oneLine(e);
            LOG.error(reason);
            System.err.println(NAME + ": " + reason);
            return Causes.setting(e) ? 2 : 1;
        } finally {
            if (context != null) {
                context.close();
            }
            if (answers) {
                System.setOut(answer);
            }
        }
    }

    private static int validate(CommandLineParser.Parsed parsed) {
        ReportCommand.Validate command = (ReportCommand.Validate) parsed.toCommand(LocalDate.EPOCH);
        StandardErrorLogging.warningsOnly(command.programZone());
        try {
            return ValidateCommand.run(command.dataDir(), command.programZone(), command.date(), System.out);
        } catch (UsageException e) {
            System.err.println(NAME + ": " + e.getMessage());
            return 2;
        } catch (Exception e) {
            System.err.println(NAME + ": " + oneLine(e));
            return 1;
        }
    }

    /** Spring wraps the refusal of the state directory's lock in bean-creation errors. */
    private static StateDirectoryBusyException busy(Throwable error) {
        for (Throwable cause = error; cause != null; cause = cause.getCause() == cause ? null : cause.getCause()) {
            if (cause instanceof StateDirectoryBusyException busy) {
                return busy;
            }
        }
        return null;
    }

    private static int generate(ReportCommand.Generate command) {
        long started = System.nanoTime();
        try {
            var summary = new SyntheticProgramGenerator(command.gpus(), command.days(), command.start(),
                    command.intervalSeconds(), command.seed(), command.order()).write(command.out());
            System.out.printf("generated %s: %d clusters, %d institutions, %d allocations, %d job lines, %d telemetry rows in %d s%n",
                    command.out(), summary.clusters(), summary.institutions(), summary.allocations(), summary.jobLines(),
                    summary.telemetryRows(), (System.nanoTime() - started) / 1_000_000_000);
            return 0;
        } catch (Exception e) {
            System.err.println(NAME + ": " + oneLine(e));
            return 1;
        }
    }

    private static int generateSample(ReportCommand.GenerateSample command) {
        try {
            new SampleDataGenerator(command.out(), System.out).write();
            return 0;
        } catch (Exception e) {
            System.err.println(NAME + ": " + oneLine(e));
            return 1;
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

    /** The error as one line that names its cause (see {@link Causes}). */
    static String oneLine(Throwable error) {
        return Causes.of(error);
    }
}
