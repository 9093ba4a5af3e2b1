package kr.gpuprogram.reports.db;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;

class CopyTextTest {

    @Test
    void fieldsAreTabSeparatedAndRowsEndWithANewline() {
        CopyText copy = new CopyText()
                .number(7).text("syn-01").instant(Instant.parse("2026-11-25T01:02:03Z")).date(LocalDate.of(2026, 11, 25))
                .endRow()
                .number(8).number(0.1 + 0.2).array(new long[] {1, 0, 25}).endRow();
        assertThat(copy.content()).isEqualTo("7\tsyn-01\t2026-11-25T01:02:03Z\t2026-11-25\n8\t0.30000000000000004\t{1,0,25}\n");
        assertThat(copy.rowCount()).isEqualTo(2);
    }

    @Test
    void nullIsBackslashN() {
        assertThat(new CopyText().text(null).instant(null).date(null).endRow().content()).isEqualTo("\\N\t\\N\t\\N\n");
    }

    @Test
    void backslashTabNewlineAndCarriageReturnAreEscaped() {
        assertThat(new CopyText().text("a\\b\tc\nd\re|f,\"g\"").endRow().content())
                .isEqualTo("a\\\\b\\tc\\nd\\re|f,\"g\"\n");
    }

    @Test
    void textThatLooksLikeNullStaysText() {
        assertThat(new CopyText().text("\\N").endRow().content()).isEqualTo("\\\\N\n");
    }

    @Test
    void onlyInstantsOfYears1900To9999AreCopyable() {
        assertThat(CopyText.copyable((Instant) null)).isTrue();
        assertThat(CopyText.copyable(Instant.parse("1900-01-01T00:00:00Z"))).isTrue();
        assertThat(CopyText.copyable(Instant.parse("9999-12-31T23:59:59Z"))).isTrue();
        assertThat(CopyText.copyable(Instant.parse("1899-12-31T23:59:59Z"))).isFalse();
        assertThat(CopyText.copyable(Instant.parse("-0001-12-31T15:32:08Z"))).isFalse();
        assertThat(CopyText.copyable(Instant.parse("+10000-01-01T00:00:00Z"))).isFalse();
    }

    @Test
    void onlyDaysOfYears1900To9999AreCopyable() {
        assertThat(CopyText.copyable((LocalDate) null)).isTrue();
        assertThat(CopyText.copyable(LocalDate.of(1900, 1, 1))).isTrue();
        assertThat(CopyText.copyable(LocalDate.of(9999, 12, 31))).isTrue();
        assertThat(CopyText.copyable(LocalDate.of(0, 1, 1))).isFalse();
        assertThat(CopyText.copyable(LocalDate.of(1899, 12, 31))).isFalse();
    }
}
