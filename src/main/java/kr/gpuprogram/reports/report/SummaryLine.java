package kr.gpuprogram.reports.report;

/**
 * One line of a report's summary, as summary.csv writes it and the PDF, the workbook and the
 * mail show it. {@code parent} is the {@code line} this one breaks down (null for a top line),
 * {@code depth} how far it is indented; {@code gpuSeconds} is signed: a term that is subtracted
 * from its parent is negative, so that the lines under a parent add up to it. {@code measured} is
 * set on the line of a measurement (active idle) only; when nothing was measured it has no value.
 */
public record SummaryLine(String line, String parent, int depth, Term term, long gpuSeconds, Measured measured) {

    /** A line of figures from the job records: always known. */
    static SummaryLine of(String line, String parent, int depth, Term term, long gpuSeconds) {
        return new SummaryLine(line, parent, depth, term, gpuSeconds, null);
    }

    /** The line has a value: it is not a measurement of which nothing was measured. */
    public boolean known() {
        return measured == null || !measured.none();
    }
}
