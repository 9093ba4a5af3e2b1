package kr.gpuprogram.reports.ingest;

/** The reason a line becomes a reject, whatever its parser threw. */
public final class LineProblems {

    private LineProblems() {
    }

    public static String reason(RuntimeException problem) {
        if (problem instanceof LineProblem) {
            return problem.getMessage();
        }
        // not foreseen by the parser: still one reject, named so that it can be looked into
        return "line cannot be read (" + problem.getClass().getSimpleName()
                + (problem.getMessage() == null ? "" : ": " + problem.getMessage()) + ")";
    }
}
