package kr.gpuprogram.reports.report;

import java.util.List;
import java.util.function.Consumer;
import kr.gpuprogram.reports.report.PeriodReport.RejectRow;

/**
 * A report's rejected input lines: their count, known when the report is read, and the rows,
 * streamed to whoever writes them from the report's snapshot rather than held in memory, for
 * one damaged export can reject every one of its million lines.
 */
public interface Rejects {

    /** No rejects: a report made by hand. */
    Rejects NONE = listed(List.of());

    long count();

    /** Hands the first {@code limit} rows, ordered by file, line and reason, to {@code sink}. */
    void forFirst(long limit, Consumer<RejectRow> sink);

    /** Hands every row, ordered by file, line and reason, to {@code sink}. */
    default void forEach(Consumer<RejectRow> sink) {
        forFirst(Long.MAX_VALUE, sink);
    }

    default boolean isEmpty() {
        return count() == 0;
    }

    /** Rows already in memory (a report made by hand, a test). */
    static Rejects listed(List<RejectRow> rows) {
        List<RejectRow> copy = List.copyOf(rows);
        return new Rejects() {
            @Override
            public long count() {
                return copy.size();
            }

            @Override
            public void forFirst(long limit, Consumer<RejectRow> sink) {
                copy.stream().limit(limit).forEach(sink);
            }
        };
    }
}
