package kr.gpuprogram.reports.ingest.inbox;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** The kind, cluster and day an inbox file's name carries: {@code jobs-<cluster_id>-YYYY-MM-DD.csv} (or {@code .json}). */
public record InboxFileName(String kind, String clusterId, LocalDate date) {

    public static final String JOBS = "jobs";
    public static final String TELEMETRY = "telemetry";

    private static final Pattern JOBS_NAME = Pattern.compile("jobs-(.+)-(\\d{4}-\\d{2}-\\d{2})\\.(?:csv|json)");
    private static final Pattern TELEMETRY_NAME = Pattern.compile("gpu-metrics-(.+)-(\\d{4}-\\d{2}-\\d{2})\\.(?:csv|json)");

    /** The operators' native form (sacct --json, a Prometheus range query) rather than our CSV. */
    public static boolean isJson(String fileName) {
        return fileName.endsWith(".json");
    }

    /** The name of the other form of the same cluster-day: {@code .json} for {@code .csv} and back. */
    public static String otherForm(String fileName) {
        return isJson(fileName) ? fileName.substring(0, fileName.length() - 5) + ".csv"
                : fileName.substring(0, fileName.length() - 4) + ".json";
    }

    /** Empty when the name follows neither pattern or its date does not exist. */
    public static Optional<InboxFileName> parse(String fileName) {
        Matcher telemetry = TELEMETRY_NAME.matcher(fileName);
        if (telemetry.matches()) {
            return of(TELEMETRY, telemetry);
        }
        Matcher jobs = JOBS_NAME.matcher(fileName);
        if (jobs.matches()) {
            return of(JOBS, jobs);
        }
        return Optional.empty();
    }

    private static Optional<InboxFileName> of(String kind, Matcher matcher) {
        try {
            return Optional.of(new InboxFileName(kind, matcher.group(1), LocalDate.parse(matcher.group(2))));
        } catch (DateTimeException e) {
            return Optional.empty();
        }
    }
}
