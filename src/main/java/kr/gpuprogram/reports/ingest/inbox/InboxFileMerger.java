package kr.gpuprogram.reports.ingest.inbox;

import java.util.List;
import java.util.Map;
import kr.gpuprogram.reports.ReportSettings;
import kr.gpuprogram.reports.batch.Checkpoints;
import kr.gpuprogram.reports.db.SqlResource;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Makes each read inbox file count, one file per transaction (all its lines or none): its old
 * version replaced, its lines turned into records (job files: {@code ingest/merge-job-file.sql};
 * telemetry: {@code ingest/merge-telemetry-file.sql}), touched days marked for recomputation.
 * Both kinds find the version they replace ({@code ingest/previous-version.sql}) and retire it
 * ({@code ingest/retire-previous-version.sql}) the same way.
 */
@Component
public class InboxFileMerger {

    private static final Logger log = LoggerFactory.getLogger(InboxFileMerger.class);
    private static final Map<String, String> SCRIPTS = Map.of(
            InboxFileName.JOBS, "ingest/merge-job-file.sql",
            InboxFileName.TELEMETRY, "ingest/merge-telemetry-file.sql");
    private static final Map<String, String> STATISTICS = Map.of(
            InboxFileName.JOBS, "ingest/analyze-job-tables.sql",
            InboxFileName.TELEMETRY, "ingest/analyze-telemetry-tables.sql");

    private final NamedParameterJdbcTemplate jdbc;
    private final TransactionTemplate transactions;
    private final ReportSettings settings;
    private final InboxRegistry registry;
    private final Checkpoints faults;

    public InboxFileMerger(NamedParameterJdbcTemplate jdbc, TransactionTemplate transactions, ReportSettings settings,
                           InboxRegistry registry, Checkpoints faults) {
        this.faults = faults;
        this.jdbc = jdbc;
        this.transactions = transactions;
        this.settings = settings;
        this.registry = registry;
    }

    public int mergePending(String kind) {
        List<InboxFile> files = registry.pending(kind);
        List<String> statements = new java.util.ArrayList<>(SqlResource.statements("ingest/previous-version.sql"));
        statements.addAll(SqlResource.statements("ingest/discard-unread-file.sql"));
        statements.addAll(SqlResource.statements(SCRIPTS.get(kind)));
        statements.addAll(SqlResource.statements("ingest/retire-previous-version.sql"));
        long started = System.nanoTime();
        if (!files.isEmpty()) {
            refreshStatistics(kind);
        }
        for (InboxFile file : files) {
            if (!java.nio.file.Files.exists(file.path())
                    && jdbc.update(SqlResource.statement("ingest/mark-gone.sql"), Map.of("file_id", file.fileId())) > 0) {
                log.warn("{} left the inbox before it was read: not counted", file.displayName());
                continue;
            }
            transactions.executeWithoutResult(status -> {
                Map<String, Object> params = Map.of("file_id", file.fileId(), "zone", settings.programZone().getId());
                statements.forEach(statement -> jdbc.update(statement, params));
                faults.reached(Checkpoints.MERGE_FILE);
            });
        }
        if (!files.isEmpty()) {
            refreshStatistics(kind);
            log.info("Merged {} {} file(s) in {} ms", files.size(), kind, (System.nanoTime() - started) / 1_000_000);
        }
        return files.size();
    }

    /** ANALYZE of the kind's tables, committed on its own so that the merges that follow plan with it. */
    private void refreshStatistics(String kind) {
        transactions.executeWithoutResult(status -> jdbc.update(SqlResource.statement(STATISTICS.get(kind)), Map.of()));
    }
}
