package kr.gpuprogram.reports;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.Duration;
import java.time.ZoneId;
import org.junit.jupiter.api.Test;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;
import org.springframework.context.annotation.Configuration;

/** One validated record for every gpu.* setting: its defaults, 0 where it means something, refusals by name. */
class ReportSettingsTest {

    @Configuration(proxyBeanMethods = false)
    @EnableConfigurationProperties(ReportSettings.class)
    static class SettingsOnly {
    }

    private final ApplicationContextRunner runner = new ApplicationContextRunner().withUserConfiguration(SettingsOnly.class);

    @Test
    void everyDefaultIsInTheRecordAndEqualsWhatTheReadmeSays() {
        runner.run(context -> {
            ReportSettings settings = context.getBean(ReportSettings.class);
            assertThat(settings).isEqualTo(ReportSettings.defaults(settings.dataDir(), settings.reportDir(), settings.stateDir()));
            assertThat(settings.programZone()).isEqualTo(ZoneId.of("Asia/Seoul"));
            assertThat(settings.reclaimThresholdPct()).isEqualByComparingTo("20");
            assertThat(settings.mail().backoff()).isEqualTo(Duration.ofSeconds(5));
            assertThat(settings.dataDir().toString()).isEqualTo("sample-data");
            assertThat(settings.outlookLowPct()).isEqualByComparingTo("50");
        });
    }

    @Test
    void zeroIsAValueWhereItMeansSomething() {
        runner.withPropertyValues("gpu.active-idle-threshold-pct=0", "gpu.reclaim-min-age-days=0",
                "gpu.reclaim-threshold-pct=0").run(context -> {
            ReportSettings settings = context.getBean(ReportSettings.class);
            assertThat(settings.activeIdleThresholdPct()).isZero();
            assertThat(settings.reclaimMinAgeDays()).isZero();
            assertThat(settings.reclaimThresholdPct()).isEqualByComparingTo(BigDecimal.ZERO);
        });
    }

    @Test
    void anInvalidValueStopsStartUpNamingTheProperty() {
        runner.withPropertyValues("gpu.reclaim-window-days=0").run(context -> {
            assertThat(context).hasFailed();
            assertThat(context.getStartupFailure()).rootCause().hasMessageContaining("reclaimWindowDays");
        });
        runner.withPropertyValues("gpu.mail.attempts=-1").run(context ->
                assertThat(context.getStartupFailure()).rootCause().hasMessageContaining("mail.attempts"));
        runner.withPropertyValues("gpu.outlook-low-pct=101").run(context ->
                assertThat(context.getStartupFailure()).rootCause().hasMessageContaining("outlookLowPct"));
        runner.withPropertyValues("gpu.program-zone=Mars/Olympus").run(context ->
                assertThat(context.getStartupFailure()).hasStackTraceContaining("gpu.program-zone"));
    }
}
