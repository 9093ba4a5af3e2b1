package kr.gpuprogram.reports.ingest;

/**
 * Why one input line (a job line, a telemetry sample, a job of a JSON export) cannot be used: the
 * ingest's one reject exception, whatever reader or parser throws it. Its message is the reason
 * rejects.csv shows ({@link LineProblems}). No stack trace: it is an answer, not a failure.
 */
public final class LineProblem extends RuntimeException {

    public LineProblem(String message) {
        super(message, null, false, false);
    }
}
