package kr.gpuprogram.reports.db;

import java.io.IOException;
import javax.sql.DataSource;
import com.zaxxer.hikari.HikariDataSource;
import kr.gpuprogram.reports.ReportSettings;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * The default database: a real PostgreSQL started in-process, its files under the state
 * dir so that history accumulates from night to night. Setting
 * {@code spring.datasource.url} switches this off and Boot connects to that server. One
 * process at a time owns the directory ({@link StateDirectoryLock}). The command line starts
 * it while the context is still being built ({@link EmbeddedPostgresEarlyStart}); without that
 * (tests that build a context themselves) it starts here.
 */
@Configuration(proxyBeanMethods = false)
@ConditionalOnProperty(prefix = "spring.datasource", name = "url", havingValue = "embedded", matchIfMissing = true)
class EmbeddedPostgresConfiguration {

    @Bean(destroyMethod = "close")
    StartedPostgres startedPostgres(ReportSettings settings, @Value("${gpu.wait:false}") boolean wait,
                                    ObjectProvider<EmbeddedPostgresEarlyStart.Handover> early) throws IOException {
        EmbeddedPostgresEarlyStart.Handover handover = early.getIfAvailable();
        StartedPostgres started = handover == null ? null : handover.take(settings.stateDir());
        return started != null ? started : StartedPostgres.start(settings.stateDir(), wait);
    }

    @Bean
    DataSource dataSource(StartedPostgres postgres) {
        HikariDataSource dataSource = new HikariDataSource();
        dataSource.setJdbcUrl(postgres.postgres().getJdbcUrl("postgres", "postgres"));
        dataSource.setUsername("postgres");
        dataSource.setPassword("postgres");
        dataSource.setMaximumPoolSize(8);
        dataSource.setPoolName("embedded-postgres");
        return dataSource;
    }
}
