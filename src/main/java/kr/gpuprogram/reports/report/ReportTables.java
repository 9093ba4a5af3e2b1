package kr.gpuprogram.reports.report;

import static kr.gpuprogram.reports.report.ReportColumn.hours;
import static kr.gpuprogram.reports.report.ReportColumn.integer;
import static kr.gpuprogram.reports.report.ReportColumn.krw;
import static kr.gpuprogram.reports.report.ReportColumn.measured;
import static kr.gpuprogram.reports.report.ReportColumn.percent;
import static kr.gpuprogram.reports.report.ReportColumn.text;

import java.util.List;
import kr.gpuprogram.reports.figures.GpuHours;
import kr.gpuprogram.reports.report.PeriodReport.ClusterRow;
import kr.gpuprogram.reports.report.PeriodReport.InstitutionRow;
import kr.gpuprogram.reports.report.PeriodReport.SectorRow;

/**
 * The columns of the tables that the CSV extracts, the workbook and the PDF all show, in
 * SPEC.md's order: clusters.csv, institutions.csv and sectors.csv. A PDF table shows the columns its template
 * declares fields for, a workbook sheet all of them and the measured share after them.
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

    private ReportTables() {
    }
}
