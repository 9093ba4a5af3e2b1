package kr.gpuprogram.reports.report;

import java.util.ArrayList;
import java.util.List;
import kr.gpuprogram.reports.report.PeriodReport.ClusterRow;
import kr.gpuprogram.reports.report.PeriodReport.InstitutionRow;
import kr.gpuprogram.reports.report.PeriodReport.SectorRow;

/**
 * The summary of a report, defined once (SPEC "How the report reads to a manager"): every
 * indented breakdown adds up to the line above it, with each term it needs on a line of its own.
 * <ul>
 *   <li>used = used on allocations (by sector) + self-use + unattributed;</li>
 *   <li>idle = unallocated + allocated idle − over-use − self-use − unattributed + the correction the
 *   daily {@code max(0, …)} leave where allocations or use exceed capacity (shown only where it is not 0).</li>
 * </ul>
 * The correction is what is left of idle once the other terms are taken off, in exact GPU-seconds, so the
 * idle breakdown adds up by construction; per cluster-day it is use beyond capacity less over-allocation.
 */
public final class SummaryLines {

    public static final String CAPACITY = "capacity";
    public static final String ALLOCATED = "allocated";
    public static final String USED = "used";
    public static final String USED_ON_ALLOCATIONS = "used_on_allocations";
    public static final String SELF_USE = "self_use";
    public static final String UNATTRIBUTED = "unattributed";
    public static final String IDLE = "idle";
    public static final String UNALLOCATED = "unallocated";
    public static final String ALLOCATED_IDLE = "allocated_idle";
    public static final String IDLE_OVER_USE = "idle_less_over_use";
    public static final String IDLE_SELF_USE = "idle_less_self_use";
    public static final String IDLE_UNATTRIBUTED = "idle_less_unattributed";
    public static final String CAPACITY_CORRECTION = "capacity_correction";
    public static final String ACTIVE_IDLE = "active_idle";

    private SummaryLines() {
    }

    static List<SummaryLine> of(PeriodReport report) {
        Totals totals = report.totals();
        ClusterRow program = totals.clusters();
        InstitutionRow allocations = totals.institutions();
        long selfUse = totals.selfUseGs();
        List<SummaryLine> lines = new ArrayList<>();
        lines.add(SummaryLine.of(CAPACITY, null, 0, Term.CAPACITY, program.capacityGs()));
        lines.add(SummaryLine.of(ALLOCATED, null, 0, Term.ALLOCATED, program.allocatedGs()));
        lines.add(SummaryLine.of(USED, null, 0, Term.USED, program.usedGs()));
        lines.add(SummaryLine.of(USED_ON_ALLOCATIONS, USED, 1, Term.USED_ON_ALLOCATIONS, allocations.usedGs()));
        // the sectors sum the institutions: together they are the use on allocations
        for (SectorRow s : report.sectors()) {
            lines.add(SummaryLine.of(sectorLine(s.sector()), USED_ON_ALLOCATIONS, 2, s.sector().term(), s.usedGs()));
        }
        lines.add(SummaryLine.of(SELF_USE, USED, 1, Term.SELF_USE, selfUse));
        lines.add(SummaryLine.of(UNATTRIBUTED, USED, 1, Term.UNATTRIBUTED, program.unattributedGs()));
        lines.add(SummaryLine.of(IDLE, null, 0, Term.IDLE, program.idleGs()));
        lines.add(SummaryLine.of(UNALLOCATED, IDLE, 1, Term.UNALLOCATED, program.unallocatedGs()));
        lines.add(SummaryLine.of(ALLOCATED_IDLE, IDLE, 1, Term.ALLOCATED_IDLE, program.allocatedIdleGs()));
        lines.add(SummaryLine.of(IDLE_OVER_USE, IDLE, 1, Term.OVER_USE, -allocations.overUseGs()));
        lines.add(SummaryLine.of(IDLE_SELF_USE, IDLE, 1, Term.SELF_USE, -selfUse));
        lines.add(SummaryLine.of(IDLE_UNATTRIBUTED, IDLE, 1, Term.UNATTRIBUTED, -program.unattributedGs()));
        long correction = program.idleGs() - (program.unallocatedGs() + program.allocatedIdleGs()
                - allocations.overUseGs() - selfUse - program.unattributedGs());
        if (correction != 0) {
            lines.add(SummaryLine.of(CAPACITY_CORRECTION, IDLE, 1, Term.CAPACITY_CORRECTION, correction));
        }
        lines.add(new SummaryLine(ACTIVE_IDLE, null, 0, Term.ACTIVE_IDLE, program.activeIdleGs(), program.share()));
        return List.copyOf(lines);
    }

    /** {@code used_INDUSTRY}: a sector's line. */
    public static String sectorLine(Sector sector) {
        return USED + "_" + sector.name();
    }
}
