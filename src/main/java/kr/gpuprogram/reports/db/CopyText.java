package kr.gpuprogram.reports.db;

import java.io.IOException;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.Instant;
import java.time.LocalDate;
import org.postgresql.PGConnection;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Rows for PostgreSQL's {@code COPY ... FROM STDIN} in its text format, built in memory and sent
 * in one go through pgjdbc's {@code CopyManager}: one round trip and no per-row statement for
 * the many rows of a chunk. Fields are tab-separated, rows end with a newline, null is
 * {@code \N}; backslash, tab, newline and carriage return in text are escaped.
 */
public final class CopyText {

    private final StringBuilder rows = new StringBuilder(1 << 16);
    private boolean rowStarted;
    private int rowCount;

    public CopyText text(String value) {
        separate();
        if (value == null) {
            rows.append("\\N");
            return this;
        }
        int plain = 0;
        while (plain < value.length() && !special(value.charAt(plain))) {
            plain++;
        }
        rows.append(value, 0, plain);
        for (int i = plain; i < value.length(); i++) {
            char c = value.charAt(i);
            switch (c) {
                case '\\' -> rows.append("\\\\");
                case '\t' -> rows.append("\\t");
                case '\n' -> rows.append("\\n");
                case '\r' -> rows.append("\\r");
                default -> rows.append(c);
            }
        }
        return this;
    }

    public CopyText number(long value) {
        separate();
        rows.append(value);
        return this;
    }

    /** A double as Java prints it: read back by PostgreSQL to the same value. */
    public CopyText number(double value) {
        separate();
        rows.append(value);
        return this;
    }

    /**
     * Whether {@link #instant} writes this instant as pgjdbc binds a {@code Timestamp}: null, or
     * a year from 1900 to 9999 (ISO-8601 has no room for earlier or later years as PostgreSQL
     * reads them, and before 1582 {@code java.sql.Timestamp} counts in the Julian calendar).
     */
    public static boolean copyable(Instant value) {
        if (value == null) {
            return true;
        }
        long second = value.getEpochSecond();
        return second >= -2_208_988_800L && second < 253_402_300_800L; // 1900-01-01 .. 10000-01-01 UTC
    }

    /** Whether {@link #date} writes this day as pgjdbc binds a {@code java.sql.Date}: null, or a year from 1900 to 9999. */
    public static boolean copyable(LocalDate value) {
        return value == null || (value.getYear() >= 1900 && value.getYear() <= 9999);
    }

    /** An instant in ISO-8601 UTC ({@code 2026-11-25T01:02:03Z}), read as timestamptz; null as null. */
    public CopyText instant(Instant value) {
        if (value == null) {
            return text(null);
        }
        separate();
        rows.append(value);
        return this;
    }

    public CopyText date(LocalDate value) {
        if (value == null) {
            return text(null);
        }
        separate();
        rows.append(value);
        return this;
    }

    /** A bigint[] in array syntax: {@code {1,2,3}}. */
    public CopyText array(long[] values) {
        separate();
        rows.append('{');
        for (int i = 0; i < values.length; i++) {
            if (i > 0) {
                rows.append(',');
            }
            rows.append(values[i]);
        }
        rows.append('}');
        return this;
    }

    public CopyText endRow() {
        rows.append('\n');
        rowStarted = false;
        rowCount++;
        return this;
    }

    public int rowCount() {
        return rowCount;
    }

    /** What would be sent, for tests. */
    String content() {
        return rows.toString();
    }

    /** Sends the rows with {@code copySql} ({@code COPY table (columns) FROM STDIN}); returns the rows copied. */
    public long copyInto(Connection connection, String copySql) throws SQLException {
        if (rowCount == 0) {
            return 0;
        }
        try {
            return connection.unwrap(PGConnection.class).getCopyAPI().copyIn(copySql, new StringReader(rows.toString()));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * Sends the rows on to their table through a session staging table, for COPY knows no
     * {@code ON CONFLICT}: {@code stageSql} creates the staging table, {@code copySql} copies the
     * rows into it and {@code insertSql} moves them on. Nothing happens without rows.
     */
    public void insertThroughStage(JdbcTemplate jdbc, String stageSql, String copySql, String insertSql) {
        if (rowCount == 0) {
            return;
        }
        jdbc.execute(stageSql);
        jdbc.execute((Connection connection) -> copyInto(connection, copySql));
        jdbc.update(insertSql);
    }

    private static boolean special(char c) {
        return c == '\\' || c == '\t' || c == '\n' || c == '\r';
    }

    private void separate() {
        if (rowStarted) {
            rows.append('\t');
        }
        rowStarted = true;
    }
}
