package kr.gpuprogram.reports.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.util.List;
import kr.gpuprogram.reports.report.PeriodReport.OperatorRow;
import org.junit.jupiter.api.Test;

/** Which operators the PDF and the program mail name, from hand-made scorecard rows. */
class OperatorWarningsTest {

    private static final long HOUR = 3600;

    /** A cluster's row, Submit seen on 1 day; telemetry measured on 1 day when {@code measured}. */
    private static OperatorRow row(String operator, String cluster, long observedH, long usedH, long waitingH, boolean measured) {
        return new OperatorRow(operator, operator + " 주식회사", cluster, 100 * HOUR, usedH * HOUR, 0, 0, 0, BigDecimal.ZERO,
                waitingH * HOUR, 0, null, null, observedH * HOUR, 0, observedH * HOUR, usedH * HOUR, 0,
                measured ? 1 : 0, 1);
    }

    @Test
    void coverageIsSummedOverAnOperatorsMeasuredClustersBeforeItIsComparedWithTheThreshold() {
        List<OperatorRow> rows = List.of(
                // op-a: 30 of 40 GPU-hours observed over its two clusters: 75 %, below 90
                row("op-a", "a1", 10, 20, 0, true), row("op-a", "a2", 20, 20, 0, true),
                // op-b: 95 % on its measured cluster; its unmeasured cluster does not count
                row("op-b", "b1", 19, 20, 0, true), row("op-b", "b2", 0, 50, 0, false),
                // op-c: no telemetry at all, but program users waited 3 GPU-hours during self-use
                row("op-c", "c1", 0, 20, 3, false),
                // op-d: nothing to look at
                row("op-d", "d1", 20, 20, 0, true));

        List<OperatorWarnings.Warning> warnings = OperatorWarnings.of(rows, new BigDecimal("90"));

        assertThat(warnings).extracting(OperatorWarnings.Warning::operatorId).containsExactly("op-a", "op-c");
        assertThat(warnings.get(0).coveragePct()).isEqualByComparingTo("75.00");
        assertThat(warnings.get(0).lowCoverage()).isTrue();
        assertThat(warnings.get(1).coveragePct()).isNull();
        assertThat(warnings.get(1).lowCoverage()).isFalse();
        assertThat(warnings.get(1).waitingGs()).isEqualTo(3 * HOUR);
        assertThat(OperatorWarnings.of(rows, new BigDecimal("96"))).extracting(OperatorWarnings.Warning::operatorId)
                .as("op-b's 95 %% is below 96").containsExactly("op-a", "op-b", "op-c");
    }
}
