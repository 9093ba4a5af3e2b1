package kr.gpuprogram.reports.ingest.telemetry;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import org.junit.jupiter.api.Test;

class ProgramDaysTest {

    @Test
    void instantsAreNumberedByTheirProgramZoneDayInTheOrderFirstSeen() {
        ProgramDays days = new ProgramDays(ZoneId.of("Asia/Seoul"));
        int nov25 = days.of(OffsetDateTime.parse("2026-11-24T15:00:00Z").toEpochSecond()); // 00:00 in Seoul
        int nov24 = days.of(OffsetDateTime.parse("2026-11-24T14:59:59Z").toEpochSecond());
        int nov25Again = days.of(OffsetDateTime.parse("2026-11-25T14:59:59Z").toEpochSecond());
        int nov26 = days.of(OffsetDateTime.parse("2026-11-25T15:00:00Z").toEpochSecond());
        assertThat(new int[] {nov25, nov24, nov25Again, nov26}).containsExactly(0, 1, 0, 2);
        assertThat(days.day(0)).isEqualTo(LocalDate.of(2026, 11, 25));
        assertThat(days.day(1)).isEqualTo(LocalDate.of(2026, 11, 24));
        assertThat(days.index(LocalDate.of(2026, 11, 26))).isEqualTo(2);
        assertThat(days.index(LocalDate.of(2026, 11, 27))).isEqualTo(3);
    }
}
