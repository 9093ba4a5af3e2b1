package kr.gpuprogram.reports.ingest.telemetry;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import org.junit.jupiter.api.Test;

class TimestampBytesTest {

    private static long parse(TimestampBytes timestamps, String text) {
        byte[] b = ("," + text + ",").getBytes(StandardCharsets.US_ASCII);
        return timestamps.epochSecond(b, 1, 1 + text.length());
    }

    @Test
    void utcOffsetsAndFractions() {
        TimestampBytes timestamps = new TimestampBytes(ZoneId.of("Asia/Seoul"));
        long utc = OffsetDateTime.parse("2026-11-25T01:02:03Z").toEpochSecond();
        assertThat(parse(timestamps, "2026-11-25T01:02:03Z")).isEqualTo(utc);
        assertThat(parse(timestamps, "2026-11-25T01:02:03.123456789Z")).isEqualTo(utc);
        assertThat(parse(timestamps, "2026-11-25T10:02:03+09:00")).isEqualTo(utc);
        assertThat(parse(timestamps, "2026-11-24T20:02:03-05:00")).isEqualTo(utc);
    }

    @Test
    void noOffsetMeansTheClustersZoneAcrossItsDaylightSavingChange() {
        ZoneId newYork = ZoneId.of("America/New_York");
        TimestampBytes timestamps = new TimestampBytes(newYork);
        for (String local : new String[] {"2026-11-01T00:30:00", "2026-11-01T01:30:00", "2026-11-01T03:00:00",
                "2026-03-08T02:30:00", "2026-07-01T12:00:00"}) {
            assertThat(parse(timestamps, local)).as(local)
                    .isEqualTo(LocalDateTime.parse(local).atZone(newYork).toEpochSecond());
        }
    }

    @Test
    void anythingElseIsLeftToTheExactPath() {
        TimestampBytes timestamps = new TimestampBytes(ZoneId.of("UTC"));
        for (String bad : new String[] {"2026-11-25 01:02:03Z", "2026-02-30T00:00:00Z", "2026-11-25T24:00:00Z",
                "2026-11-25T01:02:03.Z", "2026-11-25T01:02:03+0900", "2026-11-25T01:02", "1899-12-31T00:00:00Z",
                "2026-11-25T01:02:03.1234567890Z"}) {
            assertThat(parse(timestamps, bad)).as(bad).isEqualTo(Long.MIN_VALUE);
        }
    }

    @Test
    void theCachedDateIsNotReusedForAnotherDate() {
        TimestampBytes timestamps = new TimestampBytes(ZoneId.of("UTC"));
        assertThat(parse(timestamps, "2026-11-25T00:00:00Z")).isEqualTo(OffsetDateTime.parse("2026-11-25T00:00:00Z").toEpochSecond());
        assertThat(parse(timestamps, "2026-11-26T00:00:00Z")).isEqualTo(OffsetDateTime.parse("2026-11-26T00:00:00Z").toEpochSecond());
        assertThat(parse(timestamps, "2026-11-25T00:00:01Z")).isEqualTo(OffsetDateTime.parse("2026-11-25T00:00:01Z").toEpochSecond());
    }
}
