package kr.gpuprogram.reports.batch;

import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import javax.sql.DataSource;
import kr.gpuprogram.reports.db.SqlResource;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.batch.core.job.JobExecution;
import org.springframework.batch.core.listener.JobExecutionListener;
import org.springframework.stereotype.Component;

/**
 * Holds the ingest lock for the whole of a job that reads the inbox: two such jobs on one
 * database (two machines, or a server the state-directory lock does not cover) would read the
 * same files. The second waits; the lock lives in a connection of its own, so a process that
 * dies releases it with its session.
 */
@Component
public class IngestLockListener implements JobExecutionListener {

    private static final Logger log = LoggerFactory.getLogger(IngestLockListener.class);

    private final DataSource dataSource;
    private final ThreadLocal<Connection> held = new ThreadLocal<>();

    public IngestLockListener(DataSource dataSource) {
        this.dataSource = dataSource;
    }

    @Override
    public void beforeJob(JobExecution jobExecution) {
        try {
            Connection connection = dataSource.getConnection();
            connection.setAutoCommit(true);
            long started = System.nanoTime();
            try (Statement lock = connection.createStatement()) {
                lock.execute(SqlResource.statement("ingest/ingest-lock.sql"));
            }
            long waitedMs = (System.nanoTime() - started) / 1_000_000;
            if (waitedMs > 1000) {
                log.info("Waited {} ms for another job's ingest to end", waitedMs);
            }
            held.set(connection);
        } catch (SQLException e) {
            throw new IllegalStateException("cannot take the ingest lock: " + e.getMessage(), e);
        }
    }

    @Override
    public void afterJob(JobExecution jobExecution) {
        Connection connection = held.get();
        held.remove();
        if (connection == null) {
            return;
        }
        try (connection; Statement unlock = connection.createStatement()) {
            unlock.execute(SqlResource.statement("ingest/ingest-unlock.sql"));
        } catch (SQLException e) {
            log.warn("Releasing the ingest lock: {} (it goes with the connection)", e.getMessage());
        }
    }
}
