package kr.gpuprogram.reports.ingest.reference;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import kr.gpuprogram.reports.ingest.reference.ReferenceData.ClusterPeriod;
import org.junit.jupiter.api.Test;

/** A cluster's capacity periods: in service from its first to its last day, both included; open without an end. */
class ClusterPeriodTest {

    private static ClusterPeriod period(String from, String to) {
        return new ClusterPeriod("grow", "op", "H200", 8, LocalDate.parse(from), to == null ? null : LocalDate.parse(to),
                "Asia/Seoul", null);
    }

    @Test
    void aClusterThatGrowsEndsOnePeriodTheDayBeforeTheNextBegins() {
        ClusterPeriod first = period("2026-01-01", "2026-11-15");
        assertThat(first.overlaps(period("2026-11-16", null))).isFalse();
        assertThat(period("2026-11-16", null).overlaps(first)).isFalse();
        // sharing a day, or two open periods, is one capacity counted twice
        assertThat(first.overlaps(period("2026-11-15", null))).isTrue();
        assertThat(period("2026-11-15", null).overlaps(first)).isTrue();
        assertThat(period("2026-01-01", null).overlaps(period("2026-06-01", null))).isTrue();
        assertThat(period("2026-03-01", "2026-03-31").overlaps(first)).isTrue();
    }

    @Test
    void itIsInServiceOnItsFirstAndLastDayAndNotAfter() {
        ClusterPeriod first = period("2026-01-01", "2026-11-15");
        assertThat(first.inServiceOn(LocalDate.parse("2025-12-31"))).isFalse();
        assertThat(first.inServiceOn(LocalDate.parse("2026-01-01"))).isTrue();
        assertThat(first.inServiceOn(LocalDate.parse("2026-11-15"))).isTrue();
        assertThat(first.inServiceOn(LocalDate.parse("2026-11-16"))).isFalse();
        assertThat(period("2026-11-16", null).inServiceOn(LocalDate.parse("2099-12-31"))).isTrue();
    }
}
