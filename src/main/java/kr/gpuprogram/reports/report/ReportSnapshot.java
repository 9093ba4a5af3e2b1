package kr.gpuprogram.reports.report;

import java.util.function.Supplier;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Every query of one report in one read-only REPEATABLE READ transaction: the clusters,
 * institutions, missing days, rejects, daily totals, provenance and the workbook's detail
 * rows all come from one snapshot, so a day computed by another job meanwhile never gives a
 * report whose tables disagree with each other. Its own transaction, whatever the caller's.
 */
@Component
public class ReportSnapshot {

    private final TransactionTemplate snapshot;

    public ReportSnapshot(PlatformTransactionManager transactionManager) {
        snapshot = new TransactionTemplate(transactionManager);
        snapshot.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
        snapshot.setIsolationLevel(TransactionDefinition.ISOLATION_REPEATABLE_READ);
        snapshot.setReadOnly(true);
    }

    public <T> T read(Supplier<T> reads) {
        return snapshot.execute(status -> reads.get());
    }
}
