package kr.gpuprogram.reports.figures;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.time.ZoneId;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** H(d), the length of a program day, in the zones SPEC allows: not always 24 hours. */
class ProgramDayTest {

    @ParameterizedTest(name = "{0} in {1}: {2} s from {3}")
    @CsvSource({
            "2026-11-25, Asia/Seoul, 86400, 2026-11-25T00:00+09:00",
            "2026-03-08, America/New_York, 82800, 2026-03-08T00:00-05:00",
            "2026-11-01, America/New_York, 90000, 2026-11-01T00:00-04:00",
            "2026-11-25, UTC, 86400, 2026-11-25T00:00Z",
    })
    void aDayRunsFromMidnightToTheNextMidnightOfItsZone(LocalDate date, String zone, long seconds, String start) {
        ProgramDay day = ProgramDay.of(date, ZoneId.of(zone));

        assertThat(day.seconds()).isEqualTo(seconds);
        assertThat(day.start()).hasToString(start);
        assertThat(day.end().toLocalDate()).isEqualTo(date.plusDays(1));
    }
}
