package kr.gpuprogram.reports;

import jakarta.validation.Valid;
import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Positive;
import java.math.BigDecimal;
import java.nio.file.Path;
import java.time.Duration;
import java.time.ZoneId;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.validation.annotation.Validated;

/**
 * Every {@code gpu.*} setting of the program with its default, in one place. The command line's
 * {@code --data-dir}, {@code --report-dir} and {@code --state-dir} land here. A value out of
 * range stops start-up with a message naming the property; 0 is a value where it means
 * something (an active-idle threshold of 0 counts no sample as idle, a minimum age of 0 makes
 * every active allocation a reclaim candidate).
 */
@ConfigurationProperties("gpu")
@Validated
public record ReportSettings(
        @DefaultValue("sample-data") @NotNull Path dataDir,
        @DefaultValue("reports") @NotNull Path reportDir,
        @DefaultValue("var") @NotNull Path stateDir,
        @DefaultValue("Asia/Seoul") @NotNull ZoneId programZone,
        /* the name on the PDF's title */
        @DefaultValue("국가 AI 컴퓨팅 GPU 지원사업") @NotBlank String programName,
        @DefaultValue("7") @Min(0) int reclaimMinAgeDays,
        @DefaultValue("14") @Min(1) int reclaimWindowDays,
        @DefaultValue("20") @DecimalMin("0") @DecimalMax("100") BigDecimal reclaimThresholdPct,
        @DefaultValue("60") @Positive int telemetryIntervalSeconds,
        @DefaultValue("5") @Min(0) @Max(101) int activeIdleThresholdPct,
        /* lines per ingest transaction */
        @DefaultValue("1000") @Positive int chunkSize,
        /* an operator whose telemetry coverage is below this is named in the program mail */
        @DefaultValue("90") @DecimalMin("0") BigDecimal coverageWarningPct,
        @DefaultValue @Valid Mail mail,
        /* issue 26: an allocation whose projected use by its end date is below this is LOW in the outlook */
        @DefaultValue("50") @DecimalMin("0") @DecimalMax("100") BigDecimal outlookLowPct) {

    /**
     * Delivery ({@code gpu.mail.*}); the SMTP server itself is Spring Boot's {@code spring.mail.*}
     * (host, port, username, password, TLS), given on the command line or in the environment,
     * never in git. Without {@code spring.mail.host} nothing is sent.
     */
    public record Mail(
            @DefaultValue("gpu-reports@localhost") @NotBlank String from,
            /* a provisional report (files missing) is held back instead of sent */
            @DefaultValue("false") boolean holdProvisional,
            @DefaultValue("4") @Positive int attempts,
            /* the first wait between attempts; it doubles */
            @DefaultValue("5s") @NotNull Duration backoff) {
    }

    /** The defaults, for tools and checks that run without Spring. */
    public static ReportSettings defaults(Path dataDir, Path reportDir, Path stateDir) {
        return new ReportSettings(dataDir, reportDir, stateDir, ZoneId.of("Asia/Seoul"), "국가 AI 컴퓨팅 GPU 지원사업",
                7, 14, new BigDecimal("20"), 60, 5, 1000, new BigDecimal("90"),
                new Mail("gpu-reports@localhost", false, 4, Duration.ofSeconds(5)), new BigDecimal("50"));
    }

    public Path referenceDir() {
        return dataDir.resolve("reference");
    }

    public Path inboxDir() {
        return dataDir.resolve("inbox");
    }
}
