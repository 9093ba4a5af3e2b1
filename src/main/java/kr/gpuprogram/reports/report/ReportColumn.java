package kr.gpuprogram.reports.report;

import java.math.BigDecimal;
import java.util.List;
import java.util.function.Function;

/**
 * One column of an output table, defined once for every output that shows the table: its name
 * (SPEC.md's CSV column, also the PDF template's field), its glossary term (the workbook's and
 * the PDF's header), the kind of its value and how the value is read from a row. Each writer
 * formats the value by its kind; none lists the columns again, so the CSV, the workbook and the
 * PDF cannot drift apart in order or meaning.
 *
 * <p>The value is exact and unformatted: {@link Kind#HOURS} a {@code Long} of GPU-seconds or a
 * {@link MeasuredHours}; {@link Kind#PERCENT} a percentage with 2 decimals (null: none);
 * {@link Kind#KRW} exact KRW (null: no rate); {@link Kind#INTEGER} a count; {@link Kind#TEXT} text.
 */
public record ReportColumn<R>(String name, Term term, Kind kind, Function<R, ?> value) {

    public enum Kind { TEXT, HOURS, PERCENT, KRW, INTEGER }

    public static <R> ReportColumn<R> text(String name, Term term, Function<R, String> value) {
        return new ReportColumn<>(name, term, Kind.TEXT, value);
    }

    public static <R> ReportColumn<R> hours(String name, Term term, Function<R, Long> value) {
        return new ReportColumn<>(name, term, Kind.HOURS, value);
    }

    /** Hours only telemetry measures: empty in every output where nothing was. */
    public static <R> ReportColumn<R> measured(String name, Term term, Function<R, MeasuredHours> value) {
        return new ReportColumn<>(name, term, Kind.HOURS, value);
    }

    public static <R> ReportColumn<R> percent(String name, Term term, Function<R, BigDecimal> value) {
        return new ReportColumn<>(name, term, Kind.PERCENT, value);
    }

    public static <R> ReportColumn<R> krw(String name, Term term, Function<R, BigDecimal> value) {
        return new ReportColumn<>(name, term, Kind.KRW, value);
    }

    public static <R> ReportColumn<R> integer(String name, Term term, Function<R, Long> value) {
        return new ReportColumn<>(name, term, Kind.INTEGER, value);
    }

    public Object of(R row) {
        return value.apply(row);
    }

    public static List<String> names(List<? extends ReportColumn<?>> columns) {
        return columns.stream().map(ReportColumn::name).toList();
    }
}
