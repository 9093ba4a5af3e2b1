package kr.gpuprogram.reports.ingest;

import java.sql.Array;
import java.sql.Connection;
import java.sql.Date;
import java.sql.PreparedStatement;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import kr.gpuprogram.reports.db.SqlResource;
import kr.gpuprogram.reports.ingest.TelemetryAggregate.Key;
import kr.gpuprogram.reports.ingest.TelemetryAggregate.Sums;
import org.springframework.batch.infrastructure.item.Chunk;
import org.springframework.batch.infrastructure.item.ItemWriter;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.jdbc.core.namedparam.SqlParameterSource;

/** Stores each block's sums as a part of its file (merged when the file is complete) and its rejects. */
class TelemetryAggregateWriter implements ItemWriter<TelemetryAggregate> {

    private final NamedParameterJdbcTemplate jdbc;

    public TelemetryAggregateWriter(NamedParameterJdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public void write(Chunk<? extends TelemetryAggregate> chunk) {
        JdbcTemplate plain = jdbc.getJdbcTemplate();
        String insertPart = SqlResource.statement("ingest/insert-telemetry-part.sql");
        // One part per file and chunk: the blocks of a chunk are added up before they are stored.
        Map<InboxFile, TelemetryAggregate> perFile = new java.util.LinkedHashMap<>();
        for (TelemetryAggregate aggregate : chunk) {
            TelemetryAggregate combined = perFile.computeIfAbsent(aggregate.file(),
                    f -> new TelemetryAggregate(f, aggregate.partNo(), new java.util.HashMap<>(), List.of()));
            aggregate.sums().forEach((key, sums) -> combined.sums().computeIfAbsent(key, k -> new Sums()).add(sums));
        }
        plain.execute((Connection connection) -> {
            try (PreparedStatement insert = connection.prepareStatement(insertPart)) {
                for (TelemetryAggregate aggregate : perFile.values()) {
                    for (Map.Entry<Key, Sums> entry : aggregate.sums().entrySet()) {
                        Sums sums = entry.getValue();
                        Long[] histogram = new Long[sums.histogram.length];
                        for (int i = 0; i < histogram.length; i++) {
                            histogram[i] = sums.histogram[i];
                        }
                        Array array = connection.createArrayOf("bigint", histogram);
                        insert.setLong(1, aggregate.file().fileId());
                        insert.setInt(2, aggregate.partNo());
                        insert.setDate(3, Date.valueOf(entry.getKey().day()));
                        insert.setString(4, aggregate.file().clusterId());
                        insert.setString(5, entry.getKey().jobId());
                        insert.setLong(6, sums.samples);
                        insert.setDouble(7, sums.utilSum);
                        insert.setArray(8, array);
                        insert.addBatch();
                    }
                }
                insert.executeBatch();
            }
            return null;
        });
        List<SqlParameterSource> rejects = new ArrayList<>();
        for (TelemetryAggregate aggregate : chunk) {
            aggregate.rejects().forEach(r -> rejects.add(ClassifiedLineWriter.rejectParameters(r)));
        }
        if (!rejects.isEmpty()) {
            jdbc.batchUpdate(SqlResource.statement("ingest/insert-input-reject.sql"), rejects.toArray(SqlParameterSource[]::new));
        }
    }
}
