package kr.gpuprogram.reports.db;

import java.io.IOException;
import com.zaxxer.hikari.HikariDataSource;
import kr.gpuprogram.reports.ReportSettings;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.jdbc.autoconfigure.DataSourceProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.env.Environment;

/**
 * The program's database. By default a real PostgreSQL started in-process, its files under the
 * state dir so that history accumulates from night to night; {@code spring.datasource.url}
 * names a server instead. One process at a time owns the directory ({@link StateDirectoryLock}).
 * The command line starts the embedded database while the context is still being built
 * ({@link EmbeddedPostgresEarlyStart}); without that (tests that build a context themselves) it
 * starts here.
 * <p>
 * Which of the two is decided here, when the context starts, and not by a condition on the
 * property: the jar's bean definitions are prepared at build time (Spring AOT), where a condition
 * would be decided once, for the build's settings.
 */
@Configuration(proxyBeanMethods = false)
class ProgramDatabaseConfiguration {

    static final String EMBEDDED = "embedded";

    /** Whether these settings ask for the embedded database (no {@code spring.datasource.url}, or "embedded"). */
    static boolean embedded(Environment environment) {
        return environment.getProperty("spring.datasource.url", EMBEDDED).equals(EMBEDDED);
    }

    /** The embedded database this process started, or none when the settings name a server. */
    record EmbeddedDatabase(StartedPostgres started) implements AutoCloseable {

        @Override
        public void close() throws IOException {
            if (started != null) {
                started.close();
            }
        }
    }

    @Bean(destroyMethod = "close")
    EmbeddedDatabase embeddedDatabase(Environment environment, ReportSettings settings,
                                      @Value("${gpu.wait:false}") boolean wait,
                                      ObjectProvider<EmbeddedPostgresEarlyStart.Handover> early) throws IOException {
        if (!embedded(environment)) {
            return new EmbeddedDatabase(null);
        }
        EmbeddedPostgresEarlyStart.Handover handover = early.getIfAvailable();
        StartedPostgres started = handover == null ? null : handover.take(settings.stateDir());
        return new EmbeddedDatabase(started != null ? started : StartedPostgres.start(settings.stateDir(), wait));
    }

    /** The pool, with {@code spring.datasource.hikari.*} applied as Spring Boot applies them. */
    @Bean
    @ConfigurationProperties("spring.datasource.hikari")
    HikariDataSource dataSource(EmbeddedDatabase database, DataSourceProperties properties) {
        if (database.started() == null) {
            return properties.initializeDataSourceBuilder().type(HikariDataSource.class).build();
        }
        HikariDataSource dataSource = new HikariDataSource();
        dataSource.setJdbcUrl(database.started().jdbcUrl());
        dataSource.setMaximumPoolSize(8);
        dataSource.setPoolName("embedded-postgres");
        return dataSource;
    }
}
