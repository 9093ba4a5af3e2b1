package kr.gpuprogram.reports.report;

import java.util.function.Consumer;
import javax.sql.DataSource;
import kr.gpuprogram.reports.db.SqlResource;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.RowMapper;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.stereotype.Component;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The rows of a report's query handed one by one to whoever writes them: PostgreSQL sends
 * rows in batches only inside a transaction (autocommit off) with a fetch size, so a month
 * of a large program, or a million rejected lines, never sits in memory as a whole.
 */
@Component
public class StreamedRows {

    static final int FETCH_SIZE = 1000;

    private final NamedParameterJdbcTemplate jdbc;
    private final TransactionTemplate transactions;

    public StreamedRows(DataSource dataSource, TransactionTemplate transactions) {
        JdbcTemplate streaming = new JdbcTemplate(dataSource);
        streaming.setFetchSize(FETCH_SIZE);
        this.jdbc = new NamedParameterJdbcTemplate(streaming);
        // joins the report's snapshot (ReportSnapshot) when there is one; streaming needs a transaction either way
        this.transactions = new TransactionTemplate(transactions.getTransactionManager());
        this.transactions.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRED);
    }

    /** Runs the single statement of {@code sqlPath} and hands each row, as {@code mapper} makes it, to {@code sink}. */
    public <T> void forEach(String sqlPath, MapSqlParameterSource params, RowMapper<T> mapper, Consumer<T> sink) {
        String sql = SqlResource.statement(sqlPath);
        transactions.executeWithoutResult(status -> jdbc.query(sql, params, rs -> {
            sink.accept(mapper.mapRow(rs, 0));
        }));
    }
}
