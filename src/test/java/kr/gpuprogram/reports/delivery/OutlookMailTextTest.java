package kr.gpuprogram.reports.delivery;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import kr.gpuprogram.reports.report.OutlookRow;
import kr.gpuprogram.reports.support.GlossaryFixture;
import org.junit.jupiter.api.Test;

/** The outlook's mail lines from SPEC.md's worked P-1, without Spring. */
class OutlookMailTextTest {

    private static final long HOUR = 3600;

    /** SPEC.md's P-1 on 11-14: 4 GPUs x 30 days, 252 GPU-h used, all of it in its 14-day window. */
    static OutlookRow p1(String id, long usedHours) {
        return new OutlookRow(id, "I-1", "한빛대학교", "연구", "demo", LocalDate.parse("2026-11-01"),
                LocalDate.parse("2026-11-30"), 2880 * HOUR, usedHours * HOUR, 14, 30, 16, 14, usedHours * HOUR,
                new BigDecimal("3000"), 0, OutlookRow.LOW);
    }

    @Test
    void aLowAllocationOnOneLineWithItsFigures() {
        assertThat(OutlookMailText.line(p1("P-1", 252))).isEqualTo("P-1 한빛대학교 (demo): 누적 사용률 8.75%, "
                + "예상 사용률 18.75%, 예상 미사용 2,340.00 GPU-h, 7,020,000 KRW, 남은 일수 16, 상태 LOW");
    }

    @Test
    void theMailNamesTheFirstTenLargestLossesThenHowManyMore() {
        List<OutlookRow> rows = new ArrayList<>();
        for (int i = 1; i <= 12; i++) {
            rows.add(p1("A-%02d".formatted(i), 10L * i)); // A-01 uses least: the largest loss
        }
        StringBuilder text = new StringBuilder();
        OutlookMailText.appendLow(text, GlossaryFixture.month().withOutlook(rows));

        assertThat(text.toString()).startsWith("할당 전망 / Allocation outlook — 저조 (LOW) 12건, 예상 미사용 금액이 큰 순서 / "
                + "largest projected loss first:\n  - A-01 ")
                .contains("  - A-10 ").doesNotContain("A-11", "A-12").endsWith("  ... +2\n\n");
    }
}
