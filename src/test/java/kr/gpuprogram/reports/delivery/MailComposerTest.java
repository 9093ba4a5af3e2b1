package kr.gpuprogram.reports.delivery;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import kr.gpuprogram.reports.report.PeriodReport;
import kr.gpuprogram.reports.report.PeriodReport.MissingRow;
import kr.gpuprogram.reports.report.PeriodReport.ReclaimRow;
import kr.gpuprogram.reports.report.SummaryLinesTest;
import org.junit.jupiter.api.Test;

/** The mail's text: the summary as the other outputs show it, completeness by kind, the candidates by name. */
class MailComposerTest {

    private static final long H = 3600;
    private static final LocalDate DAY = LocalDate.of(2026, 11, 5);

    @Test
    void theMailShowsTheSummaryIndentedWithTheMeasuredShareAndIsNotProvisionalForMissingTelemetry() {
        PeriodReport day = SummaryLinesTest.handWorkedDay(List.of(new MissingRow("grow", DAY, "telemetry"),
                new MissingRow("utc1", DAY, "telemetry")));

        String body = MailComposer.body(day, List.of("gpu-usage-2026-11-05.pdf"), new BigDecimal("80"));

        assertThat(MailComposer.subject(day)).doesNotContain("PROVISIONAL");
        assertThat(body).doesNotContain("PROVISIONAL")
                .contains("텔레메트리 파일 (활성 유휴만 측정되지 않음, 사용량은 완전함) / Telemetry files "
                        + "(active idle unmeasured; usage is complete): 2 cluster-day(s)\n  - grow: 2026-11-05\n")
                .contains("사용 / Used: 324.00 GPU-h\n"
                        + "  할당 사용 / Used on allocations: 300.00 GPU-h\n"
                        + "    산업 / Industry: 144.00 GPU-h\n")
                .contains("  초과 사용 / Over-use: -48.00 GPU-h\n"
                        + "  자체 사용 / Self-use: -20.00 GPU-h\n"
                        + "  미귀속 사용 / Unattributed: -4.00 GPU-h\n"
                        + "  용량 초과 보정 / Beyond-capacity correction: -48.00 GPU-h\n"
                        + "활성 유휴 / Active idle: 0.05 GPU-h · 측정 클러스터-일 / Measured cluster-days 1/3\n");
    }

    @Test
    void aMissingJobFileMakesTheMailProvisionalAndItsGapsComeFirst() {
        PeriodReport day = SummaryLinesTest.handWorkedDay(List.of(new MissingRow("utc1", DAY, "jobs"),
                new MissingRow("grow", DAY, "telemetry")));

        String body = MailComposer.body(day, List.of(), new BigDecimal("80"));

        assertThat(MailComposer.subject(day)).startsWith("[잠정/PROVISIONAL] ");
        assertThat(body).startsWith("[잠정 보고 / PROVISIONAL REPORT]\n");
        assertThat(body.indexOf("  - utc1: 2026-11-05")).isLessThan(body.indexOf("  - grow: 2026-11-05"));
    }

    @Test
    void theMailNamesTheFirstTenCandidatesAndCountsTheRest() {
        PeriodReport base = SummaryLinesTest.handWorkedDay(List.of());
        List<ReclaimRow> reclaim = new ArrayList<>();
        for (int i = 1; i <= 12; i++) {
            // window 14 days of 4 GPUs = 1,344 GPU-h; used i GPU-h; idle the rest at 3,000 KRW a GPU-h
            reclaim.add(new ReclaimRow(String.format("AL-%02d", i), "I-1", "demo", 14, 1344 * H, i * H,
                    (1344 - i) * H, BigDecimal.valueOf((1344 - i) * 3000L), 0, 0, ReclaimRow.CANDIDATE));
        }
        reclaim.add(new ReclaimRow("AL-99", "I-3", "grow", 14, 672 * H, 0, 672 * H, new BigDecimal("672000"), 14, 2,
                ReclaimRow.UNVERIFIED));
        PeriodReport day = new PeriodReport(base.period(), null, base.clusters(), base.institutions(), base.sectors(),
                reclaim, base.missing(), base.rejects(), base.days(), base.provenance(), base.operators());

        String body = MailComposer.body(day, List.of(), new BigDecimal("80"));

        assertThat(body).contains("회수 후보: 12건 / Reclaim candidates: 12\n"
                // 100 x 1 / 1,344 = 0.07 %; 1,343 GPU-h idle x 3,000 KRW
                + "  - AL-01 · 한빛대학교 (I-1) · 구간 사용률 0.07% · 구간 유휴 1,343.00 GPU-h · 4,029,000 KRW\n");
        assertThat(body).contains("  - AL-10 · 한빛대학교 (I-1) · 구간 사용률 0.74% · 구간 유휴 1,334.00 GPU-h · 4,002,000 KRW\n"
                + "  ... 외 2건 / and 2 more (reclaim.csv)\n");
        assertThat(body).doesNotContain("AL-11").doesNotContain("AL-99");
        assertThat(body).contains("확인 불가 / Unverified: 1\n");
    }
}
