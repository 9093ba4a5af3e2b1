package kr.gpuprogram.reports.ingest;

import java.time.Instant;

/** What a line of a job file turned out to be. */
public sealed interface ClassifiedLine {

    InboxFile file();

    int lineNo();

    String content();

    /** A job line that counts (or a job that never started, with no start). */
    record JobLine(InboxFile file, int lineNo, String clusterId, String jobId, String account, String user,
                   Instant start, Instant end, String state, int gpus, String content) implements ClassifiedLine {

        public boolean started() {
            return start != null;
        }
    }

    /** A line that cannot be used, and why. */
    record Rejected(InboxFile file, int lineNo, String reason, String content) implements ClassifiedLine {
    }
}
