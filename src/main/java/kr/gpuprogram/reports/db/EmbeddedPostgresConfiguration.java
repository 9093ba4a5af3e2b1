package kr.gpuprogram.reports.db;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import javax.sql.DataSource;
import com.zaxxer.hikari.HikariDataSource;
import kr.gpuprogram.reports.ReportSettings;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * The default database: a real PostgreSQL started in-process, its files under the state
 * dir so that history accumulates from night to night. Setting
 * {@code spring.datasource.url} switches this off and Boot connects to that server.
 */
@Configuration(proxyBeanMethods = false)
@ConditionalOnProperty(prefix = "spring.datasource", name = "url", havingValue = "embedded", matchIfMissing = true)
public class EmbeddedPostgresConfiguration {

    private static final Logger log = LoggerFactory.getLogger(EmbeddedPostgresConfiguration.class);

    @Bean(destroyMethod = "close")
    EmbeddedPostgres embeddedPostgres(ReportSettings settings) throws IOException {
        Path dataDir = settings.stateDir().resolve("pgdata").toAbsolutePath();
        Files.createDirectories(dataDir.getParent());
        refuseWhenInUse(dataDir);
        log.info("Starting embedded PostgreSQL with its files in {}", dataDir);
        return EmbeddedPostgres.builder()
                .setDataDirectory(dataDir)
                .setCleanDataDirectory(false)
                .setServerConfig("timezone", "UTC")
                .setServerConfig("max_connections", "50")
                .setOverrideWorkingDirectory(settings.stateDir().resolve("pg-binaries").toAbsolutePath().toFile())
                .start();
    }

    /**
     * Two runs on one state dir would share one database: the second is refused with a clear
     * reason. A PostgreSQL left running by a run that was killed (its JVM is gone) is shut down
     * so that the next run can start.
     */
    private static void refuseWhenInUse(Path dataDir) throws IOException {
        Path lock = dataDir.resolve("postmaster.pid");
        if (!Files.exists(lock)) {
            return;
        }
        String firstLine = Files.readAllLines(lock).stream().findFirst().orElse("").strip();
        long pid;
        try {
            pid = Long.parseLong(firstLine);
        } catch (NumberFormatException e) {
            return; // a damaged lock file: PostgreSQL itself decides
        }
        ProcessHandle postmaster = ProcessHandle.of(pid).filter(ProcessHandle::isAlive).orElse(null);
        if (postmaster == null) {
            return;
        }
        boolean ownerAlive = postmaster.parent()
                .filter(ProcessHandle::isAlive)
                .flatMap(parent -> parent.info().command())
                .map(command -> command.endsWith("java"))
                .orElse(false);
        if (ownerAlive) {
            throw new IllegalStateException("the embedded database in " + dataDir + " is in use by another run "
                    + "(postgres process " + pid + "); wait for it to end");
        }
        log.warn("Stopping PostgreSQL process {} left running by a run that was killed", pid);
        postmaster.destroy();
        try {
            postmaster.onExit().get(60, java.util.concurrent.TimeUnit.SECONDS);
        } catch (Exception e) {
            throw new IllegalStateException("PostgreSQL process " + pid + " left by a killed run does not stop: " + e.getMessage());
        }
    }

    @Bean
    DataSource dataSource(EmbeddedPostgres postgres) {
        HikariDataSource dataSource = new HikariDataSource();
        dataSource.setJdbcUrl(postgres.getJdbcUrl("postgres", "postgres"));
        dataSource.setUsername("postgres");
        dataSource.setPassword("postgres");
        dataSource.setMaximumPoolSize(8);
        dataSource.setPoolName("embedded-postgres");
        return dataSource;
    }
}
