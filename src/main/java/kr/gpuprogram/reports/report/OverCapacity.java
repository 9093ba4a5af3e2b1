package kr.gpuprogram.reports.report;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

/**
 * Cluster-days whose usage exceeds their capacity ({@code figures/period-over-capacity.sql}):
 * impossible figures (a file of jobs that cannot all have run, 131.69 % used), which the daily
 * {@code max(0, …)} would otherwise let pass quietly as a cluster without idle GPUs. The
 * completeness notes name each with its cluster, day and percentage.
 */
public final class OverCapacity {

    public static final String SQL = "figures/period-over-capacity.sql";

    public record Day(String clusterId, LocalDate day, BigDecimal usedPct) {
    }

    private OverCapacity() {
    }

    /** The note's lines, Korean and English; none when no cluster-day used more than its capacity. */
    public static List<String> lines(List<Day> days) {
        if (days.isEmpty()) {
            return List.of();
        }
        StringBuilder each = new StringBuilder();
        for (Day d : days) {
            each.append(each.isEmpty() ? "" : ", ").append(d.clusterId()).append(' ').append(d.day()).append(' ')
                    .append(d.usedPct().toPlainString()).append(" %");
        }
        return List.of(Wording.BEYOND_CAPACITY.text(days.size(), each),
                Wording.BEYOND_CAPACITY_EN.text(days.size(), each));
    }

    /** The same as one block of text with a leading line end, or "" (the PDF's completeness note). */
    public static String note(List<Day> days) {
        List<String> lines = lines(days);
        return lines.isEmpty() ? "" : "\n" + String.join("\n", lines);
    }
}
