package kr.gpuprogram.reports.ingest.inbox;

import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import kr.gpuprogram.reports.ingest.sacct.SacctLineParser;

/**
 * How the lines of one inbox file are to be read, found from its first line: the column of
 * each (lower-case) name, whether that first line is itself a data line (an export without a
 * header), or why no line of the file can be read.
 */
public record FileHeader(Map<String, Integer> columns, int fields, boolean firstLineIsData, String problem) {

    /** The columns of {@code sacct --format=JobID,Cluster,Account,User,Submit,Start,End,State,AllocTRES}. */
    public static final List<String> SACCT_FORMAT = List.of("jobid", "cluster", "account", "user", "submit", "start", "end",
            "state", "alloctres");

    /** A file whose first line names the required columns (extra and unknown columns are ignored). */
    public static FileHeader named(String[] firstLine, List<String> required) {
        Map<String, Integer> index = index(firstLine);
        List<String> missing = CsvInput.missingColumns(index, required);
        if (missing.isEmpty()) {
            return new FileHeader(index, fieldCount(firstLine), false, null);
        }
        return new FileHeader(index, fieldCount(firstLine), false, "no usable header: the first line lacks the column(s) "
                + String.join(", ", missing) + ", so no line of the file can be read");
    }

    /**
     * A sacct export: with a header row, or without one ({@code --noheader}), when the first
     * line has the fields of the program's {@code --format}, with or without Submit, as the
     * field count says. A trailing {@code |} ({@code --parsable}) adds an empty last field.
     */
    public static FileHeader sacct(String[] firstLine) {
        FileHeader named = named(firstLine, SacctLineParser.REQUIRED_COLUMNS);
        if (named.problem() == null) {
            return named;
        }
        int fields = fieldCount(firstLine);
        boolean looksLikeNames = Arrays.stream(firstLine).map(CsvInput::normalise).anyMatch(SACCT_FORMAT::contains);
        if (!looksLikeNames && (fields == SACCT_FORMAT.size() || fields == SACCT_FORMAT.size() - 1)) {
            Map<String, Integer> index = new LinkedHashMap<>();
            for (String column : SACCT_FORMAT) {
                if (fields == SACCT_FORMAT.size() || !column.equals("submit")) {
                    index.put(column, index.size());
                }
            }
            return new FileHeader(index, fields, true, null);
        }
        return new FileHeader(named.columns(), fields, false, "no usable header: the first line is neither a sacct header "
                + "naming JobID, Cluster, Account, Start, End and AllocTRES nor a line of the program's --format "
                + "(8 or 9 fields separated by '|'), so no line of the file can be read");
    }

    public boolean has(String column) {
        return columns.containsKey(column);
    }

    /**
     * Whether a line has the header's fields: a trailing delimiter on the header, on the line
     * or on both ({@code --parsable}) adds an empty field and changes nothing.
     */
    public boolean fits(String[] values) {
        return fieldCount(values) == fields || values.length == fields;
    }

    /** Fields of a line, not counting the empty field after a trailing delimiter. */
    public static int fieldCount(String[] values) {
        int n = values.length;
        return n > 0 && values[n - 1].isEmpty() ? n - 1 : n;
    }

    private static Map<String, Integer> index(String[] names) {
        Map<String, Integer> index = new LinkedHashMap<>();
        for (int i = 0; i < fieldCount(names); i++) {
            String name = CsvInput.normalise(names[i]);
            if (!name.isEmpty()) {
                index.putIfAbsent(name, i);
            }
        }
        return index;
    }
}
