package kr.gpuprogram.reports.cli;

import java.io.PrintStream;
import java.sql.Timestamp;
import java.time.ZoneId;
import java.util.Map;
import kr.gpuprogram.reports.ReportSettings;
import kr.gpuprogram.reports.db.SqlResource;
import kr.gpuprogram.reports.db.StoredTime;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * {@code history}: the recent job executions and mails as plain lines, so that an operator
 * sees what ran and what was sent without opening the embedded database.
 */
@Component
class HistoryPrinter {

    private final NamedParameterJdbcTemplate jdbc;
    private final ZoneId programZone;

    public HistoryPrinter(NamedParameterJdbcTemplate jdbc, ReportSettings settings) {
        this.jdbc = jdbc;
        this.programZone = settings.programZone();
    }

    public void print(int limit, PrintStream out) {
        Map<String, Object> params = Map.of("limit", limit);
        out.println("runs (newest first): execution  job  parameters  started  ended  status  reason");
        jdbc.query(SqlResource.statement("history/recent-runs.sql"), params, rs -> {
            out.println(String.join("  ", String.valueOf(rs.getLong("job_execution_id")), rs.getString("job_name"),
                    rs.getString("parameters"), at(rs.getTimestamp("start_time")), at(rs.getTimestamp("end_time")),
                    rs.getString("status") + "/" + rs.getString("exit_code"), rs.getString("reason")).strip());
        });
        out.println("mails (newest first): delivery  period  scope  status  attempts  asked  sent  recipients  last error");
        jdbc.query(SqlResource.statement("history/recent-mails.sql"), params, rs -> {
            out.println(String.join("  ", String.valueOf(rs.getLong("delivery_id")), rs.getString("period"),
                    rs.getString("scope"), rs.getString("status") + (rs.getBoolean("provisional") ? " (provisional)" : ""),
                    String.valueOf(rs.getInt("attempts")), at(rs.getTimestamp("requested_at")),
                    at(rs.getTimestamp("sent_at")), rs.getString("recipients"), rs.getString("last_error")).strip());
        });
    }

    private String at(Timestamp at) {
        return StoredTime.text(at, programZone);
    }
}
