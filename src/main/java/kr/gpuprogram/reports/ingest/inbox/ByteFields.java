package kr.gpuprogram.reports.ingest.inbox;

import java.lang.invoke.MethodHandles;
import java.lang.invoke.VarHandle;
import java.nio.ByteOrder;
import java.nio.charset.StandardCharsets;

/** The telemetry scanner's field values read in place from a byte buffer: compared, trimmed, parsed. */
public final class ByteFields {

    private static final VarHandle LONGS = MethodHandles.byteArrayViewVarHandle(long[].class, ByteOrder.LITTLE_ENDIAN);
    private static final long HIGH_BITS = 0x8080808080808080L;
    /** Digits whose integer is below 2^53, so exactly a double. */
    private static final int EXACT_DIGITS = 15;
    /** 10^0 to 10^22: every one an exact double. */
    private static final double[] POWERS_OF_TEN = {1e0, 1e1, 1e2, 1e3, 1e4, 1e5, 1e6, 1e7, 1e8, 1e9, 1e10, 1e11,
            1e12, 1e13, 1e14, 1e15, 1e16, 1e17, 1e18, 1e19, 1e20, 1e21, 1e22};

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

    /**
     * Short byte ranges compared eight bytes at a time, the last eight overlapping the ones before
     * when n is not a multiple of eight (a 15-byte host name is two words, not a word and seven
     * bytes): Arrays.equals costs more to set up than these lines take.
     */
    public static boolean same(byte[] a, int aFrom, byte[] b, int bFrom, int n) {
        if (n < Long.BYTES) {
            for (int i = 0; i < n; i++) {
                if (a[aFrom + i] != b[bFrom + i]) {
                    return false;
                }
            }
            return true;
        }
        for (int i = 0; i < n - Long.BYTES; i += Long.BYTES) {
            if ((long) LONGS.get(a, aFrom + i) != (long) LONGS.get(b, bFrom + i)) {
                return false;
            }
        }
        return (long) LONGS.get(a, aFrom + n - Long.BYTES) == (long) LONGS.get(b, bFrom + n - Long.BYTES);
    }

    /** The start of the value in [s, e) without leading blanks, as commons-csv's trim. */
    public static int trimFrom(byte[] b, int s, int e) {
        while (s < e && b[s] <= ' ') {
            s++;
        }
        return s;
    }

    /** The end of the value in [s, e) without trailing blanks. */
    public static int trimTo(byte[] b, int s, int e) {
        while (e > s && b[e - 1] <= ' ') {
            e--;
        }
        return e;
    }

    /** The value of 1 to 9 decimal digits, or -1 (as TelemetryLineParser's wholeNumber). */
    public static int digits(byte[] b, int s, int e) {
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

    /**
     * digits '.' digits, parsed as Double.parseDouble does; NaN for anything else. Up to 15
     * digits the value is their integer divided by a power of ten: both are exact doubles, and a
     * division rounds correctly, so it is the very double parseDouble gives (Clinger's fast path,
     * which parseDouble takes itself); longer values go to parseDouble, through a String.
     */
    public static double decimal(byte[] b, int s, int e) {
        if (e - s > 24) {
            return Double.NaN;
        }
        int dot = -1;
        long digits = 0;
        for (int i = s; i < e; i++) {
            byte c = b[i];
            if (c == '.' && dot < 0) {
                dot = i;
            } else if (c < '0' || c > '9') {
                return Double.NaN;
            } else {
                digits = digits * 10 + (c - '0');
            }
        }
        if (dot <= s || dot >= e - 1) {
            return Double.NaN;
        }
        if (e - s - 1 <= EXACT_DIGITS) {
            return digits / POWERS_OF_TEN[e - dot - 1];
        }
        return Double.parseDouble(new String(b, s, e - s, StandardCharsets.US_ASCII));
    }

    /** The value of n decimal digits at s, or -1. */
    public static int number(byte[] b, int s, int n) {
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
