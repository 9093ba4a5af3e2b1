package kr.gpuprogram.reports.support;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.Comparator;
import java.util.stream.Stream;
import kr.gpuprogram.reports.ReportSettings;
import kr.gpuprogram.reports.cli.JobRunner;
import kr.gpuprogram.reports.cli.ReportCommand;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.springframework.batch.core.BatchStatus;
import org.springframework.batch.core.job.JobExecution;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.core.io.ClassPathResource;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.context.ActiveProfiles;

/**
 * Runs the real jobs against the embedded PostgreSQL (one per test run, shared by every
 * functional test) on a data dir each test writes by hand, then reads the written reports.
 */
@SpringBootTest
@ActiveProfiles("test")
public abstract class FunctionalTestSupport {

    @Autowired
    protected JobRunner jobRunner;
    @Autowired
    protected ReportSettings settings;
    @Autowired
    protected JdbcTemplate jdbc;
    @Autowired
    protected FaultInjector faults;

    @BeforeEach
    protected void resetDatabaseAndFolders() throws IOException {
        faults.disarm();
        String reset = new String(new ClassPathResource("reset-database.sql").getInputStream().readAllBytes(),
                StandardCharsets.UTF_8);
        jdbc.execute(reset);
        deleteRecursively(settings.dataDir());
        deleteRecursively(settings.reportDir());
        Files.createDirectories(settings.referenceDir());
        Files.createDirectories(settings.inboxDir());
    }

    @AfterEach
    void disarmFaults() {
        faults.disarm();
    }

    /** Operators, clusters (demo, grow, utc1), institutions and rates of {@link DemoProgram}; allocations are each test's own. */
    protected void givenTheDemoReference() throws IOException {
        reference("operators.csv", DemoProgram.OPERATORS);
        reference("clusters.csv", DemoProgram.CLUSTERS);
        reference("institutions.csv", DemoProgram.INSTITUTIONS);
        reference("rates.csv", DemoProgram.RATES);
    }

    protected void reference(String fileName, String content) throws IOException {
        Files.writeString(settings.referenceDir().resolve(fileName), content, StandardCharsets.UTF_8);
    }

    protected void inbox(String fileName, String content) throws IOException {
        Files.writeString(settings.inboxDir().resolve(fileName), content, StandardCharsets.UTF_8);
    }

    protected JobExecution run(LocalDate date) {
        return jobRunner.run(new ReportCommand.Run(date));
    }

    protected JobExecution rerun(LocalDate from, LocalDate to) {
        return jobRunner.run(new ReportCommand.Rerun(from, to, false));
    }

    protected JobExecution monthReport(YearMonth month) {
        return jobRunner.run(new ReportCommand.MonthReport(month, false));
    }

    protected static void assertCompleted(JobExecution execution) {
        assertThat(execution.getStatus())
                .as("job status, failures: %s", execution.getAllFailureExceptions())
                .isEqualTo(BatchStatus.COMPLETED);
    }

    protected ReportCsv report(String period, String file) throws IOException {
        return ReportCsv.read(settings.reportDir().resolve(period).resolve(file));
    }

    protected static void deleteRecursively(Path folder) throws IOException {
        if (!Files.exists(folder)) {
            return;
        }
        try (Stream<Path> walk = Files.walk(folder)) {
            for (Path path : walk.sorted(Comparator.reverseOrder()).toList()) {
                Files.delete(path);
            }
        }
    }
}
