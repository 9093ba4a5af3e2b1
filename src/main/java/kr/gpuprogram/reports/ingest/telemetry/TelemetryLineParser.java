package kr.gpuprogram.reports.ingest.telemetry;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import kr.gpuprogram.reports.ingest.LineProblem;
import kr.gpuprogram.reports.ingest.inbox.InboxFile;
import kr.gpuprogram.reports.ingest.reference.ClusterCatalog;
import kr.gpuprogram.reports.ingest.sacct.SacctLineParser;

/**
 * Understands the lines of one DCGM telemetry file ({@code timestamp, cluster_id, hostname,
 * gpu, job_id, gpu_util}). A sample belongs to the program-zone day of its timestamp. One
 * parser per file: it remembers each GPU's last timestamp to reject a repeated sample.
 */
final class TelemetryLineParser {

    public static final List<String> REQUIRED_COLUMNS = List.of("timestamp", "cluster_id", "hostname", "gpu", "job_id", "gpu_util");

    /** A usable sample; {@code jobId} empty when the GPU ran no job. */
    public record Sample(LocalDate day, String jobId, double util) {
    }

    private final InboxFile file;
    private final ClusterCatalog.Entry cluster;
    private final ZoneId programZone;
    private final int timestamp;
    private final int clusterId;
    private final int hostname;
    private final int gpu;
    private final int jobId;
    private final int gpuUtil;
    private final int columns;
    private final GpuClocks clocks;
    private String lastTimestampText;
    private LocalDate lastDay;
    private long lastEpochSecond;

    public TelemetryLineParser(InboxFile file, Map<String, Integer> header, ClusterCatalog catalog, ZoneId programZone) {
        this(file, header, catalog, programZone, new GpuClocks());
    }

    TelemetryLineParser(InboxFile file, Map<String, Integer> header, ClusterCatalog catalog, ZoneId programZone,
                        GpuClocks clocks) {
        this.clocks = clocks;
        this.file = file;
        this.cluster = catalog.find(file.clusterId());
        this.programZone = programZone;
        this.timestamp = header.getOrDefault("timestamp", -1);
        this.clusterId = header.getOrDefault("cluster_id", -1);
        this.hostname = header.getOrDefault("hostname", -1);
        this.gpu = header.getOrDefault("gpu", -1);
        this.jobId = header.getOrDefault("job_id", -1);
        this.gpuUtil = header.getOrDefault("gpu_util", -1);
        this.columns = header.size();
    }

    public InboxFile file() {
        return file;
    }

    /** The sample of a line, or throws {@link LineProblem} with the reason. */
    public Sample parse(String[] values) {
        if (values.length != columns) {
            throw new LineProblem("expected " + columns + " comma-separated fields, found " + values.length);
        }
        if (cluster == null) {
            throw new LineProblem("unknown cluster '" + file.clusterId() + "' (not in reference/clusters.csv)");
        }
        String lineCluster = values[clusterId].strip();
        if (!lineCluster.equals(file.clusterId())) {
            throw new LineProblem("cluster_id '" + lineCluster + "' is not the file's cluster '" + file.clusterId() + "'");
        }
        String time = values[timestamp].strip();
        LocalDate day = day(time);
        String gpuText = values[gpu].strip();
        int gpuIndex = wholeNumber(gpuText);
        if (gpuIndex < 0 || gpuIndex > 4096) {
            throw new LineProblem("gpu '" + gpuText + "' is not a device index");
        }
        String utilText = values[gpuUtil].strip();
        double util = wholeNumber(utilText);
        if (util < 0) {
            try {
                util = Double.parseDouble(utilText);
            } catch (NumberFormatException e) {
                throw new LineProblem("gpu_util '" + utilText + "' is not a number");
            }
        }
        if (!(util >= 0 && util <= 100)) {
            throw new LineProblem("gpu_util " + utilText + " is outside 0-100");
        }
        // Exporters write each GPU's samples in time order; keeping every timestamp of every GPU to
        // find a repeated one would not fit in memory at program scale.
        String host = values[hostname].strip();
        long[] lastSecond = clocks.lastSeconds(host, gpuIndex);
        if (lastEpochSecond <= lastSecond[gpuIndex]) {
            throw new LineProblem("duplicate or out-of-order sample: GPU " + host + '/' + gpuIndex
                    + " at " + time + " is not after its previous sample");
        }
        lastSecond[gpuIndex] = lastEpochSecond;
        return new Sample(day, values[jobId].strip(), util);
    }

    /** The value of a string of 1 to 9 decimal digits, or -1. */
    private static int wholeNumber(String text) {
        int length = text.length();
        if (length == 0 || length > 9) {
            return -1;
        }
        int value = 0;
        for (int i = 0; i < length; i++) {
            char c = text.charAt(i);
            if (c < '0' || c > '9') {
                return -1;
            }
            value = value * 10 + (c - '0');
        }
        return value;
    }

    private LocalDate day(String time) {
        // Samples of one scrape share their timestamp: parse each distinct one once.
        if (time.equals(lastTimestampText)) {
            return lastDay;
        }
        java.time.ZonedDateTime instant;
        try {
            if (SacctLineParser.hasOffset(time)) {
                instant = SacctLineParser.offsetDateTime(time).atZoneSameInstant(programZone);
            } else {
                instant = LocalDateTime.parse(time).atZone(cluster.zone()).withZoneSameInstant(programZone);
            }
        } catch (DateTimeException e) {
            throw new LineProblem("timestamp '" + time + "' is not an ISO-8601 date-time");
        }
        lastTimestampText = time;
        lastDay = instant.toLocalDate();
        lastEpochSecond = instant.toEpochSecond();
        return lastDay;
    }
}
