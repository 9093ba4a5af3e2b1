package kr.gpuprogram.reports.report;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.function.Consumer;

/**
 * A report's daily detail: one row per day and allocation, part of the report like its other
 * rows, but streamed to whoever writes it (the workbook) from the report's snapshot rather
 * than held in memory, for a month of a large program has millions of them.
 */
@FunctionalInterface
public interface DailyDetail {

    /** No rows: a report made by hand, without a database. */
    DailyDetail NONE = sink -> { };

    /** Hands every row, ordered by day and allocation, to {@code sink}. */
    void forEach(Consumer<Row> sink);

    /**
     * One day of one allocation: quantities in exact GPU-seconds, KRW exact (null without a rate);
     * {@code measured} whether its cluster sent telemetry that day (without it active idle is unknown).
     */
    record Row(LocalDate day, String allocationId, String institutionId, String institutionName,
               String sector, String clusterId, String operatorId, long allocatedGs, long usedGs,
               long allocatedIdleGs, long overUseGs, long activeIdleGs, BigDecimal krwPerGpuHour,
               BigDecimal allocatedKrw, BigDecimal usedKrw, boolean measured) {

        /** A row made by hand (checks, tests): measured. */
        public Row(LocalDate day, String allocationId, String institutionId, String institutionName,
                   String sector, String clusterId, String operatorId, long allocatedGs, long usedGs,
                   long allocatedIdleGs, long overUseGs, long activeIdleGs, BigDecimal krwPerGpuHour,
                   BigDecimal allocatedKrw, BigDecimal usedKrw) {
            this(day, allocationId, institutionId, institutionName, sector, clusterId, operatorId, allocatedGs, usedGs,
                    allocatedIdleGs, overUseGs, activeIdleGs, krwPerGpuHour, allocatedKrw, usedKrw, true);
        }

        /** Its cluster-day's share: 1/1 measured, else nothing measured. */
        public Measured share() {
            return new Measured(measured ? 1 : 0, 1);
        }

        public MeasuredHours activeIdle() {
            return new MeasuredHours(activeIdleGs, share());
        }
    }
}
