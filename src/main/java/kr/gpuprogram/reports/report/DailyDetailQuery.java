package kr.gpuprogram.reports.report;

import java.time.LocalDate;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.stereotype.Component;

/**
 * The {@link DailyDetail} of a report, read when the report is written: streams the rows of a
 * period ({@code report/excel/daily-detail.sql}) one by one.
 */
@Component
public class DailyDetailQuery {

    private final StreamedRows rows;

    public DailyDetailQuery(StreamedRows rows) {
        this.rows = rows;
    }

    /** The period's rows; {@code operatorId} null for the whole program. Nothing is read until they are asked for. */
    public DailyDetail of(Period period, String operatorId) {
        MapSqlParameterSource params = PeriodReportQuery.params(period, operatorId);
        return sink -> rows.forEach("report/excel/daily-detail.sql", params, (rs, i) ->
                new DailyDetail.Row(rs.getObject("day", LocalDate.class), rs.getString("allocation_id"),
                        rs.getString("institution_id"), rs.getString("institution_name"), rs.getString("sector"),
                        rs.getString("cluster_id"), rs.getString("operator_id"), rs.getLong("allocated_gs"),
                        rs.getLong("used_gs"), rs.getLong("allocated_idle_gs"), rs.getLong("over_use_gs"),
                        rs.getLong("active_idle_gs"), rs.getBigDecimal("krw_per_gpu_hour"),
                        rs.getBigDecimal("allocated_krw"), rs.getBigDecimal("used_krw"),
                        rs.getBoolean("measured")), sink);
    }
}
