package kr.gpuprogram.reports.report.csv;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
import kr.gpuprogram.reports.report.Extracts;

/**
 * What a text cell of a CSV extract becomes on its way to the file: a spreadsheet opened from the
 * file reads a cell beginning with {@code =}, {@code +}, {@code -}, {@code @}, a tab or a carriage
 * return as a formula ({@code =HYPERLINK(...)} in an institution's name runs when the file is
 * opened), so such a cell is written with a leading {@code '}, which spreadsheets show as text.
 * A number is never changed: the extracts' figures are already text ({@code -3.00} for a
 * restated difference), and a machine reading the file must find them as they were.
 */
public final class CsvCells {

    private static final Pattern NUMBER = Pattern.compile("-?[0-9]+(\\.[0-9]+)?");

    private CsvCells() {
    }

    public static Object defused(Object value) {
        if (!(value instanceof CharSequence text) || text.isEmpty()) {
            return value;
        }
        char first = text.charAt(0);
        boolean formulaLeading = first == '=' || first == '+' || first == '-' || first == '@' || first == '\t' || first == '\r';
        if (!formulaLeading || NUMBER.matcher(text).matches()) {
            return value;
        }
        return "'" + text;
    }

    public static List<Object> defused(List<?> row) {
        List<Object> out = new ArrayList<>(row.size());
        row.forEach(v -> out.add(defused(v)));
        return out;
    }

    /** The tables as the extract writer writes them: what a published folder, read back, is compared with. */
    public static List<Extracts.Table> asWritten(List<Extracts.Table> tables) {
        List<Extracts.Table> out = new ArrayList<>();
        for (Extracts.Table table : tables) {
            List<List<Object>> rows = new ArrayList<>();
            table.rows().forEach(r -> rows.add(defused(r)));
            out.add(new Extracts.Table(table.file(), table.columns(), rows));
        }
        return out;
    }
}
