package kr.gpuprogram.reports.ingest.inbox;

/**
 * RFC 4180 quoting of telemetry values, as exporters with "quote all" write it: a value whose
 * own first and last characters are a double quote, with no quote between, is the text inside.
 * Telemetry files are split unquoted (a stray quote in a damaged line must not swallow the
 * lines after it), so a quote anywhere else stays part of the value and makes its reject.
 */
public final class EnclosingQuotes {

    private EnclosingQuotes() {
    }

    /** The value without its enclosing quotes and the blanks around them; else unchanged. */
    public static String removed(String value) {
        String s = value.strip();
        int last = s.length() - 1;
        if (last >= 1 && s.charAt(0) == '"' && s.indexOf('"', 1) == last) {
            return s.substring(1, last);
        }
        return value;
    }

    public static String[] removed(String[] values) {
        String[] unquoted = new String[values.length];
        for (int i = 0; i < values.length; i++) {
            unquoted[i] = removed(values[i]);
        }
        return unquoted;
    }

    /**
     * The same on bytes in place, for the value of {@code field} at [from[field], to[field]):
     * when it is enclosed, the bounds become the inside. Returns the quotes removed (0 or 2).
     */
    public static int removed(byte[] b, int[] from, int[] to, int field) {
        int s = ByteFields.trimFrom(b, from[field], to[field]);
        int e = ByteFields.trimTo(b, s, to[field]);
        if (e - s >= 2 && b[s] == '"' && b[e - 1] == '"') {
            for (int i = s + 1; i < e - 1; i++) {
                if (b[i] == '"') {
                    return 0;
                }
            }
            from[field] = s + 1;
            to[field] = e - 1;
            return 2;
        }
        return 0;
    }
}
