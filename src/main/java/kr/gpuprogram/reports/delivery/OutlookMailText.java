package kr.gpuprogram.reports.delivery;

import java.math.BigDecimal;
import java.util.List;
import kr.gpuprogram.reports.report.GroupedNumbers;
import kr.gpuprogram.reports.report.OutlookRow;
import kr.gpuprogram.reports.report.PeriodReport;
import kr.gpuprogram.reports.report.Term;
import kr.gpuprogram.reports.report.Wording;

/**
 * The outlook's lines of a mail: the report mail names its LOW allocations (the largest
 * projected loss first, the first 10, then how many more), and an institution's notice lists
 * its own allocations' outlook. Each allocation on one line, in the glossary's words.
 */
final class OutlookMailText {

    static final int NAMED = 10;

    private OutlookMailText() {
    }

    /** The report mail's LOW allocations, not only their count. */
    static void appendLow(StringBuilder text, PeriodReport figures) {
        List<OutlookRow> low = figures.outlookLow();
        text.append(Wording.MAIL_OUTLOOK_LOW.text(Term.OUTLOOK.pair(), Term.OUTLOOK_LOW.ko(), low.size()));
        if (low.isEmpty()) {
            text.append("  -\n\n");
            return;
        }
        low.stream().limit(NAMED).forEach(row -> text.append("  - ").append(line(row)).append('\n'));
        if (low.size() > NAMED) {
            text.append("  ... +").append(low.size() - NAMED).append('\n');
        }
        text.append('\n');
    }

    /**
     * {@code AL-1 한빛대학교 (hanbit-h100): 누적 사용률 8.75%, 예상 사용률 18.75%, 예상 미사용 2,340.00 GPU-h,
     * 7,020,000 KRW, 남은 일수 16}.
     */
    static String line(OutlookRow row) {
        String name = row.institutionName() == null ? row.institutionId() : row.institutionName();
        return row.allocationId() + " " + name + " (" + row.clusterId() + "): "
                + Term.USED_TO_DATE_PCT.ko() + " " + percent(row.usedToDatePct()) + ", "
                + Term.PROJECTED_USE_PCT.ko() + " " + percent(row.projectedUsePct()) + ", "
                + Term.PROJECTED_UNUSED.ko() + " " + GroupedNumbers.decimal(row.projectedUnusedGpuHours()) + " "
                + Term.UNIT_GPU_HOURS.en() + ", "
                + (row.projectedUnusedKrw() == null ? "-" : GroupedNumbers.krw(row.projectedUnusedKrw()) + " "
                        + Term.UNIT_KRW.en()) + ", "
                + Term.DAYS_LEFT.ko() + " " + row.daysLeft() + ", " + Term.STATUS.ko() + " " + row.status();
    }

    private static String percent(BigDecimal pct) {
        return pct == null ? "-" : pct.toPlainString() + "%";
    }
}
