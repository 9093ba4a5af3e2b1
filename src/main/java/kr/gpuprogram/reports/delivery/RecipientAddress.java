package kr.gpuprogram.reports.delivery;

import java.util.regex.Pattern;

/**
 * The one form a recipient's {@code email} may take: a single {@code local@domain}, nothing
 * else. Jakarta Mail reads far more into an address field than one address: a display name
 * ({@code Team <a@x>}), a list ({@code a@x, b@y}), a group ({@code Team: a@x, hidden@y;}) that it
 * expands into recipients nobody listed, and a CR LF that either ends the header or fails the
 * whole scope's mail every night. So the local part is a dot-atom of RFC 5322's printable ASCII
 * atext and the domain dot-separated labels of letters, digits and hyphens: no whitespace, no
 * control character, no {@code , ; : < > ( ) [ ] " \}.
 */
public final class RecipientAddress {

    private static final String ATEXT = "[A-Za-z0-9!#$%&'*+/=?^_`{|}~-]+";
    private static final String LABEL = "[A-Za-z0-9](?:[A-Za-z0-9-]{0,61}[A-Za-z0-9])?";
    private static final Pattern ONE_ADDRESS = Pattern.compile(ATEXT + "(?:\\." + ATEXT + ")*@" + LABEL + "(?:\\." + LABEL + ")*");

    private RecipientAddress() {
    }

    public static boolean valid(String email) {
        // 254: the longest address SMTP's path (256 with its brackets) carries
        return email != null && email.length() <= 254 && ONE_ADDRESS.matcher(email).matches();
    }

    /** The reason {@code email} is not one address, or null when it is. */
    public static String problem(String email) {
        if (valid(email)) {
            return null;
        }
        StringBuilder shown = new StringBuilder();
        email.codePoints().limit(100).forEach(c -> {
            if (Character.isISOControl(c)) {
                shown.append(String.format("\\u%04X", c));
            } else {
                shown.appendCodePoint(c);
            }
        });
        return "email '" + shown + "' is not one address (local@domain: no display name, group, list,"
                + " whitespace or control character)";
    }
}
