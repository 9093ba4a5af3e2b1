package kr.gpuprogram.reports.report.excel;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import kr.gpuprogram.reports.ReportSettings;
import kr.gpuprogram.reports.report.PeriodReport;
import kr.gpuprogram.reports.report.PeriodReport.InstitutionRow;
import kr.gpuprogram.reports.report.PeriodReport.ReclaimRow;
import kr.gpuprogram.reports.report.Term;
import kr.gpuprogram.reports.report.Wording;
import kr.gpuprogram.reports.report.excel.WorkbookStyles.Kind;

/**
 * The Reclaim sheet: the reclaim candidates, then apart from them the allocations whose window
 * lacks job files (unverified), then the rule as configured.
 */
final class ReclaimSheet {

    static final String NAME = "Reclaim";

    static final List<Column> COLUMNS = List.of(
            Column.text(Term.ALLOCATION_ID),
            Column.text(Term.INSTITUTION_ID),
            Column.text(Term.INSTITUTION),
            Column.text(Term.CLUSTER),
            Column.of(Kind.INTEGER, Term.WINDOW_DAYS),
            Column.hours(Term.WINDOW_ALLOCATED),
            Column.hours(Term.WINDOW_USED),
            Column.hours(Term.WINDOW_IDLE),
            Column.of(Kind.KRW, Term.WINDOW_IDLE_SUPPORT, Term.UNIT_KRW),
            Column.of(Kind.INTEGER, Term.ZERO_USE_STREAK_DAYS),
            Column.of(Kind.INTEGER, Term.WINDOW_MISSING_DAYS));

    private ReclaimSheet() {
    }

    static void write(PeriodReport figures, SheetWriter out, ReportSettings settings) {
        Map<String, String> names = new HashMap<>();
        for (InstitutionRow i : figures.institutions()) {
            names.put(i.institutionId(), i.institutionName());
        }
        int header = reclaimTable(out, figures.reclaimCandidates(), figures.totals().reclaimCandidates(), names, true);
        out.skipRows(1);
        // idleness not measured on every day of the window is never a candidate: shown apart
        out.row().styled(Wording.UNVERIFIED_TITLE.text(Term.UNVERIFIED.ko(), Term.UNVERIFIED.en()), out.styles().subtitle);
        reclaimTable(out, figures.reclaimUnverified(), figures.totals().reclaimUnverified(), names, false);
        out.skipRows(1);
        Object[] rule = {figures.period().to(), settings.reclaimMinAgeDays(), settings.reclaimWindowDays(),
                settings.reclaimThresholdPct().toPlainString()};
        out.row().styled(Wording.RECLAIM_RULE.text(rule), out.styles().note);
        out.row().styled(Wording.RECLAIM_RULE_EN.text(rule), out.styles().note);
        WorkbookWriter.finishTable(out, header);
    }

    /** A sheet has one filter: the candidates' table gets it. */
    private static int reclaimTable(SheetWriter out, List<ReclaimRow> rows, ReclaimRow total, Map<String, String> names,
                                    boolean filtered) {
        int header = out.header(COLUMNS);
        for (ReclaimRow r : rows) {
            out.row().text(r.allocationId()).text(r.institutionId()).text(names.getOrDefault(r.institutionId(), ""))
                    .text(r.clusterId()).integer(r.windowDays()).hours(r.allocatedGs()).hours(r.usedGs())
                    .hours(r.idleGs()).krw(r.idleKrw()).integer(r.zeroUseStreakDays()).integer(r.windowMissingDays());
        }
        if (filtered) {
            out.table(header, header + rows.size(), 0, COLUMNS.size() - 1);
        }
        out.totalsRow().text(Term.TOTAL.pair()).blank().blank().blank().blank().hours(total.allocatedGs())
                .hours(total.usedGs()).hours(total.idleGs()).krw(total.idleKrw()).blank().blank();
        return header;
    }
}
