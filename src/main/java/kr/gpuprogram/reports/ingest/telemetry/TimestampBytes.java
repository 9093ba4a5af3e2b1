package kr.gpuprogram.reports.ingest.telemetry;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.zone.ZoneOffsetTransition;
import java.time.zone.ZoneRules;
import kr.gpuprogram.reports.ingest.inbox.ByteFields;

/**
 * Telemetry timestamps read from bytes by their fixed layout, for one cluster: the date of the
 * last timestamp and the zone offset of the last local day are kept, so that a file's many
 * timestamps of one day cost a comparison of ten bytes and some arithmetic.
 */
final class TimestampBytes {

    private final ZoneId zone;
    private final byte[] lastDate = new byte[10];
    private boolean lastDateValid;
    private long lastEpochDay;
    private long localOffsetEpochDay = Long.MIN_VALUE;
    private int localOffsetSeconds;
    private boolean localOffsetUniform;

    /** {@code zone}: the cluster's, for timestamps without an offset. */
    TimestampBytes(ZoneId zone) {
        this.zone = zone;
    }

    /**
     * The epoch second of {@code yyyy-MM-ddTHH:mm:ss[.f{1,9}][Z|±HH:MM]} (no offset: the
     * cluster's zone), or Long.MIN_VALUE for anything else, which the exact path then judges.
     */
    long epochSecond(byte[] b, int s, int e) {
        if (e - s < 19 || b[s + 4] != '-' || b[s + 7] != '-' || b[s + 10] != 'T' || b[s + 13] != ':' || b[s + 16] != ':') {
            return Long.MIN_VALUE;
        }
        long epochDay;
        if (lastDateValid && ByteFields.same(b, s, lastDate, 0, 10)) {
            epochDay = lastEpochDay;
        } else {
            int year = ByteFields.number(b, s, 4);
            int month = ByteFields.number(b, s + 5, 2);
            int dayOfMonth = ByteFields.number(b, s + 8, 2);
            if (year < 1900 || year > 2999 || month < 1 || month > 12 || dayOfMonth < 1
                    || dayOfMonth > lengthOfMonth(year, month)) {
                return Long.MIN_VALUE;
            }
            epochDay = LocalDate.of(year, month, dayOfMonth).toEpochDay();
            System.arraycopy(b, s, lastDate, 0, 10);
            lastDateValid = true;
            lastEpochDay = epochDay;
        }
        int hour = ByteFields.number(b, s + 11, 2);
        int minute = ByteFields.number(b, s + 14, 2);
        int sec = ByteFields.number(b, s + 17, 2);
        if (hour < 0 || hour > 23 || minute < 0 || minute > 59 || sec < 0 || sec > 59) {
            return Long.MIN_VALUE;
        }
        int i = s + 19;
        if (i < e && b[i] == '.') {
            int fractionStart = ++i;
            while (i < e && b[i] >= '0' && b[i] <= '9') {
                i++;
            }
            if (i == fractionStart || i - fractionStart > 9) {
                return Long.MIN_VALUE;
            }
        }
        long local = epochDay * 86_400 + hour * 3600 + minute * 60 + sec;
        if (i == e) {
            return localToEpoch(epochDay, local, hour, minute, sec);
        }
        if (b[i] == 'Z' && i + 1 == e) {
            return local;
        }
        if ((b[i] == '+' || b[i] == '-') && i + 6 == e && b[i + 3] == ':') {
            int offsetHours = ByteFields.number(b, i + 1, 2);
            int offsetMinutes = ByteFields.number(b, i + 4, 2);
            if (offsetHours < 0 || offsetHours > 17 || offsetMinutes < 0 || offsetMinutes > 59) {
                return Long.MIN_VALUE;
            }
            int offset = offsetHours * 3600 + offsetMinutes * 60;
            return b[i] == '+' ? local - offset : local + offset;
        }
        return Long.MIN_VALUE;
    }

    /** A local date-time in the cluster's zone; gaps and overlaps resolved as ZonedDateTime does. */
    private long localToEpoch(long epochDay, long local, int hour, int minute, int sec) {
        if (epochDay != localOffsetEpochDay) {
            localOffsetEpochDay = epochDay;
            ZoneRules rules = zone.getRules();
            LocalDate date = LocalDate.ofEpochDay(epochDay);
            ZoneOffset atStart = rules.getOffset(date.atStartOfDay());
            ZoneOffsetTransition next = rules.nextTransition(date.atStartOfDay().toInstant(atStart).minusSeconds(2 * 86_400));
            localOffsetUniform = next == null
                    || next.getInstant().getEpochSecond() > date.plusDays(1).atStartOfDay().toEpochSecond(atStart) + 2 * 86_400;
            localOffsetSeconds = atStart.getTotalSeconds();
        }
        if (localOffsetUniform) {
            return local - localOffsetSeconds;
        }
        return LocalDateTime.of(LocalDate.ofEpochDay(epochDay), java.time.LocalTime.of(hour, minute, sec))
                .atZone(zone).toEpochSecond();
    }

    private static int lengthOfMonth(int year, int month) {
        return switch (month) {
            case 2 -> java.time.Year.isLeap(year) ? 29 : 28;
            case 4, 6, 9, 11 -> 30;
            default -> 31;
        };
    }
}
