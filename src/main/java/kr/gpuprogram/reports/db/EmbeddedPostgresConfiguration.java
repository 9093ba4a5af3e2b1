package kr.gpuprogram.reports.db;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import java.nio.file.Path;
import javax.sql.DataSource;
import com.zaxxer.hikari.HikariDataSource;
import kr.gpuprogram.reports.ReportSettings;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * The default database: a real PostgreSQL started in-process, its files under the state
 * dir so that history accumulates from night to night. Setting
 * {@code spring.datasource.url} switches this off and Boot connects to that server. One
 * process at a time owns the directory ({@link StateDirectoryLock}).
 */
@Configuration(proxyBeanMethods = false)
@ConditionalOnProperty(prefix = "spring.datasource", name = "url", havingValue = "embedded", matchIfMissing = true)
class EmbeddedPostgresConfiguration {

    private static final Logger log = LoggerFactory.getLogger(EmbeddedPostgresConfiguration.class);

    /**
     * Taken before anything touches the state directory, released (by {@link #embeddedPostgres}
     * depending on it) only after the database has stopped. {@code gpu.wait=true} (the
     * command line's {@code --wait}) waits for the owner instead of refusing.
     */
    @Bean(destroyMethod = "close")
    StateDirectoryLock stateDirectoryLock(ReportSettings settings, @Value("${gpu.wait:false}") boolean wait)
            throws IOException {
        return StateDirectoryLock.acquire(settings.stateDir(), wait);
    }

    @Bean(destroyMethod = "close")
    EmbeddedPostgres embeddedPostgres(ReportSettings settings, StateDirectoryLock owner) throws IOException {
        Path dataDir = settings.stateDir().resolve("pgdata").toAbsolutePath();
        Path binaries = settings.stateDir().resolve("pg-binaries").toAbsolutePath();
        // We own the directory: whatever runs on or lies half-made in it was left by a killed process.
        KilledStartLeftovers.clear(binaries, dataDir);
        log.info("Starting embedded PostgreSQL with its files in {}", dataDir);
        return EmbeddedPostgres.builder()
                .setDataDirectory(dataDir)
                .setCleanDataDirectory(false)
                .setServerConfig("timezone", "UTC")
                .setServerConfig("max_connections", "50")
                // The program's tables fit in memory (the OS cache, if not shared buffers): an index
                // probe costs about what a sequential page does. With the default 4 the planner
                // scans a 100,000-row job_record per merged file rather than probe it 400 times.
                .setServerConfig("random_page_cost", "1.1")
                .setOverrideWorkingDirectory(binaries.toFile())
                .start();
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
