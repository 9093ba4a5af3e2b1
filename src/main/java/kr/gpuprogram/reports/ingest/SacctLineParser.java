package kr.gpuprogram.reports.ingest;

import java.time.DateTimeException;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;
import java.util.List;
import kr.gpuprogram.reports.ingest.ClassifiedLine.JobLine;
import kr.gpuprogram.reports.ingest.ClassifiedLine.Rejected;

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
        } catch (LineProblem problem) {
            return new Rejected(line.file(), line.lineNo(), problem.getMessage(), line.content());
        }
    }

    private ClassifiedLine parse(InputLine line) {
        if (line.fileProblem() != null) {
            throw new LineProblem(line.fileProblem());
        }
        if (line.content().indexOf(CsvInput.REPLACEMENT) >= 0) {
            throw new LineProblem("invalid UTF-8 in the line");
        }
        if (line.values().size() != line.header().size()) {
            throw new LineProblem("expected " + line.header().size() + " fields separated by '|', found " + line.values().size());
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
        if (jobId.contains(".")) {
            throw new LineProblem("job step " + jobId + ": only whole allocations count (sacct --allocations)");
        }
        String clusterValue = line.value("cluster");
        if (!clusterValue.equals(fileCluster)) {
            throw new LineProblem("Cluster '" + clusterValue + "' is not the file's cluster '" + fileCluster + "'");
        }
        int gpus = GpuCount.fromAllocTres(line.value("alloctres"));
        if (gpus > cluster.maxGpuCount()) {
            throw new LineProblem(gpus + " GPUs is more than cluster " + fileCluster + " has (" + cluster.maxGpuCount() + ")");
        }
        String account = line.value("account");
        String startText = line.value("start");
        if (startText.equalsIgnoreCase("Unknown") || startText.equalsIgnoreCase("None")) {
            return new JobLine(line.file(), line.lineNo(), fileCluster, jobId, account, line.value("user"),
                    null, null, line.value("state"), gpus, line.content());
        }
        Instant start = instant("Start", startText, cluster.zone());
        String endText = line.value("end");
        Instant end = endText.equalsIgnoreCase("Unknown") ? null : instant("End", endText, cluster.zone());
        if (end != null && end.isBefore(start)) {
            throw new LineProblem("End " + endText + " is before Start " + startText);
        }
        return new JobLine(line.file(), line.lineNo(), fileCluster, jobId, account, line.value("user"),
                start, end, line.value("state"), gpus, line.content());
    }

    static Instant instant(String column, String text, ZoneId clusterZone) {
        if (text.isEmpty()) {
            throw new LineProblem(column + " is empty");
        }
        try {
            Instant instant;
            if (hasOffset(text)) {
                instant = OffsetDateTime.parse(text).toInstant();
            } else {
                instant = LocalDateTime.parse(text).atZone(clusterZone).toInstant();
            }
            return instant.truncatedTo(ChronoUnit.SECONDS);
        } catch (DateTimeException e) {
            throw new LineProblem(column + " '" + text + "' is not an ISO-8601 date-time");
        }
    }

    private static boolean hasOffset(String text) {
        int t = text.indexOf('T');
        if (t < 0) {
            return false;
        }
        String time = text.substring(t);
        return time.endsWith("Z") || time.endsWith("z") || time.indexOf('+') >= 0 || time.indexOf('-') >= 0;
    }

    static final class LineProblem extends RuntimeException {
        LineProblem(String message) {
            super(message, null, false, false);
        }
    }
}
