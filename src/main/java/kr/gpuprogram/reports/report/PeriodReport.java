package kr.gpuprogram.reports.report;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import kr.gpuprogram.reports.figures.GpuHours;

/**
 * Everything a period's report shows, read from the stored daily figures in one snapshot and
 * given as it is to every output (CSV extracts, workbook, PDF, mail, restatement check). Quantities are
 * exact GPU-seconds and exact KRW; rounding happens only where they are written.
 */
public record PeriodReport(
        Period period,
        String operatorScope,
        List<ClusterRow> clusters,
        List<InstitutionRow> institutions,
        List<SectorRow> sectors,
        List<ReclaimRow> reclaim,
        List<MissingRow> missing,
        Rejects rejects,
        List<DayTotals> days,
        List<ProvenanceRow> provenance,
        List<OperatorRow> operators,
        Totals totals,
        DailyDetail dailyDetail,
        // issue 27: cluster-days used beyond their capacity, named in the completeness notes
        List<OverCapacity.Day> overCapacity,
        /* issue 26: the allocation outlook on the period's last day */
        List<OutlookRow> outlook) {

    /** The figures with their totals summed here, once; the daily detail and the rejects are streamed when written. */
    public PeriodReport(Period period, String operatorScope, List<ClusterRow> clusters,
                        List<InstitutionRow> institutions, List<SectorRow> sectors, List<ReclaimRow> reclaim,
                        List<MissingRow> missing, Rejects rejects, List<DayTotals> days,
                        List<ProvenanceRow> provenance, List<OperatorRow> operators, DailyDetail dailyDetail) {
        this(period, operatorScope, clusters, institutions, sectors, reclaim, missing, rejects, days, provenance,
                operators, dailyDetail, List.of());
    }

    /** As above, with the cluster-days used beyond their capacity. */
    public PeriodReport(Period period, String operatorScope, List<ClusterRow> clusters,
                        List<InstitutionRow> institutions, List<SectorRow> sectors, List<ReclaimRow> reclaim,
                        List<MissingRow> missing, Rejects rejects, List<DayTotals> days,
                        List<ProvenanceRow> provenance, List<OperatorRow> operators, DailyDetail dailyDetail,
                        List<OverCapacity.Day> overCapacity) {
        this(period, operatorScope, clusters, institutions, sectors, reclaim, missing, rejects, days, provenance,
                operators, Totals.of(clusters, institutions, operators, reclaim), dailyDetail, overCapacity, List.of());
    }

    /** A report made by hand (checks, tests): no daily detail. */
    public PeriodReport(Period period, String operatorScope, List<ClusterRow> clusters,
                        List<InstitutionRow> institutions, List<SectorRow> sectors, List<ReclaimRow> reclaim,
                        List<MissingRow> missing, Rejects rejects, List<DayTotals> days,
                        List<ProvenanceRow> provenance, List<OperatorRow> operators) {
        this(period, operatorScope, clusters, institutions, sectors, reclaim, missing, rejects, days, provenance,
                operators, DailyDetail.NONE);
    }

    public record ClusterRow(String clusterId, String operatorId, String gpuModel, long capacityGs,
                             long allocatedGs, long usedGs, long unattributedGs, long unallocatedGs,
                             long overAllocatedGs, long allocatedIdleGs, long idleGs, long activeIdleGs,
                             long utilSamples, long utilSum, int telemetryDays, int serviceDays) {

        /** A row made by hand (checks, tests): every day it has telemetry of is taken as its days in service. */
        public ClusterRow(String clusterId, String operatorId, String gpuModel, long capacityGs, long allocatedGs,
                          long usedGs, long unattributedGs, long unallocatedGs, long overAllocatedGs,
                          long allocatedIdleGs, long idleGs, long activeIdleGs, long utilSamples, long utilSum,
                          int telemetryDays) {
            this(clusterId, operatorId, gpuModel, capacityGs, allocatedGs, usedGs, unattributedGs, unallocatedGs,
                    overAllocatedGs, allocatedIdleGs, idleGs, activeIdleGs, utilSamples, utilSum, telemetryDays,
                    telemetryDays);
        }

        /** Telemetry measured something in the period: without it active idle is unknown, not 0. */
        public boolean measured() {
            return telemetryDays > 0;
        }

        /** The cluster-days with telemetry out of those in service. */
        public Measured share() {
            return new Measured(telemetryDays, serviceDays);
        }

        public MeasuredHours activeIdle() {
            return new MeasuredHours(activeIdleGs, share());
        }
    }

    public record InstitutionRow(String institutionId, String institutionName, Sector sector, long allocatedGs,
                                 long usedGs, long allocatedIdleGs, long overUseGs, long activeIdleGs,
                                 long utilSamples, long utilSum, long jobs, BigDecimal allocatedKrw,
                                 BigDecimal usedKrw, int telemetryDays, int serviceDays) {

        /** A row made by hand (checks, tests): every day it has telemetry of is taken as its days in service. */
        public InstitutionRow(String institutionId, String institutionName, Sector sector, long allocatedGs,
                              long usedGs, long allocatedIdleGs, long overUseGs, long activeIdleGs, long utilSamples,
                              long utilSum, long jobs, BigDecimal allocatedKrw, BigDecimal usedKrw,
                              int telemetryDays) {
            this(institutionId, institutionName, sector, allocatedGs, usedGs, allocatedIdleGs, overUseGs,
                    activeIdleGs, utilSamples, utilSum, jobs, allocatedKrw, usedKrw, telemetryDays, telemetryDays);
        }

        /** Telemetry of its clusters measured something in the period: without it active idle is unknown, not 0. */
        public boolean measured() {
            return telemetryDays > 0;
        }

        /** The cluster-days of its allocations' clusters with telemetry out of those in service. */
        public Measured share() {
            return new Measured(telemetryDays, serviceDays);
        }

        public MeasuredHours activeIdle() {
            return new MeasuredHours(activeIdleGs, share());
        }
    }

    /**
     * One cluster's line of the operator scorecard. The waits are over the period's jobs (mean
     * and p90 in seconds); {@code submitDays} and {@code telemetryDays} say whether waiting and
     * telemetry were measured at all, for without a measurement a figure is empty, not 0.
     */
    public record OperatorRow(String operatorId, String operatorName, String clusterId, long capacityGs, long usedGs,
                              long selfUseGs, long selfUseOnUnallocatedGs, long selfUseOnAllocatedGs,
                              BigDecimal selfUseKrw, long waitingDuringSelfUseGs, int jobsStarted,
                              BigDecimal meanWaitSeconds, BigDecimal p90WaitSeconds, long observedJobGs,
                              long unknownJobSampleGs, long coveredObservedGs, long coveredUsedGs,
                              long jobsWithoutSamples, int telemetryDays, int submitDays) {

        /** A job file of the period had a Submit column: waiting during self-use could be measured. */
        public boolean waitingMeasured() {
            return submitDays > 0;
        }

        /** Telemetry of the cluster measured something in the period. */
        public boolean measured() {
            return telemetryDays > 0;
        }

        /** Jobs of its allocations with a Submit started in the period: the waits have a population. */
        public boolean waitsMeasured() {
            return jobsStarted > 0;
        }

        /** 100 x observed / used over the days with telemetry; null without telemetry or use on them. */
        public BigDecimal coveragePct() {
            return measured() ? GpuHours.percent(coveredObservedGs, coveredUsedGs) : null;
        }

        public BigDecimal meanWaitHours() {
            return GpuHours.hours(meanWaitSeconds);
        }

        public BigDecimal p90WaitHours() {
            return GpuHours.hours(p90WaitSeconds);
        }
    }

    public record SectorRow(Sector sector, int institutions, long allocatedGs, long usedGs,
                            BigDecimal allocatedKrw, BigDecimal usedKrw) {
    }

    public record ReclaimRow(String allocationId, String institutionId, String clusterId, int windowDays,
                             long allocatedGs, long usedGs, long idleGs, BigDecimal idleKrw, int zeroUseStreakDays,
                             int windowMissingDays, String status) {

        public static final String CANDIDATE = "CANDIDATE";
        public static final String UNVERIFIED = "UNVERIFIED";

        /** Idleness measured on every day of the window: only then is it a candidate. */
        public boolean verified() {
            return CANDIDATE.equals(status);
        }
    }

    /** Reclaim candidates whose idleness was measured on every day of their window. */
    public List<ReclaimRow> reclaimCandidates() {
        return reclaim.stream().filter(ReclaimRow::verified).toList();
    }

    /** Allocations that would be candidates but whose window has days without a job file: shown apart. */
    public List<ReclaimRow> reclaimUnverified() {
        return reclaim.stream().filter(r -> !r.verified()).toList();
    }

    public record MissingRow(String clusterId, LocalDate date, String kind) {

        public static final String JOBS = "jobs";

        /** A job file is missing: usage of that cluster-day is unknown, not 0. */
        public boolean jobFile() {
            return JOBS.equals(kind);
        }
    }

    /**
     * The cluster-days without a job file. Only these make a report provisional: a missing
     * telemetry file leaves usage complete and shows as the measured share of active idle.
     */
    public List<MissingRow> jobFileGaps() {
        return missing.stream().filter(MissingRow::jobFile).toList();
    }

    /** Usage of some cluster-day is unknown (its job file is missing): the figures may still change. */
    public boolean provisional() {
        return missing.stream().anyMatch(MissingRow::jobFile);
    }

    /** The summary every output shows, in its order: see {@link SummaryLines}. */
    public List<SummaryLine> summary() {
        return SummaryLines.of(this);
    }

    public record RejectRow(String file, int lineNo, String reason, String content) {
    }

    /** An input the figures came from: kind reference, jobs or telemetry; name relative to the data dir. */
    public record ProvenanceRow(String kind, String name, long sizeBytes, String sha256, String encoding,
                                Integer linesRead, Integer linesUsed, Integer linesNotStarted, Integer linesStep,
                                Integer linesRejected, String status) {
    }

    public record DayTotals(LocalDate day, long capacityGs, long allocatedGs, long usedGs) {
    }

    /** The same report with the outlook of its last day. */
    public PeriodReport withOutlook(List<OutlookRow> rows) {
        return new PeriodReport(period, operatorScope, clusters, institutions, sectors, reclaim, missing, rejects, days,
                provenance, operators, totals, dailyDetail, overCapacity, List.copyOf(rows));
    }

    /** The outlook's LOW allocations, the largest projected loss first. */
    public List<OutlookRow> outlookLow() {
        return outlook.stream().filter(OutlookRow::low).sorted(OutlookRow.LARGEST_LOSS_FIRST).toList();
    }

    /** Program totals of the period: the sum of the cluster rows. */
    public ClusterRow programTotals() {
        return totals.clusters();
    }
}
