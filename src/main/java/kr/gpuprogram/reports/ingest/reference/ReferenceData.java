package kr.gpuprogram.reports.ingest.reference;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

/** The validated content of the reference files, ready to replace the stored tables. */
public record ReferenceData(
        List<Operator> operators,
        List<ClusterPeriod> clusterPeriods,
        List<Institution> institutions,
        List<Allocation> allocations,
        List<Rate> rates,
        List<Recipient> recipients,
        List<ReferenceReject> rejects,
        List<ReferenceFile> files,
        String sha256) {

    /** A reference file as read: its name, size, SHA-256 and encoding, for the reports' provenance. */
    public record ReferenceFile(String file, long sizeBytes, String sha256, String encoding, byte[] content) {
    }

    /** An operator and the Slurm accounts under which it runs its own workloads (empty: none). */
    public record Operator(String operatorId, String operatorName, List<String> selfUseAccounts) {
    }

    /** {@code telemetryIntervalSeconds} null: the program's setting (clusters.csv's column is optional). */
    public record ClusterPeriod(String clusterId, String operatorId, String gpuModel, int gpuCount,
                                LocalDate inServiceFrom, LocalDate inServiceTo, String timeZone,
                                Integer telemetryIntervalSeconds) {

        boolean overlaps(ClusterPeriod other) {
            return !inServiceFrom.isAfter(other.lastDay()) && !other.inServiceFrom.isAfter(lastDay());
        }

        public boolean inServiceOn(LocalDate day) {
            return !inServiceFrom.isAfter(day) && !day.isAfter(lastDay());
        }

        private LocalDate lastDay() {
            return inServiceTo == null ? LocalDate.MAX : inServiceTo;
        }
    }

    public record Institution(String institutionId, String institutionName, String sector, String region) {
    }

    public record Allocation(String allocationId, String institutionId, String projectTitle, String clusterId,
                             int gpuCount, LocalDate startDate, LocalDate endDate) {
    }

    public record Rate(String gpuModel, BigDecimal krwPerGpuHour, LocalDate validFrom) {
    }

    public record Recipient(String email, String name, String scope) {
    }
}
