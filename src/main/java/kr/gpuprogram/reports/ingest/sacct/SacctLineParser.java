package kr.gpuprogram.reports.ingest.sacct;

import java.time.DateTimeException;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;
import java.util.List;
import kr.gpuprogram.reports.ingest.ClassifiedLine.JobLine;
import kr.gpuprogram.reports.ingest.ClassifiedLine.Rejected;
import kr.gpuprogram.reports.ingest.ClassifiedLine.Step;
import kr.gpuprogram.reports.ingest.ClassifiedLine;
import kr.gpuprogram.reports.ingest.LineProblem;
import kr.gpuprogram.reports.ingest.LineProblems;
import kr.gpuprogram.reports.ingest.inbox.CsvInput;
import kr.gpuprogram.reports.ingest.inbox.FileHeader;
import kr.gpuprogram.reports.ingest.inbox.InputLine;
import kr.gpuprogram.reports.ingest.reference.ClusterCatalog;

/**
 * Understands one line of {@code sacct --parsable2} output as SPEC.md defines it. Pure: the
 * same line and catalog give the same answer.
 */
public final class SacctLineParser {

    public static final List<String> REQUIRED_COLUMNS = List.of("jobid", "cluster", "account", "start", "end", "alloctres");

    private final ClusterCatalog catalog;

    public SacctLineParser(ClusterCatalog catalog) {
        this.catalog = catalog;
    }

    public ClassifiedLine classify(InputLine line) {
        try {
            return parse(line);
        } catch (RuntimeException problem) {
            // no line, however absurd, fails the run: whatever it throws makes it a reject
            return new Rejected(line.file(), line.lineNo(), LineProblems.reason(problem), line.content());
        }
    }

    private ClassifiedLine parse(InputLine line) {
        if (line.fileProblem() != null) {
            throw new LineProblem(line.fileProblem());
        }
        if (line.content().length() > CsvInput.MAX_LINE_CHARACTERS) {
            throw new LineProblem("line longer than " + CsvInput.MAX_LINE_CHARACTERS + " characters: not a sacct line");
        }
        if (line.content().indexOf(CsvInput.REPLACEMENT) >= 0 || line.content().indexOf('\0') >= 0) {
            throw new LineProblem("invalid text (NUL byte or undecodable bytes) in the line");
        }
        if (!line.header().fits(line.values().toArray(String[]::new))) {
            throw new LineProblem("expected " + line.header().fields() + " fields separated by '|', found "
                    + FileHeader.fieldCount(line.values().toArray(String[]::new)));
        }
        String fileCluster = line.file().clusterId();
        ClusterCatalog.Entry cluster = catalog.find(fileCluster);
        if (cluster == null) {
            throw new LineProblem("unknown cluster '" + fileCluster + "' (not in reference/clusters.csv)");
        }
        String jobId = line.value("jobid");
        if (jobId.isEmpty()) {
            throw new LineProblem("JobID is empty");
        }
        // where the export has JobIDRaw, it is the identity: an array element's raw id (40006, not
        // 39999_7) is what SLURM_JOB_ID and DCGM's job mapping carry, so telemetry finds the job by it
        String rawId = line.header().has("jobidraw") ? line.value("jobidraw") : "";
        if (!rawId.isEmpty()) {
            jobId = rawId;
        }
        // a step line is checked as a job line is (fields, cluster) before it is counted as a step:
        // another cluster's steps are not this file's
        String clusterValue = line.value("cluster");
        if (!clusterValue.equals(fileCluster)) {
            throw new LineProblem("Cluster '" + clusterValue + "' is not the file's cluster '" + fileCluster + "'");
        }
        if (jobId.contains(".")) {
            // an export without --allocations: its steps ran inside allocations counted on their own lines
            return new Step(line.file(), line.lineNo(), line.content());
        }
        int gpus = GpuCount.fromAllocTres(line.value("alloctres"));
        if (gpus > cluster.maxGpuCount()) {
            throw new LineProblem(gpus + " GPUs is more than cluster " + fileCluster + " has (" + cluster.maxGpuCount() + ")");
        }
        String account = line.value("account");
        Instant submit = optionalInstant("Submit", line.value("submit"), cluster.zone());
        String startText = line.value("start");
        // newer Slurm shows a pending job's expected start: a PENDING job has not started, whatever Start says
        if (notATime(startText) || isPending(line.value("state"))) {
            return new JobLine(line.file(), line.lineNo(), fileCluster, jobId, account, line.value("user"),
                    submit, null, null, line.value("state"), gpus, line.content());
        }
        Instant start = instant("Start", startText, cluster.zone());
        String endText = line.value("end");
        Instant end = endText.equalsIgnoreCase("Unknown") ? null : instant("End", endText, cluster.zone());
        if (end != null && end.isBefore(start)) {
            throw new LineProblem("End " + endText + " is before Start " + startText);
        }
        return new JobLine(line.file(), line.lineNo(), fileCluster, jobId, account, line.value("user"),
                submit, start, end, line.value("state"), gpus, line.content());
    }

    /** {@code PENDING}, also as the first of several states ({@code PENDING,REQUEUED} as the JSON form joins them). */
    static boolean isPending(String state) {
        int end = state.indexOf(',');
        return (end < 0 ? state : state.substring(0, end)).strip().equalsIgnoreCase("PENDING");
    }

    /** sacct writes Unknown or None where a job has no such time. */
    private static boolean notATime(String text) {
        return text.equalsIgnoreCase("Unknown") || text.equalsIgnoreCase("None");
    }

    /** Submit is optional: an older export lacks it, and a missing value is no reason to drop usage. */
    private static Instant optionalInstant(String column, String text, ZoneId zone) {
        return text.isEmpty() || notATime(text) ? null : instant(column, text, zone);
    }

    static Instant instant(String column, String text, ZoneId clusterZone) {
        if (text.isEmpty()) {
            throw new LineProblem(column + " is empty");
        }
        try {
            Instant instant;
            if (hasOffset(text)) {
                instant = offsetDateTime(text).toInstant();
            } else {
                instant = LocalDateTime.parse(text).atZone(clusterZone).toInstant();
            }
            return instant.truncatedTo(ChronoUnit.SECONDS);
        } catch (DateTimeException e) {
            throw new LineProblem(column + " '" + text + "' is not an ISO-8601 date-time");
        }
    }

    /** ISO-8601 with Z, +09:00, +0900 (SLURM_TIME_FORMAT's %z) or +09. */
    private static final java.time.format.DateTimeFormatter OFFSET_DATE_TIME = new java.time.format.DateTimeFormatterBuilder()
            .append(java.time.format.DateTimeFormatter.ISO_LOCAL_DATE_TIME)
            .appendPattern("[XXX][XX][X]")
            .toFormatter(java.util.Locale.ROOT)
            .withResolverStyle(java.time.format.ResolverStyle.STRICT)
            .withChronology(java.time.chrono.IsoChronology.INSTANCE);

    /** ISO-8601 as java.time reads it, else with a {@code %z} offset ({@code +0900}) or {@code +09}. */
    public static OffsetDateTime offsetDateTime(String text) {
        try {
            return OffsetDateTime.parse(text);
        } catch (DateTimeException e) {
            return OffsetDateTime.parse(text, OFFSET_DATE_TIME);
        }
    }

    public static boolean hasOffset(String text) {
        int t = text.indexOf('T');
        if (t < 0) {
            return false;
        }
        String time = text.substring(t);
        return time.endsWith("Z") || time.endsWith("z") || time.indexOf('+') >= 0 || time.indexOf('-') >= 0;
    }
}
