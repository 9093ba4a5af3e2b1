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

    private static ClusterRow sumClusters(List<ClusterRow> rows) {
        long[] s = new long[12];
        for (ClusterRow c : rows) {
            s[0] += c.capacityGs();
            s[1] += c.allocatedGs();
            s[2] += c.usedGs();
            s[3] += c.unattributedGs();
            s[4] += c.unallocatedGs();
            s[5] += c.overAllocatedGs();
            s[6] += c.allocatedIdleGs();
            s[7] += c.idleGs();
            s[8] += c.activeIdleGs();
            s[9] += c.utilSamples();
            s[10] += c.utilSum();
            s[11] += c.telemetryDays();
        }
        return new ClusterRow(TOTAL, "", "", s[0], s[1], s[2], s[3], s[4], s[5], s[6], s[7], s[8], s[9], s[10],
                (int) s[11]);
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

    /** KRW stays exact: rounding happens where it is written, as for every other figure. */
    private static InstitutionRow sumInstitutions(List<InstitutionRow> rows) {
        long[] s = new long[9];
        BigDecimal allocatedKrw = BigDecimal.ZERO;
        BigDecimal usedKrw = BigDecimal.ZERO;
        for (InstitutionRow i : rows) {
            s[0] += i.allocatedGs();
            s[1] += i.usedGs();
            s[2] += i.allocatedIdleGs();
            s[3] += i.overUseGs();
            s[4] += i.activeIdleGs();
            s[5] += i.utilSamples();
            s[6] += i.utilSum();
            s[7] += i.jobs();
            s[8] += i.telemetryDays();
            allocatedKrw = i.allocatedKrw() == null ? allocatedKrw : allocatedKrw.add(i.allocatedKrw());
            usedKrw = i.usedKrw() == null ? usedKrw : usedKrw.add(i.usedKrw());
        }
        return new InstitutionRow(TOTAL, "", null, s[0], s[1], s[2], s[3], s[4], s[5], s[6], s[7], allocatedKrw, usedKrw,
                (int) s[8]);
    }
}
