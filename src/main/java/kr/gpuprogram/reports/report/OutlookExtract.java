package kr.gpuprogram.reports.report;

import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.util.List;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;

/**
 * {@code outlook.csv} as SPEC.md defines it: one row per allocation active on the period's last
 * day, GPU-hours and percentages with 2 decimals, KRW whole, a percentage of a term without
 * GPU-hours empty. Its cells are identifiers, dates, numbers and a status, never free text. The
 * report folder's file and an institution notice's attachment are printed by the same code.
 */
public final class OutlookExtract {

    public static final String FILE = "outlook.csv";

    public static final List<String> COLUMNS = ReportColumn.names(ReportTables.OUTLOOK);

    private OutlookExtract() {
    }

    public static List<Object> values(OutlookRow o) {
        return Extracts.cells(ReportTables.OUTLOOK, o);
    }

    /** Prints the rows, header first, UTF-8 text with {@code \n} line ends as the other extracts. */
    public static void print(List<OutlookRow> rows, Writer writer) throws IOException {
        CSVFormat format = CSVFormat.DEFAULT.builder().setRecordSeparator('\n')
                .setHeader(COLUMNS.toArray(String[]::new)).get();
        try (CSVPrinter out = new CSVPrinter(writer, format)) {
            for (OutlookRow row : rows) {
                out.printRecord(values(row));
            }
        }
    }

    /** The whole file as text: an institution notice's attachment, kept with its mail. */
    public static String text(List<OutlookRow> rows) {
        StringWriter text = new StringWriter();
        try {
            print(rows, text);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return text.toString();
    }
}
