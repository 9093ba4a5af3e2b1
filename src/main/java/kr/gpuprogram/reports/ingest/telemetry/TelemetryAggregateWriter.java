package kr.gpuprogram.reports.ingest.telemetry;

import java.sql.Connection;
import java.sql.Date;
import java.sql.PreparedStatement;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import kr.gpuprogram.reports.db.CopyText;
import kr.gpuprogram.reports.db.SqlResource;
import kr.gpuprogram.reports.ingest.ClassifiedLine;
import kr.gpuprogram.reports.ingest.InputRejectWriter;
import kr.gpuprogram.reports.ingest.inbox.InboxFile;
import kr.gpuprogram.reports.ingest.telemetry.TelemetryAggregate.Key;
import kr.gpuprogram.reports.ingest.telemetry.TelemetryAggregate.Sums;
import org.springframework.batch.infrastructure.item.Chunk;
import org.springframework.batch.infrastructure.item.ItemWriter;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;

/** Stores each block's sums as a part of its file (merged when the file is complete) and its rejects. */
public class TelemetryAggregateWriter implements ItemWriter<TelemetryAggregate> {

    private final NamedParameterJdbcTemplate jdbc;

    public TelemetryAggregateWriter(NamedParameterJdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public void write(Chunk<? extends TelemetryAggregate> chunk) {
        JdbcTemplate plain = jdbc.getJdbcTemplate();
        // One part per file and chunk: the blocks of a chunk are added up before they are stored.
        Map<InboxFile, TelemetryAggregate> perFile = new java.util.LinkedHashMap<>();
        for (TelemetryAggregate aggregate : chunk) {
            TelemetryAggregate combined = perFile.computeIfAbsent(aggregate.file(),
                    f -> new TelemetryAggregate(f, aggregate.partNo(), new java.util.HashMap<>(), List.of()));
            aggregate.sums().forEach((key, sums) -> combined.sums().computeIfAbsent(key, k -> new Sums()).add(sums));
        }
        CopyText parts = new CopyText();
        boolean copyable = true;
        for (TelemetryAggregate aggregate : perFile.values()) {
            for (Map.Entry<Key, Sums> entry : aggregate.sums().entrySet()) {
                Sums sums = entry.getValue();
                copyable &= CopyText.copyable(entry.getKey().day());
                parts.number(aggregate.file().fileId())
                        .number(aggregate.partNo())
                        .date(entry.getKey().day())
                        .text(aggregate.file().clusterId())
                        .text(entry.getKey().jobId())
                        .number(sums.samples)
                        .number(sums.utilSum)
                        .array(sums.histogram)
                        .endRow();
            }
        }
        if (!copyable) {
            // a day of a year COPY's text would not carry as pgjdbc binds it: this chunk the former way
            insertEachPart(plain, perFile.values());
        } else {
            parts.insertThroughStage(plain, SqlResource.statement("ingest/stage-telemetry-parts.sql"),
                    SqlResource.statement("ingest/copy-telemetry-parts.sql"),
                    SqlResource.statement("ingest/insert-staged-telemetry-parts.sql"));
        }
        List<ClassifiedLine.Rejected> rejects = new ArrayList<>();
        for (TelemetryAggregate aggregate : chunk) {
            rejects.addAll(aggregate.rejects());
        }
        InputRejectWriter.store(jdbc, rejects);
    }

    private static void insertEachPart(JdbcTemplate plain, Iterable<TelemetryAggregate> aggregates) {
        plain.execute((Connection connection) -> {
            try (PreparedStatement insert = connection.prepareStatement(SqlResource.statement("ingest/insert-telemetry-part.sql"))) {
                for (TelemetryAggregate aggregate : aggregates) {
                    for (Map.Entry<Key, Sums> entry : aggregate.sums().entrySet()) {
                        Sums sums = entry.getValue();
                        Long[] histogram = new Long[sums.histogram.length];
                        for (int i = 0; i < histogram.length; i++) {
                            histogram[i] = sums.histogram[i];
                        }
                        insert.setLong(1, aggregate.file().fileId());
                        insert.setInt(2, aggregate.partNo());
                        insert.setDate(3, Date.valueOf(entry.getKey().day()));
                        insert.setString(4, aggregate.file().clusterId());
                        insert.setString(5, entry.getKey().jobId());
                        insert.setLong(6, sums.samples);
                        insert.setDouble(7, sums.utilSum);
                        insert.setArray(8, connection.createArrayOf("bigint", histogram));
                        insert.addBatch();
                    }
                }
                insert.executeBatch();
            }
            return null;
        });
    }
}
