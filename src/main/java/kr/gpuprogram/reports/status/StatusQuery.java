package kr.gpuprogram.reports.status;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import kr.gpuprogram.reports.db.StoredTime;
import kr.gpuprogram.reports.ReportSettings;
import kr.gpuprogram.reports.db.SqlResource;
import kr.gpuprogram.reports.report.OverCapacity;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * Reads what {@code status} shows from the stored records: the files the runs ingested, their
 * rejects, the last run and the mails. It reads, never ingests: what is in the inbox and not yet
 * ingested shows after the next run (an operator checks a file before upload with {@code validate}).
 */
@Component
public class StatusQuery {

    private final NamedParameterJdbcTemplate jdbc;
    private final ZoneId programZone;

    public StatusQuery(NamedParameterJdbcTemplate jdbc, ReportSettings settings) {
        this.jdbc = jdbc;
        this.programZone = settings.programZone();
    }

    /** The {@code days} days up to yesterday ({@code today} in the program zone). */
    public StatusReport load(LocalDate today, int days) {
        LocalDate from = today.minusDays(days);
        LocalDate to = today.minusDays(1);
        // every operator's clusters (operator null), as the program's report reads them
        MapSqlParameterSource window = new MapSqlParameterSource().addValue("from", from).addValue("to", to)
                .addValue("operator", null);
        // the report's own definition of usage beyond capacity, so that status and the completeness notes agree
        Map<String, List<OverCapacity.Day>> beyond = OverCapacity.query(jdbc, window).stream()
                .collect(Collectors.groupingBy(OverCapacity.Day::clusterId));
        List<ClusterStatus> clusters = jdbc.query(SqlResource.statement("status/clusters.sql"), window, (rs, i) ->
                new ClusterStatus(rs.getString("cluster_id"), rs.getString("operator_id"),
                        rs.getObject("last_job_file", LocalDate.class), rs.getObject("last_telemetry_file", LocalDate.class),
                        dates(rs.getString("missing_job_dates")), dates(rs.getString("missing_telemetry_dates")),
                        rs.getLong("rejects"), rs.getString("last_mail_period"), rs.getString("last_mail_scope"),
                        rs.getString("last_mail_status"), stored(rs, "last_mail_at"),
                        beyond.getOrDefault(rs.getString("cluster_id"), List.of())));
        List<StatusReport.LastRun> runs = jdbc.query(SqlResource.statement("status/last-run.sql"), (rs, i) ->
                new StatusReport.LastRun(rs.getString("job_name"), rs.getString("parameters"), rs.getString("status"),
                        stored(rs, "end_time")));
        return new StatusReport(from, to, clusters, runs.isEmpty() ? null : runs.get(0));
    }

    private static List<LocalDate> dates(String list) {
        return list.isEmpty() ? List.of() : Arrays.stream(list.split(";")).map(LocalDate::parse).toList();
    }

    /** A stored moment, Spring Batch's zone-less local time or a {@code timestamptz}, in the program zone. */
    private OffsetDateTime stored(ResultSet rs, String column) throws SQLException {
        return StoredTime.of(rs.getTimestamp(column), programZone);
    }
}
