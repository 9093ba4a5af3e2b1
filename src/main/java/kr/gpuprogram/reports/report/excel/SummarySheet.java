package kr.gpuprogram.reports.report.excel;

import static kr.gpuprogram.reports.figures.GpuHours.percent;

import java.util.List;
import kr.gpuprogram.reports.report.MissingDays;
import kr.gpuprogram.reports.report.PeriodReport;
import kr.gpuprogram.reports.report.PeriodReport.ClusterRow;
import kr.gpuprogram.reports.report.PeriodReport.DayTotals;
import kr.gpuprogram.reports.report.PeriodReport.InstitutionRow;
import kr.gpuprogram.reports.report.SummaryLine;
import kr.gpuprogram.reports.report.PeriodReport.MissingRow;
import kr.gpuprogram.reports.report.Term;
import kr.gpuprogram.reports.report.Wording;
import kr.gpuprogram.reports.report.excel.WorkbookStyles.Kind;

/**
 * The workbook's first sheet: the period's headline figures (the program totals), how complete
 * the inputs were, the daily totals of a longer period and the missing cluster-days.
 */
final class SummarySheet {

    static final String NAME = "Summary";

    static final List<Column> SUMMARY_COLUMNS = List.of(
            Column.text(Term.FIGURE),
            Column.text(Term.VALUE),
            Column.text(Term.UNIT));

    static final List<Column> DAILY_TOTAL_COLUMNS = List.of(
            Column.of(Kind.DATE, Term.DAY),
            Column.hours(Term.CAPACITY),
            Column.hours(Term.ALLOCATED),
            Column.hours(Term.USED),
            Column.of(Kind.PERCENT, Term.UTILIZATION));

    static final List<Column> MISSING_COLUMNS = List.of(
            Column.text(Term.CLUSTER),
            Column.text(Term.FILE_KIND),
            Column.of(Kind.INTEGER, Term.DAYS),
            Column.text(Term.DATES));

    private SummarySheet() {
    }

    /** Where the Summary's daily totals sit, for the line chart's references. */
    record Layout(int dailyHeaderRow, int dailyRows) {
    }

    static Layout write(PeriodReport figures, SheetWriter out) {
        WorkbookStyles styles = out.styles();
        out.row().styled(Term.REPORT_TITLE.pair(), styles.title);
        var period = figures.period();
        String span = period.isSingleDay() ? period.from().toString()
                : Wording.SPAN_DAYS.text(period.from(), period.to(), period.days());
        // Period, scope and notes run over the empty cells to their right: they do not size columns.
        out.row().text(Term.PERIOD.pair()).styled(span, styles.note);
        out.row().text(Term.SCOPE.pair()).styled(figures.operatorScope() == null ? Term.WHOLE_PROGRAM.pair()
                : Term.OPERATOR.pair() + " " + figures.operatorScope(), styles.note);
        out.skipRows(1);

        ClusterRow total = figures.totals().clusters();
        InstitutionRow allocations = figures.totals().institutions();
        int header = out.header(SUMMARY_COLUMNS);
        out.freezeAbove(header + 1);
        String gpuHours = Term.UNIT_GPU_HOURS.pair();
        String won = Term.UNIT_KRW.pair();
        String count = Term.UNIT_COUNT.pair();
        String cases = Term.UNIT_CASES.pair();
        // the summary as every output shows it: each indented line is a part of the line above it
        for (SummaryLine line : figures.summary()) {
            SheetWriter row = out.row().text("  ".repeat(line.depth()) + line.term().pair());
            row = line.known() ? row.hours(line.gpuSeconds()) : row.blank();
            row.styled(line.measured() == null ? gpuHours : line.measured().pair(gpuHours), styles.unit);
        }
        out.row().text(Term.UTILIZATION.pair()).percent(figures.totals().utilizationPct())
                .styled(Wording.UTILIZATION_RULE.text(), styles.unit);
        out.row().text(Term.ALLOCATION_UTILIZATION.pair()).percent(figures.totals().allocationUtilizationPct())
                .styled(Wording.ALLOCATION_UTILIZATION_RULE.text(), styles.unit);
        out.row().text(Term.ALLOCATED_SUPPORT.pair()).krw(figures.totals().allocatedKrw()).styled(won, styles.unit);
        out.row().text(Term.USED_SUPPORT.pair()).krw(figures.totals().usedKrw()).styled(won, styles.unit);
        out.row().text(Term.CLUSTER_COUNT.pair()).integer(figures.clusters().size()).styled(count, styles.unit);
        out.row().text(Term.INSTITUTION_COUNT.pair()).integer(figures.institutions().size()).styled(count, styles.unit);
        out.row().text(Term.JOBS.pair()).integer(allocations.jobs()).styled(cases, styles.unit);
        out.row().text(Term.RECLAIM_CANDIDATES.pair()).integer(figures.reclaimCandidates().size()).styled(cases, styles.unit);
        out.row().text(Term.UNVERIFIED.pair()).integer(figures.reclaimUnverified().size()).styled(cases, styles.unit);
        out.row().text(Term.REJECTED_INPUT_LINES.pair()).integer(figures.rejects().count())
                .styled(Term.UNIT_LINES.pair(), styles.unit);
        out.skipRows(1);

        out.row().styled(Term.DATA_COMPLETENESS.pair(), styles.subtitle);
        List<MissingRow> missing = figures.missing();
        int jobGaps = figures.jobFileGaps().size();
        if (missing.isEmpty()) {
            out.row().styled(Wording.COMPLETE_BOTH.text(), styles.note);
        } else if (jobGaps > 0) {
            // provisional from job-file gaps alone: those leave usage unknown
            out.row().styled(Wording.PROVISIONAL_MAY_CHANGE.text(Term.PROVISIONAL.pair()), styles.note);
            out.row().styled(Wording.MISSING_LISTED_BELOW.text(Term.CLUSTER_DAYS_WITHOUT_FILE.ko(), missing.size()), styles.note);
            out.row().styled(Wording.MISSING_LISTED_BELOW_EN.text(missing.size()), styles.note);
        }
        if (missing.size() > jobGaps) {
            String share = total.share().days() + "/" + total.share().of();
            out.row().styled(Wording.TELEMETRY_GAPS_ONLY.text(missing.size() - jobGaps,
                    Term.MEASURED_CLUSTER_DAYS.ko() + " " + share), styles.note);
            out.row().styled(Wording.TELEMETRY_GAPS_ONLY_EN.text(missing.size() - jobGaps, share + " cluster-days"), styles.note);
        }
        for (String line : kr.gpuprogram.reports.report.OverCapacity.lines(figures.overCapacity())) {
            out.row().styled(line, styles.note);
        }
        if (!figures.reclaimUnverified().isEmpty()) {
            out.row().styled(Wording.UNVERIFIED_APART_SHEET.text(figures.reclaimUnverified().size()), styles.note);
            out.row().styled(Wording.UNVERIFIED_APART_SHEET_EN.text(figures.reclaimUnverified().size()), styles.note);
        }
        out.skipRows(1);

        int dailyHeader = -1;
        List<DayTotals> days = figures.days();
        if (!period.isSingleDay()) {
            out.row().styled(Term.DAILY_TOTALS.pair(), styles.subtitle);
            dailyHeader = out.header(DAILY_TOTAL_COLUMNS);
            for (DayTotals d : days) {
                out.row().date(d.day()).hours(d.capacityGs()).hours(d.allocatedGs()).hours(d.usedGs())
                        .percent(percent(d.usedGs(), d.capacityGs()));
            }
            out.table(dailyHeader, dailyHeader + days.size(), 0, DAILY_TOTAL_COLUMNS.size() - 1);
            out.skipRows(1);
        }

        if (!missing.isEmpty()) {
            out.row().styled(Term.CLUSTER_DAYS_WITHOUT_FILE.pair(), styles.subtitle);
            out.header(MISSING_COLUMNS);
            for (MissingDays group : MissingDays.group(missing)) {
                out.row().text(group.clusterId()).text(group.kind()).integer(group.days()).text(group.ranges());
            }
        }
        out.measure(1, 14);
        out.measure(2, 14);
        out.sizeColumns();
        out.printLandscapeOnePageWide(-1);
        return new Layout(dailyHeader, days.size());
    }
}
