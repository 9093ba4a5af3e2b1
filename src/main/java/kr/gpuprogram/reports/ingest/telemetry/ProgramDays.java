package kr.gpuprogram.reports.ingest.telemetry;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;

/**
 * The program-zone days of a file's samples as small indexes, in the order first seen; the
 * bounds of the last day are kept, so most samples cost two comparisons.
 */
final class ProgramDays {

    private final ZoneId programZone;
    private final List<LocalDate> days = new ArrayList<>();
    private long dayFrom = Long.MAX_VALUE;
    private long dayTo = Long.MIN_VALUE;
    private int dayIndex = -1;

    ProgramDays(ZoneId programZone) {
        this.programZone = programZone;
    }

    /** The index of the program-zone day of an instant (epoch second). */
    int of(long second) {
        if (second >= dayFrom && second < dayTo) {
            return dayIndex;
        }
        LocalDate date = Instant.ofEpochSecond(second).atZone(programZone).toLocalDate();
        dayIndex = index(date);
        dayFrom = date.atStartOfDay(programZone).toEpochSecond();
        dayTo = date.plusDays(1).atStartOfDay(programZone).toEpochSecond();
        return dayIndex;
    }

    /** The index of a day, given on first sight. */
    int index(LocalDate date) {
        int index = days.indexOf(date);
        if (index < 0) {
            days.add(date);
            index = days.size() - 1;
        }
        return index;
    }

    LocalDate day(int index) {
        return days.get(index);
    }
}
