package kr.gpuprogram.reports.ingest.reference;

import java.time.ZoneId;
import java.util.Map;

/** What ingest needs to know of each cluster: its zone and its largest GPU count. */
public record ClusterCatalog(Map<String, Entry> clusters) {

    public record Entry(String clusterId, ZoneId zone, int maxGpuCount) {
    }

    public Entry find(String clusterId) {
        return clusters.get(clusterId);
    }
}
