package kr.gpuprogram.reports.report;

import static kr.gpuprogram.reports.report.ReportColumn.date;
import static kr.gpuprogram.reports.report.ReportColumn.duration;
import static kr.gpuprogram.reports.report.ReportColumn.hours;
import static kr.gpuprogram.reports.report.ReportColumn.integer;
import static kr.gpuprogram.reports.report.ReportColumn.krw;
import static kr.gpuprogram.reports.report.ReportColumn.measured;
import static kr.gpuprogram.reports.report.ReportColumn.percent;
import static kr.gpuprogram.reports.report.ReportColumn.roundedHours;
import static kr.gpuprogram.reports.report.ReportColumn.text;

import java.util.List;
import kr.gpuprogram.reports.figures.GpuHours;
import kr.gpuprogram.reports.report.PeriodReport.ClusterRow;
import kr.gpuprogram.reports.report.PeriodReport.InstitutionRow;
import kr.gpuprogram.reports.report.PeriodReport.OperatorRow;
import kr.gpuprogram.reports.report.PeriodReport.ReclaimRow;
import kr.gpuprogram.reports.report.PeriodReport.SectorRow;

/**
 * The columns of the tables that the CSV extracts, the workbook and the PDF all show, in
 * SPEC.md's order: clusters.csv, institutions.csv, sectors.csv, reclaim.csv, operators.csv and outlook.csv. A PDF table
 * shows the columns its template declares fields for; a workbook sheet shows all of them (the clusters' and
 * institutions' with the measured share after them), but where its writer names the difference with
 * {@link ReportColumn#without}, {@link ReportColumn#inserted} or {@link ReportColumn#plus}.
 */
public final class ReportTables {

    public static final List<ReportColumn<ClusterRow>> CLUSTERS = List.of(
            text("cluster_id", Term.CLUSTER, ClusterRow::clusterId),
            text("operator_id", Term.OPERATOR, ClusterRow::operatorId),
            text("gpu_model", Term.GPU_MODEL, ClusterRow::gpuModel),
            hours("capacity_gpu_hours", Term.CAPACITY, ClusterRow::capacityGs),
            hours("allocated_gpu_hours", Term.ALLOCATED, ClusterRow::allocatedGs),
            hours("used_gpu_hours", Term.USED, ClusterRow::usedGs),
            hours("unattributed_gpu_hours", Term.UNATTRIBUTED, ClusterRow::unattributedGs),
            hours("unallocated_gpu_hours", Term.UNALLOCATED, ClusterRow::unallocatedGs),
            hours("allocated_idle_gpu_hours", Term.ALLOCATED_IDLE, ClusterRow::allocatedIdleGs),
            hours("idle_gpu_hours", Term.IDLE, ClusterRow::idleGs),
            measured("active_idle_gpu_hours", Term.ACTIVE_IDLE, ClusterRow::activeIdle),
            percent("utilization_pct", Term.UTILIZATION, c -> GpuHours.percent(c.usedGs(), c.capacityGs())),
            hours("over_allocated_gpu_hours", Term.OVER_ALLOCATED, ClusterRow::overAllocatedGs),
            percent("mean_gpu_util", Term.MEAN_GPU_UTIL, c -> GpuHours.mean(c.utilSum(), c.utilSamples())));

    public static final List<ReportColumn<InstitutionRow>> INSTITUTIONS = List.of(
            text("institution_id", Term.INSTITUTION_ID, InstitutionRow::institutionId),
            text("institution_name", Term.INSTITUTION, InstitutionRow::institutionName),
            text("sector", Term.SECTOR, i -> i.sector().name()),
            hours("allocated_gpu_hours", Term.ALLOCATED, InstitutionRow::allocatedGs),
            hours("used_gpu_hours", Term.USED, InstitutionRow::usedGs),
            hours("allocated_idle_gpu_hours", Term.ALLOCATED_IDLE, InstitutionRow::allocatedIdleGs),
            measured("active_idle_gpu_hours", Term.ACTIVE_IDLE, InstitutionRow::activeIdle),
            percent("allocation_utilization_pct", Term.ALLOCATION_UTILIZATION,
                    i -> GpuHours.percent(i.usedGs(), i.allocatedGs())),
            integer("jobs", Term.JOBS, InstitutionRow::jobs),
            krw("allocated_krw", Term.ALLOCATED_SUPPORT, InstitutionRow::allocatedKrw),
            krw("used_krw", Term.USED_SUPPORT, InstitutionRow::usedKrw),
            hours("over_use_gpu_hours", Term.OVER_USE, InstitutionRow::overUseGs),
            percent("mean_gpu_util", Term.MEAN_GPU_UTIL, i -> GpuHours.mean(i.utilSum(), i.utilSamples())));

    public static final List<ReportColumn<SectorRow>> SECTORS = List.of(
            text("sector", Term.SECTOR, s -> s.sector().name()),
            integer("institutions", Term.INSTITUTION_COUNT, s -> (long) s.institutions()),
            hours("allocated_gpu_hours", Term.ALLOCATED, SectorRow::allocatedGs),
            hours("used_gpu_hours", Term.USED, SectorRow::usedGs),
            percent("allocation_utilization_pct", Term.ALLOCATION_UTILIZATION,
                    s -> GpuHours.percent(s.usedGs(), s.allocatedGs())),
            krw("allocated_krw", Term.ALLOCATED_SUPPORT, SectorRow::allocatedKrw),
            krw("used_krw", Term.USED_SUPPORT, SectorRow::usedKrw));

    /** The reclaim rule's allocations: the candidates and, apart, the unverified ones (status). */
    public static final List<ReportColumn<ReclaimRow>> RECLAIM = List.of(
            text("allocation_id", Term.ALLOCATION_ID, ReclaimRow::allocationId),
            text("institution_id", Term.INSTITUTION_ID, ReclaimRow::institutionId),
            text("cluster_id", Term.CLUSTER, ReclaimRow::clusterId),
            integer("window_days", Term.WINDOW_DAYS, r -> (long) r.windowDays()),
            hours("window_allocated_gpu_hours", Term.WINDOW_ALLOCATED, ReclaimRow::allocatedGs),
            hours("window_used_gpu_hours", Term.WINDOW_USED, ReclaimRow::usedGs),
            hours("window_idle_gpu_hours", Term.WINDOW_IDLE, ReclaimRow::idleGs),
            krw("window_idle_krw", Term.WINDOW_IDLE_SUPPORT, ReclaimRow::idleKrw),
            integer("zero_use_streak_days", Term.ZERO_USE_STREAK_DAYS, r -> (long) r.zeroUseStreakDays()),
            integer("window_missing_days", Term.WINDOW_MISSING_DAYS, r -> (long) r.windowMissingDays()),
            text("status", Term.STATUS, ReclaimRow::status));

    /**
     * The operator scorecard, one row per cluster. A figure that was not measured is null (empty in every
     * output): waiting without a Submit column, the waits without a started job, the telemetry columns
     * without telemetry.
     */
    public static final List<ReportColumn<OperatorRow>> OPERATORS = List.of(
            text("operator_id", Term.OPERATOR_ID, OperatorRow::operatorId),
            text("operator_name", Term.OPERATOR, OperatorRow::operatorName),
            text("cluster_id", Term.CLUSTER, OperatorRow::clusterId),
            hours("capacity_gpu_hours", Term.CAPACITY, OperatorRow::capacityGs),
            hours("used_gpu_hours", Term.USED, OperatorRow::usedGs),
            hours("self_use_gpu_hours", Term.SELF_USE, OperatorRow::selfUseGs),
            hours("self_use_on_unallocated_gpu_hours", Term.SELF_USE_ON_UNALLOCATED, OperatorRow::selfUseOnUnallocatedGs),
            hours("self_use_on_allocated_gpu_hours", Term.SELF_USE_ON_ALLOCATED, OperatorRow::selfUseOnAllocatedGs),
            krw("self_use_krw", Term.SELF_USE_SUPPORT, OperatorRow::selfUseKrw),
            hours("waiting_during_self_use_gpu_hours", Term.WAITING_DURING_SELF_USE,
                    o -> o.waitingMeasured() ? o.waitingDuringSelfUseGs() : null),
            integer("jobs_started", Term.JOBS_STARTED, o -> o.waitsMeasured() ? (long) o.jobsStarted() : null),
            duration("mean_wait_hours", Term.MEAN_WAIT, OperatorRow::meanWaitHours),
            duration("p90_wait_hours", Term.P90_WAIT, OperatorRow::p90WaitHours),
            hours("observed_job_gpu_hours", Term.OBSERVED_JOB, o -> o.measured() ? o.observedJobGs() : null),
            percent("telemetry_coverage_pct", Term.TELEMETRY_COVERAGE, OperatorRow::coveragePct),
            integer("jobs_without_samples", Term.JOBS_WITHOUT_SAMPLES, o -> o.measured() ? o.jobsWithoutSamples() : null),
            hours("unknown_job_sample_gpu_hours", Term.UNKNOWN_JOB_SAMPLES,
                    o -> o.measured() ? o.unknownJobSampleGs() : null));

    /** outlook.csv: every allocation active on the period's last day and where its term is heading. */
    public static final List<ReportColumn<OutlookRow>> OUTLOOK = List.of(
            text("allocation_id", Term.ALLOCATION_ID, OutlookRow::allocationId),
            text("institution_id", Term.INSTITUTION_ID, OutlookRow::institutionId),
            text("cluster_id", Term.CLUSTER, OutlookRow::clusterId),
            date("start_date", Term.START_DATE, OutlookRow::startDate),
            date("end_date", Term.END_DATE, OutlookRow::endDate),
            hours("term_allocated_gpu_hours", Term.TERM_ALLOCATED, OutlookRow::termGs),
            hours("used_to_date_gpu_hours", Term.USED_TO_DATE, OutlookRow::usedToDateGs),
            percent("used_to_date_pct", Term.USED_TO_DATE_PCT, OutlookRow::usedToDatePct),
            percent("elapsed_pct", Term.ELAPSED_PCT, OutlookRow::elapsedPct),
            integer("days_left", Term.DAYS_LEFT, o -> (long) o.daysLeft()),
            roundedHours("pace_gpu_hours_per_day", Term.PACE, OutlookRow::paceGpuHoursPerDay).in(Term.UNIT_GPU_HOURS_PER_DAY),
            roundedHours("projected_used_gpu_hours", Term.PROJECTED_USED, OutlookRow::projectedUsedGpuHours),
            percent("projected_use_pct", Term.PROJECTED_USE_PCT, OutlookRow::projectedUsePct),
            roundedHours("projected_unused_gpu_hours", Term.PROJECTED_UNUSED, OutlookRow::projectedUnusedGpuHours),
            krw("projected_unused_krw", Term.PROJECTED_UNUSED_SUPPORT, OutlookRow::projectedUnusedKrw),
            integer("window_missing_days", Term.WINDOW_MISSING_DAYS, o -> (long) o.windowMissingDays()),
            text("status", Term.STATUS, OutlookRow::status));

    private ReportTables() {
    }
}
