package kr.gpuprogram.reports.report;

import java.sql.Types;
import java.time.LocalDate;
import java.util.List;
import kr.gpuprogram.reports.ReportSettings;
import kr.gpuprogram.reports.db.SqlResource;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.stereotype.Component;

/** Reads the allocation outlook of a day from the stored days ({@code figures/outlook.sql}). */
@Component
public class OutlookQuery {

    private final NamedParameterJdbcTemplate jdbc;
    private final ReportSettings settings;

    public OutlookQuery(NamedParameterJdbcTemplate jdbc, ReportSettings settings) {
        this.jdbc = jdbc;
        this.settings = settings;
    }

    /** The outlook on {@code day} of the program ({@code operatorId} null) or of one operator's clusters. */
    public List<OutlookRow> of(LocalDate day, String operatorId) {
        return load(day, operatorId, null);
    }

    /** The outlook on {@code day} of one institution's allocations alone. */
    public List<OutlookRow> ofInstitution(LocalDate day, String institutionId) {
        return load(day, null, institutionId);
    }

    private List<OutlookRow> load(LocalDate day, String operatorId, String institutionId) {
        MapSqlParameterSource params = new MapSqlParameterSource()
                .addValue("d", day)
                .addValue("window", settings.reclaimWindowDays())
                .addValue("low_pct", settings.outlookLowPct())
                .addValue("zone", settings.programZone().getId())
                .addValue("operator", operatorId, Types.VARCHAR)
                .addValue("institution", institutionId, Types.VARCHAR);
        return jdbc.query(SqlResource.statement("figures/outlook.sql"), params, (rs, i) -> new OutlookRow(
                rs.getString("allocation_id"), rs.getString("institution_id"), rs.getString("institution_name"),
                rs.getString("project_title"), rs.getString("cluster_id"),
                rs.getObject("start_date", LocalDate.class), rs.getObject("end_date", LocalDate.class),
                rs.getLong("term_gs"), rs.getLong("used_to_date_gs"), rs.getInt("elapsed_days"),
                rs.getInt("term_days"), rs.getInt("days_left"), rs.getInt("window_days"),
                rs.getLong("window_used_gs"), rs.getBigDecimal("krw_per_gpu_hour"),
                rs.getInt("window_missing_days"), rs.getString("status")));
    }
}
