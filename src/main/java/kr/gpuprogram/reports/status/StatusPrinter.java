package kr.gpuprogram.reports.status;

import kr.gpuprogram.reports.db.StoredTime;
import java.io.PrintStream;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;
import kr.gpuprogram.reports.report.OverCapacity;

/**
 * {@code status} as text for a person (aligned columns, then the last run) or, with {@code --csv},
 * as CSV for a machine: one row per cluster, the last run repeated on each row so that every
 * row stands alone. Nothing else is printed: the answer alone goes to standard output.
 */
public final class StatusPrinter {

    public static final List<String> COLUMNS = List.of("cluster_id", "operator_id", "last_job_file",
            "last_telemetry_file", "missing_job_days", "missing_telemetry_days", "missing_job_dates",
            "missing_telemetry_dates", "rejects", "last_run", "last_run_status", "last_run_ended",
            "last_mail", "last_mail_status", "last_mail_at", "beyond_capacity_days", "beyond_capacity");

    private StatusPrinter() {
    }

    public static void csv(StatusReport report, PrintStream out) {
        out.println(String.join(",", COLUMNS));
        for (List<String> row : rows(report)) {
            out.println(row.stream().map(StatusPrinter::csvCell).collect(Collectors.joining(",")));
        }
    }

    public static void text(StatusReport report, PrintStream out) {
        out.println("clusters in service " + report.from() + " to " + report.to() + " (" + days(report) + " days):");
        List<String> header = List.of("cluster", "operator", "last jobs", "last telemetry", "missing jobs",
                "missing telemetry", "rejects", "beyond capacity", "last mail");
        List<List<String>> table = new ArrayList<>();
        table.add(header);
        for (ClusterStatus c : report.clusters()) {
            table.add(List.of(c.clusterId(), c.operatorId(), day(c.lastJobFile()), day(c.lastTelemetryFile()),
                    listed(c.missingJobDays()), listed(c.missingTelemetryDays()), Long.toString(c.rejects()),
                    listed(c.beyondCapacity().stream().map(OverCapacity.Day::dayAndPct).toList()),
                    c.lastMailStatus() == null ? "-" : c.lastMailPeriod() + " " + c.lastMailScope() + " "
                            + c.lastMailStatus() + " " + at(c.lastMailAt())));
        }
        int[] widths = new int[header.size()];
        for (List<String> row : table) {
            for (int i = 0; i < row.size(); i++) {
                widths[i] = Math.max(widths[i], row.get(i).length());
            }
        }
        for (List<String> row : table) {
            StringBuilder line = new StringBuilder();
            for (int i = 0; i < row.size(); i++) {
                line.append(i == 0 ? "" : "  ").append(i == row.size() - 1 ? row.get(i) : pad(row.get(i), widths[i]));
            }
            out.println(line.toString().stripTrailing());
        }
        StatusReport.LastRun run = report.lastRun();
        out.println("last run: " + (run == null ? "none" : run.describe() + " " + run.status()
                + (run.endedAt() == null ? " (not ended)" : " ended " + at(run.endedAt()))));
    }

    private static List<List<String>> rows(StatusReport report) {
        StatusReport.LastRun run = report.lastRun();
        List<List<String>> rows = new ArrayList<>();
        for (ClusterStatus c : report.clusters()) {
            rows.add(List.of(c.clusterId(), c.operatorId(), day(c.lastJobFile(), ""), day(c.lastTelemetryFile(), ""),
                    Integer.toString(c.missingJobDays().size()), Integer.toString(c.missingTelemetryDays().size()),
                    joined(c.missingJobDays()), joined(c.missingTelemetryDays()), Long.toString(c.rejects()),
                    run == null ? "" : run.describe(), run == null ? "" : run.status(),
                    run == null || run.endedAt() == null ? "" : at(run.endedAt()),
                    c.lastMailStatus() == null ? "" : c.lastMailPeriod() + " " + c.lastMailScope(),
                    c.lastMailStatus() == null ? "" : c.lastMailStatus(), at(c.lastMailAt(), ""),
                    Integer.toString(c.beyondCapacity().size()),
                    joined(c.beyondCapacity().stream().map(OverCapacity.Day::dayAndPct).toList())));
        }
        return rows;
    }

    private static long days(StatusReport report) {
        return report.to().toEpochDay() - report.from().toEpochDay() + 1;
    }

    /** {@code 0}, or how many and which: {@code 2 (2026-11-24, 2026-11-25)}; more than 5 are counted, not listed. */
    private static String listed(List<?> items) {
        if (items.isEmpty()) {
            return "0";
        }
        if (items.size() > 5) {
            return items.size() + " (" + items.get(0) + " ... " + items.get(items.size() - 1) + ")";
        }
        return items.size() + " (" + items.stream().map(Object::toString).collect(Collectors.joining(", ")) + ")";
    }

    /** The machine's list: items between {@code ;}. */
    private static String joined(List<?> items) {
        return items.stream().map(Object::toString).collect(Collectors.joining(";"));
    }

    private static String day(LocalDate day) {
        return day(day, "never");
    }

    private static String day(LocalDate day, String none) {
        return day == null ? none : day.toString();
    }

    private static String at(OffsetDateTime at) {
        return at(at, "-");
    }

    private static String at(OffsetDateTime at, String none) {
        return at == null ? none : StoredTime.FORMAT.format(at);
    }

    private static String pad(String text, int width) {
        return text + " ".repeat(Math.max(0, width - text.length()));
    }

    private static String csvCell(String value) {
        if (value.contains(",") || value.contains("\"") || value.contains("\n")) {
            return "\"" + value.replace("\"", "\"\"") + "\"";
        }
        return value;
    }
}
