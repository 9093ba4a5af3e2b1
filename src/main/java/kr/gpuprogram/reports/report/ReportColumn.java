package kr.gpuprogram.reports.report;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
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
 * {@link MeasuredHours}; {@link Kind#ROUNDED_HOURS} hours already rounded to 2 decimals, of time (a wait,
 * unit h) or of GPU time a rule projects (unit GPU-h); {@link Kind#DATE} a {@code LocalDate};
 * {@link Kind#PERCENT} a percentage with 2 decimals; {@link Kind#KRW} exact KRW (null: no rate);
 * {@link Kind#INTEGER} a count; {@link Kind#TEXT} text. A null figure was not measured (no telemetry,
 * no Submit column, no started job): every output leaves its cell empty, none shows 0. The unit is the
 * one a header shows; null where the kind has none (a count, a percentage, text).
 *
 * <p>An output that shows a table otherwise than the CSV does says so with {@link #without} (a column
 * it tells in another way), {@link #inserted} and {@link #plus} (columns of its own, which the CSV
 * does not have), applied to the table's columns rather than listing them again.
 */
public record ReportColumn<R>(String name, Term term, Kind kind, Term unit, Function<R, ?> value) {

    public enum Kind { TEXT, DATE, HOURS, ROUNDED_HOURS, PERCENT, KRW, INTEGER }

    public static <R> ReportColumn<R> text(String name, Term term, Function<R, String> value) {
        return new ReportColumn<>(name, term, Kind.TEXT, null, value);
    }

    public static <R> ReportColumn<R> date(String name, Term term, Function<R, LocalDate> value) {
        return new ReportColumn<>(name, term, Kind.DATE, null, value);
    }

    public static <R> ReportColumn<R> hours(String name, Term term, Function<R, Long> value) {
        return new ReportColumn<>(name, term, Kind.HOURS, Term.UNIT_GPU_HOURS, value);
    }

    /** GPU-hours that a rule computes already rounded to 2 decimals (a projection, a pace), not summed GPU-seconds. */
    public static <R> ReportColumn<R> roundedHours(String name, Term term, Function<R, BigDecimal> value) {
        return new ReportColumn<>(name, term, Kind.ROUNDED_HOURS, Term.UNIT_GPU_HOURS, value);
    }

    /** Hours only telemetry measures: empty in every output where nothing was. */
    public static <R> ReportColumn<R> measured(String name, Term term, Function<R, MeasuredHours> value) {
        return new ReportColumn<>(name, term, Kind.HOURS, Term.UNIT_GPU_HOURS, value);
    }

    /** Hours of time (a wait), already rounded to 2 decimals; the unit is h, not GPU-h. */
    public static <R> ReportColumn<R> duration(String name, Term term, Function<R, BigDecimal> value) {
        return new ReportColumn<>(name, term, Kind.ROUNDED_HOURS, Term.UNIT_HOURS, value);
    }

    public static <R> ReportColumn<R> percent(String name, Term term, Function<R, BigDecimal> value) {
        return new ReportColumn<>(name, term, Kind.PERCENT, null, value);
    }

    public static <R> ReportColumn<R> krw(String name, Term term, Function<R, BigDecimal> value) {
        return new ReportColumn<>(name, term, Kind.KRW, Term.UNIT_KRW, value);
    }

    public static <R> ReportColumn<R> integer(String name, Term term, Function<R, Long> value) {
        return new ReportColumn<>(name, term, Kind.INTEGER, null, value);
    }

    /** The column with another unit than its kind's (GPU-hours a day, not GPU-hours), for the headers that show units. */
    public ReportColumn<R> in(Term unit) {
        return new ReportColumn<>(name, term, kind, unit, value);
    }

    public Object of(R row) {
        return value.apply(row);
    }

    public static List<String> names(List<? extends ReportColumn<?>> columns) {
        return columns.stream().map(ReportColumn::name).toList();
    }

    /** The position of the column named {@code name}; fails where there is none. */
    public static int indexOf(List<? extends ReportColumn<?>> columns, String name) {
        int index = names(columns).indexOf(name);
        if (index < 0) {
            throw new IllegalArgumentException("no column " + name + " in " + names(columns));
        }
        return index;
    }

    /** The columns but the ones named: an output that tells them otherwise leaves them out. */
    public static <R> List<ReportColumn<R>> without(List<ReportColumn<R>> columns, String... names) {
        List<String> left = List.of(names);
        left.forEach(n -> indexOf(columns, n));
        return columns.stream().filter(c -> !left.contains(c.name())).toList();
    }

    /** The columns with an output's own columns (not the CSV's) right after the column named {@code after}. */
    @SafeVarargs
    public static <R> List<ReportColumn<R>> inserted(List<ReportColumn<R>> columns, String after,
                                                     ReportColumn<R>... extra) {
        int at = indexOf(columns, after) + 1;
        List<ReportColumn<R>> out = new ArrayList<>(columns.subList(0, at));
        out.addAll(List.of(extra));
        out.addAll(columns.subList(at, columns.size()));
        return List.copyOf(out);
    }

    /** The columns with an output's own columns (not the CSV's) after them. */
    @SafeVarargs
    public static <R> List<ReportColumn<R>> plus(List<ReportColumn<R>> columns, ReportColumn<R>... extra) {
        List<ReportColumn<R>> out = new ArrayList<>(columns);
        out.addAll(List.of(extra));
        return List.copyOf(out);
    }
}
