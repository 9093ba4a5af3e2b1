package kr.gpuprogram.reports.db;

import java.sql.Timestamp;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;

/** A stored moment as {@code status} and {@code history} show it: to the second, in the program zone, with its offset. */
public final class StoredTime {

    public static final DateTimeFormatter FORMAT = DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HH:mm:ssXXX");

    private StoredTime() {
    }

    /**
     * Spring Batch stores local times of the JVM's zone without an offset, and the driver reads
     * them back in that zone; a {@code timestamptz} is read as its instant. Either way the instant
     * is shown in the program zone, whatever the host's clock is set to ({@code TZ=UTC}).
     */
    public static OffsetDateTime of(Timestamp at, ZoneId programZone) {
        return at == null ? null : at.toInstant().atZone(programZone).toOffsetDateTime();
    }

    public static String text(Timestamp at, ZoneId programZone) {
        return at == null ? "-" : FORMAT.format(of(at, programZone));
    }
}
