package kr.gpuprogram.reports;

/**
 * The lines an operator must see: cron mails what a job writes to standard error, while the
 * log (standard output) is read only when someone looks. One prefix, so that a mail of several
 * such lines says which program wrote them.
 */
public final class StandardError {

    public static final String NAME = "gpu-usage-reports";

    private StandardError() {
    }

    /** Something went on as it should not have, and the run went on: {@code gpu-usage-reports: warning: ...}. */
    public static void warning(String text) {
        System.err.println(NAME + ": warning: " + text);
    }
}
