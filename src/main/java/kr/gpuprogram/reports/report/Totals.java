package kr.gpuprogram.reports.report;

import java.math.BigDecimal;
import java.util.List;
import kr.gpuprogram.reports.figures.GpuHours;
import kr.gpuprogram.reports.report.PeriodReport.ClusterRow;
import kr.gpuprogram.reports.report.PeriodReport.InstitutionRow;
import kr.gpuprogram.reports.report.PeriodReport.OperatorRow;
import kr.gpuprogram.reports.report.PeriodReport.ReclaimRow;

/**
 * A period's totals, summed once when its figures are read, so that the workbook, the PDF and
 * the mail show the same sums. {@code clusters} is the program's capacity side (the sum of the
 * cluster rows); {@code institutions} the allocation side (the sum of the institution rows,
 * which is also the sum of the sector rows, since sectors sum the institutions); the reclaim
 * totals sum the candidates and, apart, the unverified allocations.
 */
public record Totals(ClusterRow clusters, InstitutionRow institutions, long selfUseGs, ReclaimRow reclaimCandidates,
                     ReclaimRow reclaimUnverified) {

    static final String TOTAL = "TOTAL";

    static Totals of(List<ClusterRow> clusters, List<InstitutionRow> institutions, List<OperatorRow> operators,
                     List<ReclaimRow> reclaim) {
        return new Totals(sumClusters(clusters), sumInstitutions(institutions),
                operators.stream().mapToLong(OperatorRow::selfUseGs).sum(),
                sumReclaim(reclaim.stream().filter(ReclaimRow::verified).toList()),
                sumReclaim(reclaim.stream().filter(r -> !r.verified()).toList()));
    }

    /** Used ÷ capacity, in percent with 2 decimals; null without capacity. */
    public BigDecimal utilizationPct() {
        return GpuHours.percent(clusters.usedGs(), clusters.capacityGs());
    }

    /** Used ÷ allocated over the institutions (use of allocations only), in percent; null without allocation. */
    public BigDecimal allocationUtilizationPct() {
        return GpuHours.percent(institutions.usedGs(), institutions.allocatedGs());
    }

    public BigDecimal allocatedKrw() {
        return institutions.allocatedKrw();
    }

    public BigDecimal usedKrw() {
        return institutions.usedKrw();
    }

    /** Named sums of the cluster rows: each field is the column of the same name, summed. */
    private static ClusterRow sumClusters(List<ClusterRow> rows) {
        long capacity = 0;
        long allocated = 0;
        long used = 0;
        long unattributed = 0;
        long unallocated = 0;
        long overAllocated = 0;
        long allocatedIdle = 0;
        long idle = 0;
        long activeIdle = 0;
        long utilSamples = 0;
        long utilSum = 0;
        int telemetryDays = 0;
        int serviceDays = 0;
        for (ClusterRow c : rows) {
            capacity += c.capacityGs();
            allocated += c.allocatedGs();
            used += c.usedGs();
            unattributed += c.unattributedGs();
            unallocated += c.unallocatedGs();
            overAllocated += c.overAllocatedGs();
            allocatedIdle += c.allocatedIdleGs();
            idle += c.idleGs();
            activeIdle += c.activeIdleGs();
            utilSamples += c.utilSamples();
            utilSum += c.utilSum();
            telemetryDays += c.telemetryDays();
            serviceDays += c.serviceDays();
        }
        return new ClusterRow(TOTAL, "", "", capacity, allocated, used, unattributed, unallocated, overAllocated,
                allocatedIdle, idle, activeIdle, utilSamples, utilSum, telemetryDays, serviceDays);
    }

    /** The window figures of a reclaim table; KRW exact. */
    private static ReclaimRow sumReclaim(List<ReclaimRow> rows) {
        long allocated = 0;
        long used = 0;
        long idle = 0;
        BigDecimal idleKrw = BigDecimal.ZERO;
        for (ReclaimRow r : rows) {
            allocated += r.allocatedGs();
            used += r.usedGs();
            idle += r.idleGs();
            idleKrw = r.idleKrw() == null ? idleKrw : idleKrw.add(r.idleKrw());
        }
        return new ReclaimRow(TOTAL, "", "", 0, allocated, used, idle, idleKrw, 0, 0, "");
    }

    /**
     * Named sums of the institution rows; KRW stays exact: rounding happens where it is written, as for every
     * other figure. The measured cluster-days are summed as the institutions count them (a cluster shared by two
     * institutions counts for each): the share is what the rows above the total show, added up.
     */
    private static InstitutionRow sumInstitutions(List<InstitutionRow> rows) {
        long allocated = 0;
        long used = 0;
        long allocatedIdle = 0;
        long overUse = 0;
        long activeIdle = 0;
        long utilSamples = 0;
        long utilSum = 0;
        long jobs = 0;
        int telemetryDays = 0;
        int serviceDays = 0;
        BigDecimal allocatedKrw = BigDecimal.ZERO;
        BigDecimal usedKrw = BigDecimal.ZERO;
        for (InstitutionRow i : rows) {
            allocated += i.allocatedGs();
            used += i.usedGs();
            allocatedIdle += i.allocatedIdleGs();
            overUse += i.overUseGs();
            activeIdle += i.activeIdleGs();
            utilSamples += i.utilSamples();
            utilSum += i.utilSum();
            jobs += i.jobs();
            telemetryDays += i.telemetryDays();
            serviceDays += i.serviceDays();
            allocatedKrw = i.allocatedKrw() == null ? allocatedKrw : allocatedKrw.add(i.allocatedKrw());
            usedKrw = i.usedKrw() == null ? usedKrw : usedKrw.add(i.usedKrw());
        }
        return new InstitutionRow(TOTAL, "", null, allocated, used, allocatedIdle, overUse, activeIdle, utilSamples,
                utilSum, jobs, allocatedKrw, usedKrw, telemetryDays, serviceDays);
    }
}
