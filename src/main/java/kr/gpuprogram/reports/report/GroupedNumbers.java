package kr.gpuprogram.reports.report;

import java.math.BigDecimal;
import java.text.DecimalFormat;
import java.text.DecimalFormatSymbols;
import java.util.Locale;
import kr.gpuprogram.reports.figures.GpuHours;

/**
 * Figures as people read them in the PDF and the mail: rounded exactly as the CSV extracts
 * round them ({@link GpuHours}), with thousands grouped ({@code 1,234.50}). The rounded value
 * is formatted directly, never printed and parsed back.
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
        String pattern = rounded.scale() > 0 ? "#,##0.00" : "#,##0";
        return new DecimalFormat(pattern, DecimalFormatSymbols.getInstance(Locale.ROOT)).format(rounded);
    }
}
