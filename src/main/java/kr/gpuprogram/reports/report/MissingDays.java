package kr.gpuprogram.reports.report;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import kr.gpuprogram.reports.report.PeriodReport.MissingRow;

/** The missing cluster-days of a period grouped by cluster and file kind, for people to read. */
public record MissingDays(String clusterId, String kind, List<LocalDate> dates) {

    public static List<MissingDays> group(List<MissingRow> missing) {
        Map<String, MissingDays> groups = new TreeMap<>();
        for (MissingRow m : missing) {
            groups.computeIfAbsent(m.clusterId() + "\u0000" + m.kind(),
                    k -> new MissingDays(m.clusterId(), m.kind(), new ArrayList<>())).dates().add(m.date());
        }
        return List.copyOf(groups.values());
    }

    /** The dates with consecutive days written as one range: {@code 2026-11-01 ~ 2026-11-04, 2026-11-07}. */
    public String ranges() {
        List<LocalDate> sorted = dates.stream().sorted().distinct().toList();
        List<String> parts = new ArrayList<>();
        int i = 0;
        while (i < sorted.size()) {
            int j = i;
            while (j + 1 < sorted.size() && sorted.get(j + 1).equals(sorted.get(j).plusDays(1))) {
                j++;
            }
            parts.add(i == j ? sorted.get(i).toString() : sorted.get(i) + " ~ " + sorted.get(j));
            i = j + 1;
        }
        return String.join(", ", parts);
    }

    public int days() {
        return (int) dates.stream().distinct().count();
    }
}
