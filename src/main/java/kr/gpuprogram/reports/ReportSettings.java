package kr.gpuprogram.reports;

import java.math.BigDecimal;
import java.nio.file.Path;
import java.time.ZoneId;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * Every setting of the job, under the {@code gpu.} prefix. The command line's
 * {@code --data-dir}, {@code --report-dir} and {@code --state-dir} land here.
 */
@ConfigurationProperties("gpu")
public record ReportSettings(
        Path dataDir,
        Path reportDir,
        Path stateDir,
        ZoneId programZone,
        int reclaimMinAgeDays,
        int reclaimWindowDays,
        BigDecimal reclaimThresholdPct,
        int telemetryIntervalSeconds,
        int activeIdleThresholdPct,
        int chunkSize,
        BigDecimal coverageWarningPct) {

    public ReportSettings {
        dataDir = dataDir == null ? Path.of("sample-data") : dataDir;
        reportDir = reportDir == null ? Path.of("reports") : reportDir;
        stateDir = stateDir == null ? Path.of("var") : stateDir;
        programZone = programZone == null ? ZoneId.of("Asia/Seoul") : programZone;
        reclaimMinAgeDays = reclaimMinAgeDays == 0 ? 7 : reclaimMinAgeDays;
        reclaimWindowDays = reclaimWindowDays == 0 ? 14 : reclaimWindowDays;
        reclaimThresholdPct = reclaimThresholdPct == null ? new BigDecimal("20") : reclaimThresholdPct;
        telemetryIntervalSeconds = telemetryIntervalSeconds == 0 ? 60 : telemetryIntervalSeconds;
        activeIdleThresholdPct = activeIdleThresholdPct == 0 ? 5 : activeIdleThresholdPct;
        chunkSize = chunkSize == 0 ? 1000 : chunkSize;
        // an operator whose telemetry coverage is below this is named in the program mail
        coverageWarningPct = coverageWarningPct == null ? new BigDecimal("90") : coverageWarningPct;
    }

    public Path referenceDir() {
        return dataDir.resolve("reference");
    }

    public Path inboxDir() {
        return dataDir.resolve("inbox");
    }
}
