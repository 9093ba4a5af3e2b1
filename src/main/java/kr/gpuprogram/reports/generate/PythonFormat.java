package kr.gpuprogram.reports.generate;

import java.math.BigDecimal;
import java.math.RoundingMode;

/**
 * Python's float formatting, where the sample files quote numbers: {@code "%.1f" % x} (and
 * {@code round(x, 1)}) round the exact binary value half to even; {@code String.format} rounds
 * half up from the shortest decimal, which differs on values such as 0.125 or 2.675.
 */
final class PythonFormat {

    private PythonFormat() {
    }

    /** {@code "%.<decimals>f" % x}. */
    static String fixed(double x, int decimals) {
        if (Double.isNaN(x) || Double.isInfinite(x)) {
            throw new IllegalArgumentException("no fixed notation for " + x);
        }
        String digits = new BigDecimal(x).setScale(decimals, RoundingMode.HALF_EVEN).toPlainString();
        boolean negative = Math.copySign(1.0, x) < 0;
        return negative && !digits.startsWith("-") ? "-" + digits : digits;   // Python keeps the sign of -0.0
    }

    /** {@code "%<width>.<decimals>f" % x}: right-aligned in width characters. */
    static String fixed(double x, int decimals, int width) {
        String text = fixed(x, decimals);
        return text.length() >= width ? text : " ".repeat(width - text.length()) + text;
    }
}
