package kr.gpuprogram.reports.generate;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.temporal.TemporalAccessor;
import java.util.ArrayList;
import java.util.List;

/**
 * The sample generator's instants (whole seconds since the epoch) and dates. Zones are fixed
 * offsets: Asia/Seoul, the program zone, has no daylight saving time (+09:00); one cluster
 * writes UTC.
 */
final class SampleTime {

    static final ZoneOffset KST = ZoneOffset.ofHours(9);
    static final ZoneOffset UTC = ZoneOffset.UTC;

    private static final DateTimeFormatter LOCAL = DateTimeFormatter.ofPattern("uuuu-MM-dd'T'HH:mm:ss");

    /** How a job's times are printed: local to the cluster, with {@code +09:00}, or UTC with {@code Z}. */
    enum Style { LOCAL, KST, UTC }

    private SampleTime() {
    }

    /** The zone of a cluster's time_zone column: empty for the program zone, or {@code UTC}. */
    static ZoneOffset zone(String timeZone) {
        return switch (timeZone) {
            case "" -> KST;
            case "UTC" -> UTC;
            default -> throw new IllegalArgumentException("no sample zone '" + timeZone + "'");
        };
    }

    static long midnight(LocalDate day) {
        return midnight(day, KST);
    }

    static long midnight(LocalDate day, ZoneOffset zone) {
        return day.atStartOfDay().toEpochSecond(zone);
    }

    static LocalDate localDate(long instant) {
        return localDate(instant, KST);
    }

    static LocalDate localDate(long instant, ZoneOffset zone) {
        return dateTime(instant, zone).toLocalDate();
    }

    static LocalDateTime dateTime(long instant, ZoneOffset zone) {
        return LocalDateTime.ofEpochSecond(instant, 0, zone);
    }

    static boolean weekend(LocalDate day) {
        return day.getDayOfWeek() == DayOfWeek.SATURDAY || day.getDayOfWeek() == DayOfWeek.SUNDAY;
    }

    /** An ISO date-time as sacct prints it: local to the cluster, with {@code +09:00}, or with {@code Z}. */
    static String format(long instant, Style style, ZoneOffset clusterZone) {
        return switch (style) {
            case KST -> dateTime(instant, KST).format(LOCAL) + "+09:00";
            case UTC -> dateTime(instant, UTC).format(LOCAL) + "Z";
            case LOCAL -> dateTime(instant, clusterZone).format(LOCAL);
        };
    }

    /**
     * Start or End read back as the report job reads it: null for {@code Unknown} and
     * {@code None}, a time without offset in the cluster's zone.
     *
     * @throws java.time.format.DateTimeParseException when it is no date-time
     */
    static Long parse(String text, ZoneOffset clusterZone) {
        if (text.equals("Unknown") || text.equals("None")) {
            return null;
        }
        TemporalAccessor parsed = DateTimeFormatter.ISO_DATE_TIME.parseBest(text, OffsetDateTime::from, LocalDateTime::from);
        if (parsed instanceof OffsetDateTime withOffset) {
            return withOffset.toEpochSecond();
        }
        return ((LocalDateTime) parsed).toEpochSecond(clusterZone);
    }

    /** The days from first to last, both included. */
    static List<LocalDate> days(LocalDate first, LocalDate last) {
        List<LocalDate> out = new ArrayList<>();
        for (LocalDate day = first; !day.isAfter(last); day = day.plusDays(1)) {
            out.add(day);
        }
        return out;
    }
}
