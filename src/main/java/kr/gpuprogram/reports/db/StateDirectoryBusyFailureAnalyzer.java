package kr.gpuprogram.reports.db;

import org.springframework.boot.diagnostics.AbstractFailureAnalyzer;
import org.springframework.boot.diagnostics.FailureAnalysis;

/**
 * A second start on a state directory in use is expected (cron and a manager's rerun at once):
 * the log says so in two lines instead of Spring's "Application run failed" and a stack trace
 * of bean-creation errors. The command line still ends with exit 75 and one line on standard error.
 */
class StateDirectoryBusyFailureAnalyzer extends AbstractFailureAnalyzer<StateDirectoryBusyException> {

    @Override
    protected FailureAnalysis analyze(Throwable rootFailure, StateDirectoryBusyException cause) {
        return new FailureAnalysis(cause.getMessage(),
                "Let the other run finish and start again (exit 75 means: try later), or start with --wait.", null);
    }
}
