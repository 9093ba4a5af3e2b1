package kr.gpuprogram.reports.batch;

/**
 * The points of the jobs where a crash matters for what a restart must redo: after a job
 * line, a telemetry block, the reference load, an inbox file's registration, a file's merge, a
 * day's figures, a report folder and a mail. The shipped program passes them and does nothing
 * ({@link NoCheckpoints}); tests add a bean of their own that fails or halts the process there,
 * the way Spring Batch's samples inject faults from their tests.
 */
public interface Checkpoints {

    String JOB_LINE = "job-line";
    String FIGURES_DAY = "figures-day";
    /** Inside a day's transaction: its figures written, the day not yet marked computed. */
    String FIGURES_DAY_WRITTEN = "figures-day-written";
    String REPORT_WRITE = "report-write";
    String TELEMETRY_BLOCK = "telemetry-block";
    String REFERENCE_LOAD = "reference-load";
    String INBOX_FILE = "inbox-file";
    String MERGE_FILE = "merge-file";
    String DELIVERY = "delivery";
    /** After the SMTP server accepted a mail, before its outcome is committed. */
    String DELIVERY_ACCEPTED = "delivery-accepted";

    void reached(String point);
}
