package kr.gpuprogram.reports.report;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import kr.gpuprogram.reports.db.SqlResource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.jdbc.core.namedparam.SqlParameterSource;

/**
 * Cluster-days whose usage exceeds their capacity ({@code figures/period-over-capacity.sql}):
 * impossible figures (a file of jobs that cannot all have run, 131.69 % used), which the daily
 * {@code max(0, …)} would otherwise let pass quietly as a cluster without idle GPUs. The
 * completeness notes name each with its cluster, day and percentage.
 */
public final class OverCapacity {

    private static final String SQL = "figures/period-over-capacity.sql";

    public record Day(String clusterId, LocalDate day, BigDecimal usedPct) {

        /** {@code 2026-11-05 225.00 %}. */
        public String dayAndPct() {
            return day + " " + usedPct.toPlainString() + " %";
        }
    }

    private OverCapacity() {
    }

    /** The cluster-days of {@code :from}..{@code :to} (and {@code :operator}, null for all), by cluster and day. */
    public static List<Day> query(NamedParameterJdbcTemplate jdbc, SqlParameterSource params) {
        return jdbc.query(SqlResource.statement(SQL), params, (rs, i) -> new Day(
                rs.getString("cluster_id"), rs.getObject("day", LocalDate.class), rs.getBigDecimal("used_pct")));
    }

    /** The note's lines, Korean and English; none when no cluster-day used more than its capacity. */
    public static List<String> lines(List<Day> days) {
        if (days.isEmpty()) {
            return List.of();
        }
        StringBuilder each = new StringBuilder();
        for (Day d : days) {
            each.append(each.isEmpty() ? "" : ", ").append(d.clusterId()).append(' ').append(d.dayAndPct());
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
