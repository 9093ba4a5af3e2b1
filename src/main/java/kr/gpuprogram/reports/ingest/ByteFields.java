package kr.gpuprogram.reports.ingest;

import java.lang.invoke.MethodHandles;
import java.lang.invoke.VarHandle;
import java.nio.ByteOrder;
import java.nio.charset.StandardCharsets;

/** The telemetry scanner's field values read in place from a byte buffer: compared, trimmed, parsed. */
final class ByteFields {

    private static final VarHandle LONGS = MethodHandles.byteArrayViewVarHandle(long[].class, ByteOrder.LITTLE_ENDIAN);
    private static final long HIGH_BITS = 0x8080808080808080L;

    private ByteFields() {
    }

    /**
     * From {@code from}, past every whole eight bytes of ASCII before {@code to}: where a look at
     * single bytes has to go on (most of an export is ASCII).
     */
    static int pastAsciiWords(byte[] b, int from, int to) {
        int i = from;
        while (i + Long.BYTES <= to && ((long) LONGS.get(b, i) & HIGH_BITS) == 0) {
            i += Long.BYTES;
        }
        return i;
    }

    /** Short byte ranges compared in a plain loop: Arrays.equals costs more to set up than these lines take. */
    static boolean same(byte[] a, int aFrom, byte[] b, int bFrom, int n) {
        int i = 0;
        for (; i + 8 <= n; i += 8) {
            if ((long) LONGS.get(a, aFrom + i) != (long) LONGS.get(b, bFrom + i)) {
                return false;
            }
        }
        for (; i < n; i++) {
            if (a[aFrom + i] != b[bFrom + i]) {
                return false;
            }
        }
        return true;
    }

    /** The start of the value in [s, e) without leading blanks, as commons-csv's trim. */
    static int trimFrom(byte[] b, int s, int e) {
        while (s < e && b[s] <= ' ') {
            s++;
        }
        return s;
    }

    /** The end of the value in [s, e) without trailing blanks. */
    static int trimTo(byte[] b, int s, int e) {
        while (e > s && b[e - 1] <= ' ') {
            e--;
        }
        return e;
    }

    /** The value of 1 to 9 decimal digits, or -1 (as TelemetryLineParser's wholeNumber). */
    static int digits(byte[] b, int s, int e) {
        int n = e - s;
        if (n == 0 || n > 9) {
            return -1;
        }
        int value = 0;
        for (int i = s; i < e; i++) {
            int d = b[i] - '0';
            if (d < 0 || d > 9) {
                return -1;
            }
            value = value * 10 + d;
        }
        return value;
    }

    /** digits '.' digits, parsed as Double.parseDouble does; NaN for anything else. */
    static double decimal(byte[] b, int s, int e) {
        int dot = -1;
        for (int i = s; i < e; i++) {
            byte c = b[i];
            if (c == '.' && dot < 0) {
                dot = i;
            } else if (c < '0' || c > '9') {
                return Double.NaN;
            }
        }
        if (dot <= s || dot >= e - 1 || e - s > 24) {
            return Double.NaN;
        }
        return Double.parseDouble(new String(b, s, e - s, StandardCharsets.US_ASCII));
    }

    /** The value of n decimal digits at s, or -1. */
    static int number(byte[] b, int s, int n) {
        if (n == 2) {
            int tens = b[s] - '0';
            int ones = b[s + 1] - '0';
            return tens < 0 || tens > 9 || ones < 0 || ones > 9 ? -1 : tens * 10 + ones;
        }
        int value = 0;
        for (int i = s; i < s + n; i++) {
            int d = b[i] - '0';
            if (d < 0 || d > 9) {
                return -1;
            }
            value = value * 10 + d;
        }
        return value;
    }
}
