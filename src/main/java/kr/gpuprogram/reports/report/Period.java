package kr.gpuprogram.reports.report;

import java.time.LocalDate;
import java.time.YearMonth;

/** A report period and the name of its folder: {@code 2026-11-25}, {@code 2026-11} or {@code 2026-11-01_2026-11-07}. */
public record Period(LocalDate from, LocalDate to, String name) {

    public static Period day(LocalDate day) {
        return new Period(day, day, day.toString());
    }

    public static Period month(YearMonth month) {
        return new Period(month.atDay(1), month.atEndOfMonth(), month.toString());
    }

    public static Period range(LocalDate from, LocalDate to) {
        return from.equals(to) ? day(from) : new Period(from, to, from + "_" + to);
    }

    public boolean isSingleDay() {
        return from.equals(to);
    }

    public long days() {
        return to.toEpochDay() - from.toEpochDay() + 1;
    }
}
