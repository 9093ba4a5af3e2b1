package kr.gpuprogram.reports.status;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import kr.gpuprogram.reports.report.OverCapacity;

/**
 * What arrived from one in-service cluster, as the morning's {@code status} shows it: the days
 * of its last job and telemetry files (null: none ever), the in-service days of the window
 * without one, the rejected lines of its files of the window, its days of usage beyond capacity
 * (a job file holding jobs that cannot all have run), and the last mail that carried its figures.
 */
public record ClusterStatus(String clusterId, String operatorId, LocalDate lastJobFile, LocalDate lastTelemetryFile,
                            List<LocalDate> missingJobDays, List<LocalDate> missingTelemetryDays, long rejects,
                            String lastMailPeriod, String lastMailScope, String lastMailStatus,
                            OffsetDateTime lastMailAt, List<OverCapacity.Day> beyondCapacity) {
}
