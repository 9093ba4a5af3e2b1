package kr.gpuprogram.reports.ingest;

import java.time.Instant;
import kr.gpuprogram.reports.ingest.inbox.InboxFile;

/** What a line of a job file turned out to be. */
public sealed interface ClassifiedLine {

    InboxFile file();

    int lineNo();

    String content();

    /** A job line that counts (or a job that never started, with no start). */
    public record JobLine(InboxFile file, int lineNo, String clusterId, String jobId, String account, String user,
                   Instant submit, Instant start, Instant end, String state, int gpus, String content)
            implements ClassifiedLine {
    }

    /** A job step ({@code 123.batch}, {@code 123.0}): not usage and not a reject, counted per file. */
    public record Step(InboxFile file, int lineNo, String content) implements ClassifiedLine {
    }

    /** A line that cannot be used, and why. */
    public record Rejected(InboxFile file, int lineNo, String reason, String content) implements ClassifiedLine {
    }
}
