package kr.gpuprogram.reports.figures;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.api.Test;

/** Rounding happens once, half up, on exact sums: SPEC's worked day and the edges of rounding. */
class GpuHoursTest {

    @ParameterizedTest(name = "{0} GPU-seconds = {1} GPU-h")
    @CsvSource({
            "691200, 192.00",     // SPEC's worked day: capacity 8 x 24 h
            "79200, 22.00",       // used on demo
            "18, 0.01",           // 0.005 h rounds half up
            "17, 0.00",
            "1200, 0.33",         // 20 GPU-minutes: a figure not rounded like the CSV would show 0.333...
            "0, 0.00",
    })
    void gpuSecondsBecomeGpuHoursWithTwoDecimals(long gpuSeconds, String hours) {
        assertThat(GpuHours.format(gpuSeconds)).isEqualTo(hours);
    }

    @Test
    void percentagesOfTheWorkedDayAndAnEmptyDenominator() {
        assertThat(GpuHours.formatPercent(79200, 691200)).isEqualTo("11.46");
        assertThat(GpuHours.formatPercent(72000, 345600)).isEqualTo("20.83");
        assertThat(GpuHours.formatPercent(5, 0)).isEmpty();
        assertThat(GpuHours.percent(1, 200)).isEqualByComparingTo("0.50");
    }

    @Test
    void krwIsWholeAndMeansHaveTwoDecimals() {
        assertThat(GpuHours.formatKrw(new BigDecimal("4007999.5"))).isEqualTo("4008000");
        assertThat(GpuHours.formatKrw(null)).isEmpty();
        assertThat(GpuHours.mean(200, 3)).isEqualByComparingTo("66.67");
        assertThat(GpuHours.mean(5, 0)).isNull();
    }
}
