package kr.gpuprogram.reports.report;

import java.math.BigDecimal;
import java.math.RoundingMode;
import kr.gpuprogram.reports.figures.GpuHours;

/**
 * Figures as people read them in the PDF and the mail: rounded exactly as the CSV extracts
 * round them ({@link GpuHours}), with thousands grouped ({@code 1,234.50}). The rounded value
 * is formatted directly, never printed and parsed back. The digits are grouped here rather than
 * by a {@code DecimalFormat} per figure: a report prints thousands of figures, and building a
 * format for each was a tenth of a cold PDF's model.
 */
public final class GroupedNumbers {

    private GroupedNumbers() {
    }

    /** GPU-hours with 2 decimals. */
    public static String hours(long gpuSeconds) {
        return decimal(GpuHours.rounded(gpuSeconds));
    }

    /** Whole KRW; empty when there is no amount. */
    public static String krw(BigDecimal exactKrw) {
        return decimal(GpuHours.krw(exactKrw));
    }

    /** A count ({@code 1,474,560}). */
    public static String count(long count) {
        return decimal(BigDecimal.valueOf(count));
    }

    /** An already rounded value, its decimals kept (2 for hours and percentages, none for KRW); empty for null. */
    public static String decimal(BigDecimal rounded) {
        if (rounded == null) {
            return "";
        }
        // what DecimalFormat("#,##0.00") or ("#,##0") prints: half-even to its decimals, "-" kept on a negative 0
        BigDecimal shown = rounded.setScale(rounded.scale() > 0 ? 2 : 0, RoundingMode.HALF_EVEN);
        String digits = shown.abs().toPlainString();
        int point = digits.indexOf('.');
        int whole = point < 0 ? digits.length() : point;
        StringBuilder out = new StringBuilder(digits.length() + whole / 3 + 1);
        if (rounded.signum() < 0) {
            out.append('-');
        }
        for (int i = 0; i < whole; i++) {
            if (i > 0 && (whole - i) % 3 == 0) {
                out.append(',');
            }
            out.append(digits.charAt(i));
        }
        return out.append(digits, whole, digits.length()).toString();
    }
}
