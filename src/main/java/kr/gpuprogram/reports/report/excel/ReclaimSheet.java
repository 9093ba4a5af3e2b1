package kr.gpuprogram.reports.report.excel;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import kr.gpuprogram.reports.ReportSettings;
import kr.gpuprogram.reports.report.PeriodReport;
import kr.gpuprogram.reports.report.PeriodReport.InstitutionRow;
import kr.gpuprogram.reports.report.PeriodReport.ReclaimRow;
import kr.gpuprogram.reports.report.ReportColumn;
import kr.gpuprogram.reports.report.ReportTables;
import kr.gpuprogram.reports.report.Term;
import kr.gpuprogram.reports.report.Wording;

/**
 * The Reclaim sheet: the reclaim candidates, then apart from them the allocations whose window
 * lacks job files (unverified), then the rule as configured.
 */
final class ReclaimSheet {

    static final String NAME = "Reclaim";

    private ReclaimSheet() {
    }

    static void write(PeriodReport figures, SheetWriter out, ReportSettings settings) {
        Map<String, String> names = new HashMap<>();
        for (InstitutionRow i : figures.institutions()) {
            names.put(i.institutionId(), i.institutionName());
        }
        List<ReportColumn<ReclaimRow>> columns = columns(names);
        int header = reclaimTable(out, columns, figures.reclaimCandidates(), figures.totals().reclaimCandidates(), true);
        out.skipRows(1);
        // idleness not measured on every day of the window is never a candidate: shown apart
        out.row().styled(Wording.UNVERIFIED_TITLE.text(Term.UNVERIFIED.ko(), Term.UNVERIFIED.en()), out.styles().subtitle);
        reclaimTable(out, columns, figures.reclaimUnverified(), figures.totals().reclaimUnverified(), false);
        out.skipRows(1);
        Object[] rule = {figures.period().to(), settings.reclaimMinAgeDays(), settings.reclaimWindowDays(),
                settings.reclaimThresholdPct().toPlainString()};
        out.row().styled(Wording.RECLAIM_RULE.text(rule), out.styles().note);
        out.row().styled(Wording.RECLAIM_RULE_EN.text(rule), out.styles().note);
        WorkbookWriter.finishTable(out, header);
    }

    /**
     * reclaim.csv's columns with the institution's name beside its id, for a reader; without the status, which
     * the sheet tells by its two tables.
     */
    static List<ReportColumn<ReclaimRow>> columns(Map<String, String> names) {
        return ReportColumn.inserted(ReportColumn.without(ReportTables.RECLAIM, "status"), "institution_id",
                ReportColumn.text("institution_name", Term.INSTITUTION, r -> names.getOrDefault(r.institutionId(), "")));
    }

    /**
     * A sheet has one filter: the candidates' table gets it. The total names itself in the first column and sums
     * the GPU-hours and the amount; a window's days and streaks are no sums.
     */
    private static int reclaimTable(SheetWriter out, List<ReportColumn<ReclaimRow>> columns, List<ReclaimRow> rows,
                                    ReclaimRow total, boolean filtered) {
        int header = out.header(Column.of(columns));
        for (ReclaimRow r : rows) {
            out.row().cells(columns, r);
        }
        if (filtered) {
            out.table(header, header + rows.size(), 0, columns.size() - 1);
        }
        SheetWriter row = out.totalsRow().text(Term.TOTAL.pair());
        for (ReportColumn<ReclaimRow> c : columns.subList(1, columns.size())) {
            if (c.kind() == ReportColumn.Kind.HOURS || c.kind() == ReportColumn.Kind.KRW) {
                row.cell(c.kind(), c.of(total));
            } else {
                row.blank();
            }
        }
        return header;
    }
}
