package kr.gpuprogram.reports.report;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import kr.gpuprogram.reports.figures.GpuHours;
import kr.gpuprogram.reports.report.PeriodReport.OperatorRow;

/**
 * The operators a program manager should look at, from the scorecard: those whose telemetry
 * coverage over their measured clusters is below the setting {@code gpu.coverage-warning-pct}
 * (accounting ahead of, or behind, what the GPUs measured), and those whose program users waited
 * while the operator ran its own jobs. One place, so that the PDF and the mail name the same ones.
 */
public final class OperatorWarnings {

    /**
     * One operator's figures over its clusters: coverage from the summed observed and used
     * GPU-seconds of its measured days (null where none was measured or nothing was used).
     */
    public record Warning(String operatorId, String operatorName, BigDecimal coveragePct, long waitingGs,
                          long selfUseOnAllocatedGs, boolean lowCoverage) {

        public boolean waited() {
            return waitingGs > 0;
        }
    }

    private OperatorWarnings() {
    }

    /** The operators with coverage below {@code thresholdPct} or waiting during self-use, in operator order. */
    public static List<Warning> of(List<OperatorRow> rows, BigDecimal thresholdPct) {
        Map<String, List<OperatorRow>> byOperator = new LinkedHashMap<>();
        rows.forEach(r -> byOperator.computeIfAbsent(r.operatorId(), k -> new ArrayList<>()).add(r));
        List<Warning> warnings = new ArrayList<>();
        byOperator.forEach((operatorId, clusters) -> {
            long observed = 0;
            long used = 0;
            long waiting = 0;
            long onAllocated = 0;
            boolean measured = false;
            for (OperatorRow r : clusters) {
                if (r.measured()) {
                    measured = true;
                    observed += r.coveredObservedGs();
                    used += r.coveredUsedGs();
                }
                waiting += r.waitingMeasured() ? r.waitingDuringSelfUseGs() : 0;
                onAllocated += r.selfUseOnAllocatedGs();
            }
            BigDecimal coverage = measured ? GpuHours.percent(observed, used) : null;
            boolean low = coverage != null && coverage.compareTo(thresholdPct) < 0;
            Warning warning = new Warning(operatorId, clusters.get(0).operatorName(), coverage, waiting, onAllocated, low);
            if (low || warning.waited()) {
                warnings.add(warning);
            }
        });
        return warnings;
    }
}
