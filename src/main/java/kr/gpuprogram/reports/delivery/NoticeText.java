package kr.gpuprogram.reports.delivery;

import java.time.LocalDate;
import java.util.List;
import kr.gpuprogram.reports.report.OutlookRow;
import kr.gpuprogram.reports.report.Term;
import kr.gpuprogram.reports.report.Wording;

/**
 * The subject and text of an institution's notice, from that institution's outlook rows alone:
 * first the allocations that are why it is sent, then all its allocations' outlook.
 */
final class NoticeText {

    /** An allocation that turned LOW today, or that is 14 days from its end date. */
    record Reason(OutlookRow row, boolean turnedLow, boolean endsSoon) {
    }

    private NoticeText() {
    }

    static String subject(List<OutlookRow> rows, LocalDate day) {
        String name = rows.isEmpty() || rows.get(0).institutionName() == null
                ? rows.isEmpty() ? "" : rows.get(0).institutionId() : rows.get(0).institutionName();
        return Wording.NOTICE_SUBJECT.text(name, day);
    }

    static String body(List<OutlookRow> rows, List<Reason> reasons, LocalDate day) {
        StringBuilder text = new StringBuilder();
        String name = rows.get(0).institutionName() == null ? rows.get(0).institutionId() : rows.get(0).institutionName();
        text.append(Wording.NOTICE_INTRO.text(name, day)).append('\n')
                .append(Wording.NOTICE_INTRO_EN.text(day)).append("\n\n");
        for (Reason reason : reasons) {
            text.append("  - ").append(OutlookMailText.line(reason.row())).append(" [");
            if (reason.turnedLow()) {
                text.append(Wording.NOTICE_TURNED_LOW.text());
            }
            if (reason.endsSoon()) {
                text.append(reason.turnedLow() ? "; " : "").append(Wording.NOTICE_ENDS_SOON.text(InstitutionNotices.DAYS_BEFORE_END));
            }
            text.append("]\n");
        }
        text.append('\n').append(Term.OUTLOOK.pair()).append(":\n");
        rows.forEach(row -> text.append("  - ").append(OutlookMailText.line(row)).append('\n'));
        text.append('\n').append(Term.ATTACHED.pair()).append(": outlook.csv\n");
        return text.toString();
    }
}
