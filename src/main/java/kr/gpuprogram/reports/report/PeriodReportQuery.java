package kr.gpuprogram.reports.report;

import java.math.BigDecimal;
import java.sql.Types;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import kr.gpuprogram.reports.ReportSettings;
import kr.gpuprogram.reports.db.SqlResource;
import kr.gpuprogram.reports.figures.ProgramDay;
import kr.gpuprogram.reports.report.PeriodReport.ClusterRow;
import kr.gpuprogram.reports.report.PeriodReport.DayTotals;
import kr.gpuprogram.reports.report.PeriodReport.InstitutionRow;
import kr.gpuprogram.reports.report.PeriodReport.MissingRow;
import kr.gpuprogram.reports.report.PeriodReport.ReclaimRow;
import kr.gpuprogram.reports.report.PeriodReport.RejectRow;
import kr.gpuprogram.reports.report.PeriodReport.SectorRow;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.stereotype.Component;

/** Reads a period's figures from the stored days ({@code figures/period-*.sql}). */
@Component
public class PeriodReportQuery {

    private static final String REJECTS_SQL = "figures/period-rejects.sql";

    private final NamedParameterJdbcTemplate jdbc;
    private final ReportSettings settings;
    private final DailyDetailQuery dailyDetail;
    private final StreamedRows rows;
    private final Clock clock;
    private final OutlookQuery outlook;

    /** Without the program's clock (checks): days up to today's real yesterday can be missing. */
    public PeriodReportQuery(NamedParameterJdbcTemplate jdbc, ReportSettings settings, DailyDetailQuery dailyDetail,
                             StreamedRows rows, OutlookQuery outlook) {
        this(jdbc, settings, dailyDetail, rows, outlook, Clock.systemUTC());
    }

    @Autowired
    public PeriodReportQuery(NamedParameterJdbcTemplate jdbc, ReportSettings settings, DailyDetailQuery dailyDetail,
                             StreamedRows rows, OutlookQuery outlook, Clock clock) {
        this.clock = clock;
        this.jdbc = jdbc;
        this.outlook = outlook;
        this.rows = rows;
        this.dailyDetail = dailyDetail;
        this.settings = settings;
    }

    /** The period's figures; {@code operatorId} null for the whole program. */
    public PeriodReport load(Period period, String operatorId) {
        MapSqlParameterSource params = params(period, operatorId);
        List<ClusterRow> clusters = jdbc.query(SqlResource.statement("figures/period-clusters.sql"), params, (rs, i) ->
                new ClusterRow(rs.getString("cluster_id"), rs.getString("operator_id"), rs.getString("gpu_model"),
                        rs.getLong("capacity_gs"), rs.getLong("allocated_gs"), rs.getLong("used_gs"),
                        rs.getLong("unattributed_gs"), rs.getLong("unallocated_gs"), rs.getLong("over_allocated_gs"),
                        rs.getLong("allocated_idle_gs"), rs.getLong("idle_gs"), rs.getLong("active_idle_gs"),
                        rs.getLong("util_samples"), Math.round(rs.getDouble("util_sum")), rs.getInt("telemetry_days"),
                        rs.getInt("service_days")));
        List<InstitutionRow> institutions = jdbc.query(SqlResource.statement("figures/period-institutions.sql"), params,
                (rs, i) -> new InstitutionRow(rs.getString("institution_id"), rs.getString("institution_name"),
                        Sector.valueOf(rs.getString("sector")), rs.getLong("allocated_gs"), rs.getLong("used_gs"),
                        rs.getLong("allocated_idle_gs"), rs.getLong("over_use_gs"), rs.getLong("active_idle_gs"),
                        rs.getLong("util_samples"), Math.round(rs.getDouble("util_sum")), rs.getLong("jobs"),
                        rs.getBigDecimal("allocated_krw"), rs.getBigDecimal("used_krw"), rs.getInt("telemetry_days"),
                        rs.getInt("service_days")));
        // a day that has not ended in the program zone has no file yet: it is not missing
        MapSqlParameterSource missingParams = params(period, operatorId)
                .addValue("last_day", LocalDate.now(clock.withZone(settings.programZone())).minusDays(1));
        List<MissingRow> missing = jdbc.query(SqlResource.statement("figures/period-missing.sql"), missingParams, (rs, i) ->
                new MissingRow(rs.getString("cluster_id"), rs.getObject("day", LocalDate.class), rs.getString("kind")));
        Rejects rejects = rejects(period, operatorId);
        List<DayTotals> days = jdbc.query(SqlResource.statement("figures/period-daily.sql"), params, (rs, i) ->
                new DayTotals(rs.getObject("day", LocalDate.class), rs.getLong("capacity_gs"),
                        rs.getLong("allocated_gs"), rs.getLong("used_gs")));
        List<PeriodReport.ProvenanceRow> provenance = jdbc.query(SqlResource.statement("figures/period-provenance.sql"),
                params, (rs, i) -> new PeriodReport.ProvenanceRow(rs.getString("kind"), rs.getString("name"),
                        rs.getLong("size_bytes"), rs.getString("sha256"), rs.getString("encoding"),
                        rs.getObject("lines_read", Integer.class), rs.getObject("lines_used", Integer.class),
                        rs.getObject("lines_not_started", Integer.class), rs.getObject("lines_step", Integer.class),
                        rs.getObject("lines_rejected", Integer.class), rs.getString("status")));
        List<PeriodReport.OperatorRow> operators = jdbc.query(SqlResource.statement("figures/period-operators.sql"),
                params, (rs, i) -> new PeriodReport.OperatorRow(rs.getString("operator_id"), rs.getString("operator_name"),
                        rs.getString("cluster_id"), rs.getLong("capacity_gs"), rs.getLong("used_gs"),
                        rs.getLong("self_use_gs"), rs.getLong("self_use_on_unallocated_gs"),
                        rs.getLong("self_use_on_allocated_gs"), rs.getBigDecimal("self_use_krw"),
                        rs.getLong("waiting_during_self_use_gs"), rs.getInt("jobs_started"),
                        rs.getBigDecimal("mean_wait_seconds"), rs.getBigDecimal("p90_wait_seconds"),
                        rs.getLong("observed_job_gs"), rs.getLong("unknown_job_sample_gs"),
                        rs.getLong("covered_observed_gs"), rs.getLong("covered_used_gs"),
                        rs.getLong("jobs_without_samples"), rs.getInt("telemetry_days"), rs.getInt("submit_days")));
        return new PeriodReport(period, operatorId, clusters, institutions, sectors(institutions),
                reclaim(period.to(), operatorId), missing, rejects, days, provenance, operators,
                dailyDetail.of(period, operatorId), overCapacity(params)).withOutlook(outlook.of(period.to(), operatorId));
    }

    private List<OverCapacity.Day> overCapacity(MapSqlParameterSource params) {
        return OverCapacity.query(jdbc, params);
    }

    /** The count now, the rows when they are written, from the same snapshot. */
    private Rejects rejects(Period period, String operatorId) {
        MapSqlParameterSource all = params(period, operatorId).addValue("limit", null, Types.BIGINT);
        long count = jdbc.queryForObject(SqlResource.countOf(REJECTS_SQL), all, Long.class);
        return new Rejects() {
            @Override
            public long count() {
                return count;
            }

            @Override
            public void forFirst(long limit, Consumer<RejectRow> sink) {
                MapSqlParameterSource first = params(period, operatorId)
                        .addValue("limit", limit == Long.MAX_VALUE ? null : limit, Types.BIGINT);
                rows.forEach(REJECTS_SQL, first, (rs, i) -> new RejectRow(rs.getString("file"),
                        rs.getInt("line_no"), rs.getString("reason"), rs.getString("content")), sink);
            }
        };
    }

    /** The parameters of a period's statements: its days and its scope ({@code operatorId} null for the program). */
    static MapSqlParameterSource params(Period period, String operatorId) {
        return new MapSqlParameterSource()
                .addValue("from", period.from())
                .addValue("to", period.to())
                .addValue("operator", operatorId, Types.VARCHAR);
    }

    /** Operators that receive a report built from their own clusters alone. */
    public List<String> operatorsWithOwnReport() {
        return jdbc.queryForList(SqlResource.statement("delivery/operator-scopes.sql"), Map.of(), String.class);
    }

    private List<ReclaimRow> reclaim(LocalDate day, String operatorId) {
        MapSqlParameterSource params = new MapSqlParameterSource()
                .addValue("d", day)
                .addValue("d_end", ProgramDay.of(day, settings.programZone()).end())
                .addValue("zone", settings.programZone().getId())
                .addValue("min_age", settings.reclaimMinAgeDays())
                .addValue("window", settings.reclaimWindowDays())
                .addValue("threshold", settings.reclaimThresholdPct())
                .addValue("operator", operatorId, java.sql.Types.VARCHAR);
        return jdbc.query(SqlResource.statement("figures/reclaim-candidates.sql"), params, (rs, i) ->
                new ReclaimRow(rs.getString("allocation_id"), rs.getString("institution_id"), rs.getString("cluster_id"),
                        rs.getInt("window_days"), rs.getLong("allocated_gs"), rs.getLong("used_gs"),
                        rs.getLong("idle_gs"), rs.getBigDecimal("idle_krw"), rs.getInt("zero_use_streak_days"),
                        rs.getInt("window_missing_days"), rs.getString("status")));
    }

    /** Sector rows: sums of the listed institutions of each sector, all four in {@link Sector}'s order. */
    static List<SectorRow> sectors(List<InstitutionRow> institutions) {
        Map<Sector, SectorRow> bySector = new EnumMap<>(Sector.class);
        for (Sector sector : Sector.values()) {
            bySector.put(sector, new SectorRow(sector, 0, 0, 0, BigDecimal.ZERO, BigDecimal.ZERO));
        }
        for (InstitutionRow row : institutions) {
            SectorRow s = bySector.get(row.sector());
            bySector.put(row.sector(), new SectorRow(s.sector(), s.institutions() + 1, s.allocatedGs() + row.allocatedGs(),
                    s.usedGs() + row.usedGs(), add(s.allocatedKrw(), row.allocatedKrw()), add(s.usedKrw(), row.usedKrw())));
        }
        return new ArrayList<>(bySector.values());
    }

    private static BigDecimal add(BigDecimal a, BigDecimal b) {
        return b == null ? a : a.add(b);
    }

}
