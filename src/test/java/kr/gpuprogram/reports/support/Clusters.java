package kr.gpuprogram.reports.support;

/**
 * A test's {@code clusters.csv} of one cluster, in service from a day on with no end, in the
 * program's time zone (SPEC.md's demo cluster is {@code single("demo", "op", "H100", 8, "2026-01-01")});
 * {@link DemoProgram#CLUSTERS} is the demo program's four rows.
 */
public final class Clusters {

    public static final String HEADER =
            "cluster_id,operator_id,gpu_model,gpu_count,in_service_from,in_service_to,time_zone\n";

    private Clusters() {
    }

    public static String single(String clusterId, String operatorId, String gpuModel, int gpuCount,
                                String inServiceFrom) {
        return HEADER + String.join(",", clusterId, operatorId, gpuModel, String.valueOf(gpuCount), inServiceFrom, "", "")
                + "\n";
    }
}
