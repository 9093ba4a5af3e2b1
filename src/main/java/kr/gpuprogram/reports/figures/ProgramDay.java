package kr.gpuprogram.reports.figures;

import java.time.Duration;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneId;

/** A day {@code [d 00:00, d+1 00:00)} in the program zone; its length H(d) may differ from 24 h. */
public record ProgramDay(LocalDate date, OffsetDateTime start, OffsetDateTime end) {

    public static ProgramDay of(LocalDate date, ZoneId zone) {
        return new ProgramDay(date,
                date.atStartOfDay(zone).toOffsetDateTime(),
                date.plusDays(1).atStartOfDay(zone).toOffsetDateTime());
    }

    public long seconds() {
        return Duration.between(start, end).getSeconds();
    }
}
