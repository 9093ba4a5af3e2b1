package kr.gpuprogram.reports.ingest.reference;

import java.util.List;
import java.util.Map;
import java.util.function.Function;
import javax.sql.DataSource;
import kr.gpuprogram.reports.db.SqlResource;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.jdbc.core.namedparam.SqlParameterSource;
import org.springframework.jdbc.core.simple.SimpleJdbcInsert;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/** Replaces the stored reference tables with a validated load, in one transaction. */
@Component
public class ReferenceStore {

    private final DataSource dataSource;
    private final JdbcTemplate jdbc;

    public ReferenceStore(DataSource dataSource) {
        this.dataSource = dataSource;
        this.jdbc = new JdbcTemplate(dataSource);
    }

    /** Each reference file's content as last read successfully, by file name. */
    public Map<String, byte[]> lastReadable() {
        Map<String, byte[]> contents = new java.util.HashMap<>();
        jdbc.query(SqlResource.statement("ingest/reference-file-contents.sql"),
                rs -> { contents.put(rs.getString("file"), rs.getBytes("content")); });
        return contents;
    }

    /** Returns false when the stored tables already hold this very content. */
    @Transactional
    public boolean replace(ReferenceData data) {
        jdbc.queryForList(SqlResource.statement("ingest/reference-lock.sql"));
        Integer current = new NamedParameterJdbcTemplate(jdbc).queryForObject(
                SqlResource.statement("ingest/reference-current.sql"), Map.of("sha256", data.sha256()), Integer.class);
        if (current != null && current > 0) {
            return false;
        }
        SqlResource.statements("ingest/reference-clear.sql").forEach(jdbc::update);
        insert("operator", data.operators(), o -> Map.of("operator_id", o.operatorId(), "operator_name", o.operatorName()));
        insert("operator_self_use_account", data.operators().stream()
                .flatMap(o -> o.selfUseAccounts().stream().map(a -> Map.of("operator_id", o.operatorId(), "account", a)))
                .toList(), p -> p);
        insert("cluster_period", data.clusterPeriods(), c -> new MapSqlParameterSource()
                .addValue("cluster_id", c.clusterId()).addValue("operator_id", c.operatorId())
                .addValue("gpu_model", c.gpuModel()).addValue("gpu_count", c.gpuCount())
                .addValue("in_service_from", c.inServiceFrom()).addValue("in_service_to", c.inServiceTo())
                .addValue("time_zone", c.timeZone())
                .addValue("telemetry_interval_seconds", c.telemetryIntervalSeconds()));
        insert("institution", data.institutions(), i -> Map.of("institution_id", i.institutionId(),
                "institution_name", i.institutionName(), "sector", i.sector(), "region", i.region()));
        insert("allocation", data.allocations(), a -> new MapSqlParameterSource()
                .addValue("allocation_id", a.allocationId()).addValue("institution_id", a.institutionId())
                .addValue("project_title", a.projectTitle()).addValue("cluster_id", a.clusterId())
                .addValue("gpu_count", a.gpuCount()).addValue("start_date", a.startDate()).addValue("end_date", a.endDate()));
        insert("rate", data.rates(), r -> Map.of("gpu_model", r.gpuModel(), "krw_per_gpu_hour", r.krwPerGpuHour(),
                "valid_from", r.validFrom()));
        insert("recipient", data.recipients(), r -> Map.of("email", r.email(), "name", r.name(), "scope", r.scope()));
        insert("reference_file", data.files(), f -> new MapSqlParameterSource().addValue("file", f.file())
                .addValue("size_bytes", f.sizeBytes()).addValue("sha256", f.sha256()).addValue("encoding", f.encoding())
                .addValue("content", f.content()));
        insert("reference_reject", data.rejects(), r -> Map.of("file", "reference/" + r.file(), "line_no", r.lineNo(),
                "reason", r.reason(), "content", r.content()));
        new NamedParameterJdbcTemplate(jdbc).update(SqlResource.statement("ingest/reference-state.sql"),
                Map.of("sha256", data.sha256()));
        return true;
    }

    private <T> void insert(String table, List<T> rows, Function<T, Object> toParameters) {
        if (rows.isEmpty()) {
            return;
        }
        SqlParameterSource[] batch = rows.stream().map(toParameters).map(p -> p instanceof SqlParameterSource s
                ? s : new MapSqlParameterSource(castMap(p))).toArray(SqlParameterSource[]::new);
        new SimpleJdbcInsert(dataSource).withTableName(table).executeBatch(batch);
    }

    @SuppressWarnings("unchecked")
    private static Map<String, ?> castMap(Object parameters) {
        return (Map<String, ?>) parameters;
    }
}
