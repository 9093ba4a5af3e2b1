package kr.gpuprogram.reports.report.excel;

import kr.gpuprogram.reports.report.ReportColumn;
import kr.gpuprogram.reports.report.Term;
import kr.gpuprogram.reports.report.excel.WorkbookStyles.Kind;

/**
 * A workbook column: its Korean and English header (written on two lines of one cell) and the
 * kind of its cells. Built from glossary terms only, so that a sheet cannot name a figure
 * otherwise than the PDF and the mail do.
 */
record Column(String korean, String english, Kind kind) {

    /** The header of a column the CSV and the PDF show too: its term, with the unit its kind implies. */
    static Column of(ReportColumn<?> column) {
        if (column.unit() != null) {
            return of(column.kind() == ReportColumn.Kind.DURATION ? Kind.HOURS : Kind.valueOf(column.kind().name()),
                    column.term(), column.unit());
        }
        return switch (column.kind()) {
            case TEXT -> text(column.term());
            case DATE -> of(Kind.DATE, column.term());
            case HOURS -> hours(column.term());
            case DURATION -> of(Kind.HOURS, column.term(), Term.UNIT_HOURS);
            case PERCENT -> of(Kind.PERCENT, column.term());
            case KRW -> of(Kind.KRW, column.term(), Term.UNIT_KRW);
            case INTEGER -> of(Kind.INTEGER, column.term());
        };
    }

    static Column text(Term term) {
        return new Column(term.ko(), term.en(), Kind.TEXT);
    }

    /** GPU-hours: the unit follows the figure's name. */
    static Column hours(Term term) {
        return of(Kind.HOURS, term, Term.UNIT_GPU_HOURS);
    }

    static Column of(Kind kind, Term term) {
        return new Column(term.ko(), term.en(), kind);
    }

    static Column of(Kind kind, Term term, Term unit) {
        return new Column(term.ko(unit), term.en(unit), kind);
    }

    String header() {
        return korean + "\n" + english;
    }
}
