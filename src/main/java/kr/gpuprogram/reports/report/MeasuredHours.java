package kr.gpuprogram.reports.report;

import java.math.BigDecimal;
import kr.gpuprogram.reports.figures.GpuHours;

/**
 * A quantity that only telemetry measures (active idle), with the share of cluster-days it was
 * measured on. Every writer takes its cell from here, so that a figure of which nothing was
 * measured is empty everywhere and never shows as 0.00 in one output while another leaves it out.
 */
public record MeasuredHours(long gpuSeconds, Measured share) {

    public boolean known() {
        return !share.none();
    }

    /** As the CSV extracts write it: 2 decimals, empty where nothing was measured. */
    public String plain() {
        return known() ? GpuHours.format(gpuSeconds) : "";
    }

    /** Rounded as the CSV rounds it, for a number cell; null where nothing was measured. */
    public BigDecimal rounded() {
        return known() ? GpuHours.rounded(gpuSeconds) : null;
    }

    /**
     * As a person reads it in a table: thousands grouped, and where only part of the cluster-days
     * were measured the share follows ({@code 3.20 (1/2)}), since the figure then covers less than
     * the row's other figures do.
     */
    public String grouped() {
        if (!known()) {
            return "";
        }
        String hours = GroupedNumbers.hours(gpuSeconds);
        return share.partial() ? hours + " (" + share.share() + ")" : hours;
    }
}
