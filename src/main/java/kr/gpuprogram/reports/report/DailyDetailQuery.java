package kr.gpuprogram.reports.report;

import java.sql.Types;
import java.time.LocalDate;
import java.util.function.Consumer;
import javax.sql.DataSource;
import kr.gpuprogram.reports.db.SqlResource;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.stereotype.Component;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The {@link DailyDetail} of a report, read when the report is written: streams the rows of a
 * period ({@code report/excel/daily-detail.sql}) one by one:
 * PostgreSQL sends rows in batches only inside a transaction (autocommit off) with a fetch
 * size, so a month of a large program never sits in memory as a whole.
 */
@Component
public class DailyDetailQuery {

    static final int FETCH_SIZE = 1000;

    private final NamedParameterJdbcTemplate jdbc;
    private final TransactionTemplate transactions;

    public DailyDetailQuery(DataSource dataSource, TransactionTemplate transactions) {
        JdbcTemplate streaming = new JdbcTemplate(dataSource);
        streaming.setFetchSize(FETCH_SIZE);
        this.jdbc = new NamedParameterJdbcTemplate(streaming);
        // joins the report's snapshot (ReportSnapshot) when there is one; streaming needs a transaction either way
        this.transactions = new TransactionTemplate(transactions.getTransactionManager());
        this.transactions.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRED);
    }

    /** The period's rows; {@code operatorId} null for the whole program. Nothing is read until they are asked for. */
    public DailyDetail of(Period period, String operatorId) {
        return sink -> forEach(period, operatorId, sink);
    }

    private void forEach(Period period, String operatorId, Consumer<DailyDetail.Row> sink) {
        MapSqlParameterSource params = new MapSqlParameterSource()
                .addValue("from", period.from())
                .addValue("to", period.to())
                .addValue("operator", operatorId, Types.VARCHAR);
        String sql = SqlResource.statement("report/excel/daily-detail.sql");
        transactions.executeWithoutResult(status -> jdbc.query(sql, params, rs -> {
            sink.accept(new DailyDetail.Row(rs.getObject("day", LocalDate.class), rs.getString("allocation_id"),
                    rs.getString("institution_id"), rs.getString("institution_name"), rs.getString("sector"),
                    rs.getString("cluster_id"), rs.getString("operator_id"), rs.getLong("allocated_gs"),
                    rs.getLong("used_gs"), rs.getLong("allocated_idle_gs"), rs.getLong("over_use_gs"),
                    rs.getLong("active_idle_gs"), rs.getBigDecimal("krw_per_gpu_hour"),
                    rs.getBigDecimal("allocated_krw"), rs.getBigDecimal("used_krw")));
        }));
    }
}
