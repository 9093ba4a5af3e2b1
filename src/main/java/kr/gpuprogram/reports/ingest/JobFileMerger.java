package kr.gpuprogram.reports.ingest;

import java.util.List;
import java.util.Map;
import kr.gpuprogram.reports.ReportSettings;
import kr.gpuprogram.reports.db.SqlResource;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Makes each read job file count, one file per transaction (all its lines or none): earlier
 * duplicate lines rejected, its old version replaced, job records rebuilt, touched days
 * marked for recomputation. SQL: {@code ingest/merge-job-file.sql}.
 */
@Component
public class JobFileMerger {

    private static final Logger log = LoggerFactory.getLogger(JobFileMerger.class);

    private final NamedParameterJdbcTemplate jdbc;
    private final TransactionTemplate transactions;
    private final ReportSettings settings;

    public JobFileMerger(NamedParameterJdbcTemplate jdbc, TransactionTemplate transactions, ReportSettings settings) {
        this.jdbc = jdbc;
        this.transactions = transactions;
        this.settings = settings;
    }

    public int mergePending(InboxRegistry registry) {
        List<InboxFile> files = registry.pending(InboxFileName.JOBS);
        List<String> statements = SqlResource.statements("ingest/merge-job-file.sql");
        for (InboxFile file : files) {
            transactions.executeWithoutResult(status -> {
                Map<String, Object> params = Map.of("file_id", file.fileId(), "zone", settings.programZone().getId());
                statements.forEach(statement -> jdbc.update(statement, params));
            });
            log.debug("Merged {}", file.fileName());
        }
        if (!files.isEmpty()) {
            log.info("Merged {} job files into the job records", files.size());
        }
        return files.size();
    }
}
