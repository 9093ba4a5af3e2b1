package kr.gpuprogram.reports.ingest.reference;

import java.util.regex.Pattern;

/**
 * The one rule for the reference files' identifiers ({@code operator_id}, {@code cluster_id},
 * {@code institution_id}, {@code allocation_id}, a recipient's scope): 1 to 64 characters of
 * {@code A-Z a-z 0-9 . _ -}, not starting with {@code .}. Identifiers become folder names,
 * file names and Message-IDs, so nothing that could end a header line ({@code CR LF}), climb
 * out of a folder ({@code /}, {@code ..}) or hide a file ({@code .x}) gets through. Checked once
 * at reference load; the writer and the mail check again only to fail loudly should an
 * unchecked value ever reach them.
 */
public final class Identifiers {

    public static final String RULE = "1 to 64 characters of A-Z a-z 0-9 . _ -, not starting with '.'";
    private static final Pattern VALID = Pattern.compile("[A-Za-z0-9_-][A-Za-z0-9._-]{0,63}");

    private Identifiers() {
    }

    public static boolean valid(String value) {
        return value != null && VALID.matcher(value).matches();
    }

    /** The reason a value of {@code column} is no identifier, or null when it is one. */
    public static String problem(String column, String value) {
        if (valid(value)) {
            return null;
        }
        return column + " '" + printable(value) + "' is not an identifier (" + RULE + ")";
    }

    /** The value, where it must already have been checked (a path, a header): else an exception, never a write. */
    public static String require(String value) {
        if (!valid(value)) {
            throw new IllegalArgumentException("'" + printable(value) + "' is not an identifier (" + RULE + ")");
        }
        return value;
    }

    /** A value for a message: control characters shown as {@code \\uXXXX}, so a reject's reason is one line. */
    static String printable(String value) {
        if (value == null) {
            return "";
        }
        StringBuilder out = new StringBuilder();
        value.codePoints().limit(100).forEach(c -> {
            if (Character.isISOControl(c)) {
                out.append(String.format("\\u%04X", c));
            } else {
                out.appendCodePoint(c);
            }
        });
        return out.toString();
    }
}
