package kr.gpuprogram.reports.cli;

import org.springframework.boot.diagnostics.AbstractFailureAnalyzer;
import org.springframework.boot.diagnostics.FailureAnalysis;

/** A refused data dir is an operator's typo, not a crash: two lines in the log, no stack trace. */
class DataDirRefusedFailureAnalyzer extends AbstractFailureAnalyzer<DataDirCheck.DataDirRefusedException> {

    @Override
    protected FailureAnalysis analyze(Throwable rootFailure, DataDirCheck.DataDirRefusedException cause) {
        return new FailureAnalysis(cause.getMessage(),
                "Give --data-dir the folder that holds reference/ and inbox/ (exit 2 means: nothing was done).", null);
    }
}
