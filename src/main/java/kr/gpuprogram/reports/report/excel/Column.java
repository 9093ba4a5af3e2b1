package kr.gpuprogram.reports.report.excel;

import java.util.List;
import kr.gpuprogram.reports.report.ReportColumn;
import kr.gpuprogram.reports.report.Term;
import kr.gpuprogram.reports.report.excel.WorkbookStyles.Kind;

/**
 * A workbook column: its Korean and English header (written on two lines of one cell) and the
 * kind of its cells. Built from glossary terms only, so that a sheet cannot name a figure
 * otherwise than the PDF and the mail do.
 */
record Column(String korean, String english, Kind kind) {

    /** The header of a column the CSV and the PDF show too: its term, with its unit where it has one. */
    static Column of(ReportColumn<?> column) {
        Kind kind = switch (column.kind()) {
            case TEXT -> Kind.TEXT;
            case DATE -> Kind.DATE;
            case HOURS, ROUNDED_HOURS -> Kind.HOURS;
            case PERCENT -> Kind.PERCENT;
            case KRW -> Kind.KRW;
            case INTEGER -> Kind.INTEGER;
        };
        return column.unit() == null ? of(kind, column.term()) : of(kind, column.term(), column.unit());
    }

    /** The headers of a table's columns. */
    static List<Column> of(List<? extends ReportColumn<?>> columns) {
        return columns.stream().map(Column::of).toList();
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
