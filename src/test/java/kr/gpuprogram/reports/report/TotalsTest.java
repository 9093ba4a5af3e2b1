package kr.gpuprogram.reports.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import kr.gpuprogram.reports.support.GlossaryFixture;
import org.junit.jupiter.api.Test;

/** The totals every output shows are summed once, with the figures, from the rows. */
class TotalsTest {

    private static final long HOUR = 3600;

    @Test
    void totalsAreTheSumsOfTheRows() {
        PeriodReport figures = GlossaryFixture.month();
        Totals totals = figures.totals();

        assertThat(totals.clusters().capacityGs()).isEqualTo(5760 * HOUR);
        assertThat(totals.clusters().activeIdleGs()).isEqualTo(3 * HOUR);
        assertThat(totals.clusters().measured()).isTrue();
        assertThat(totals.institutions().allocatedGs()).isEqualTo(5040 * HOUR);
        assertThat(totals.institutions().usedGs()).isEqualTo(56 * HOUR);
        assertThat(totals.institutions().jobs()).isEqualTo(6);
        assertThat(totals.allocatedKrw()).isEqualByComparingTo("15120000");
        assertThat(totals.usedKrw()).isEqualByComparingTo("168000");
        assertThat(totals.selfUseGs()).isEqualTo(12 * HOUR);
        // 57 of 5760 used; the institutions used 56 of their 5040 allocated (1 GPU-hour was unattributed)
        assertThat(totals.utilizationPct()).isEqualByComparingTo("0.99");
        assertThat(totals.allocationUtilizationPct()).isEqualByComparingTo("1.11");
        assertThat(figures.programTotals()).isSameAs(totals.clusters());
    }

    @Test
    void theReclaimTablesAreSummedApart() {
        PeriodReport month = GlossaryFixture.month();
        PeriodReport.ReclaimRow candidate = month.reclaim().get(0);
        PeriodReport.ReclaimRow unverified = new PeriodReport.ReclaimRow("AL-9", "I-1", "demo", 14, 100 * HOUR, 5 * HOUR,
                95 * HOUR, new BigDecimal("285000.5"), 0, 2, PeriodReport.ReclaimRow.UNVERIFIED);
        PeriodReport figures = new PeriodReport(month.period(), null, month.clusters(), month.institutions(),
                month.sectors(), java.util.List.of(candidate, unverified, candidate), month.missing(), month.rejects(),
                month.days(), month.provenance(), month.operators());

        assertThat(figures.totals().reclaimCandidates().idleGs()).isEqualTo(2 * candidate.idleGs());
        assertThat(figures.totals().reclaimCandidates().idleKrw()).isEqualByComparingTo(candidate.idleKrw().multiply(BigDecimal.valueOf(2)));
        assertThat(figures.totals().reclaimUnverified().allocatedGs()).isEqualTo(100 * HOUR);
        assertThat(figures.totals().reclaimUnverified().idleKrw()).as("exact until written").isEqualByComparingTo("285000.5");
    }

    @Test
    void theSectorsAddUpToTheInstitutionsTotal() {
        PeriodReport figures = GlossaryFixture.month();
        long allocated = figures.sectors().stream().mapToLong(PeriodReport.SectorRow::allocatedGs).sum();
        BigDecimal usedKrw = figures.sectors().stream().map(PeriodReport.SectorRow::usedKrw)
                .reduce(BigDecimal.ZERO, BigDecimal::add);

        assertThat(allocated).isEqualTo(figures.totals().institutions().allocatedGs());
        assertThat(usedKrw).isEqualByComparingTo(figures.totals().usedKrw());
        assertThat(figures.sectors()).extracting(PeriodReport.SectorRow::sector).containsExactly(Sector.values());
    }

    @Test
    void withoutRowsTheRatiosAreEmptyNotZero() {
        PeriodReport month = GlossaryFixture.month();
        PeriodReport empty = new PeriodReport(month.period(), null, java.util.List.of(), java.util.List.of(),
                PeriodReportQuery.sectors(java.util.List.of()), java.util.List.of(), java.util.List.of(),
                Rejects.NONE, java.util.List.of(), java.util.List.of(), java.util.List.of());

        assertThat(empty.totals().utilizationPct()).isNull();
        assertThat(empty.totals().allocationUtilizationPct()).isNull();
        assertThat(empty.totals().clusters().measured()).isFalse();
        assertThat(empty.totals().usedKrw()).isEqualByComparingTo("0");
    }
}
