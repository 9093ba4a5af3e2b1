package kr.gpuprogram.reports.figures;

import java.math.BigDecimal;
import java.math.RoundingMode;

/**
 * How stored figures become published numbers. Figures are kept in exact GPU-seconds;
 * GPU-hours and percentages are shown with 2 decimals, KRW as whole numbers, all rounded
 * half up. A percentage whose denominator is 0 is empty.
 */
public final class GpuHours {

    private static final BigDecimal SECONDS_PER_HOUR = BigDecimal.valueOf(3600);
    private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);

    private GpuHours() {
    }

    /** GPU-hours with 2 decimals. */
    public static BigDecimal rounded(long gpuSeconds) {
        return BigDecimal.valueOf(gpuSeconds).divide(SECONDS_PER_HOUR, 2, RoundingMode.HALF_UP);
    }

    /** Hours with 2 decimals from exact (or fractional) seconds; null stays null. */
    public static BigDecimal hours(BigDecimal seconds) {
        return seconds == null ? null : seconds.divide(SECONDS_PER_HOUR, 2, RoundingMode.HALF_UP);
    }

    public static String format(long gpuSeconds) {
        return rounded(gpuSeconds).toPlainString();
    }

    /** {@code 100 x part / whole} with 2 decimals; null when whole is 0. */
    public static BigDecimal percent(long part, long whole) {
        if (whole == 0) {
            return null;
        }
        return BigDecimal.valueOf(part).multiply(HUNDRED).divide(BigDecimal.valueOf(whole), 2, RoundingMode.HALF_UP);
    }

    public static String formatPercent(long part, long whole) {
        BigDecimal percent = percent(part, whole);
        return percent == null ? "" : percent.toPlainString();
    }

    /** Mean of a sum over a count with 2 decimals; null when there is nothing to average. */
    public static BigDecimal mean(long sum, long count) {
        if (count == 0) {
            return null;
        }
        return BigDecimal.valueOf(sum).divide(BigDecimal.valueOf(count), 2, RoundingMode.HALF_UP);
    }

    public static BigDecimal krw(BigDecimal exactKrw) {
        return exactKrw == null ? null : exactKrw.setScale(0, RoundingMode.HALF_UP);
    }

    public static String formatKrw(BigDecimal exactKrw) {
        BigDecimal krw = krw(exactKrw);
        return krw == null ? "" : krw.toPlainString();
    }
}
