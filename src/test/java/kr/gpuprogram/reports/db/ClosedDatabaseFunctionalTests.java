package kr.gpuprogram.reports.db;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Properties;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The embedded database lets in only who has the state dir's password file, and a state dir made
 * before passwords (trust in pg_hba.conf, no file) is closed on its next start with its data kept.
 */
class ClosedDatabaseFunctionalTests {

    @TempDir
    Path stateDir;

    @Test
    void aConnectionWithoutThePasswordIsRefused() throws Exception {
        try (StartedPostgres started = StartedPostgres.start(stateDir, false)) {
            int port = started.postgres().getPort();
            assertThatThrownBy(() -> connect(port, null)).isInstanceOf(SQLException.class)
                    .hasMessageContaining("password");
            assertThatThrownBy(() -> connect(port, "postgres")).isInstanceOf(SQLException.class)
                    .hasMessageContaining("password authentication failed");
            assertThat(socketLoginWithoutPassword(port)).as("psql on the Unix socket, no password").contains("password");
            String password = Files.readString(stateDir.resolve(DatabasePassword.FILE_NAME)).strip();
            try (Connection c = connect(port, password)) {
                assertThat(query(c, "SHOW listen_addresses")).isEqualTo("127.0.0.1");
                assertThat(query(c, "SELECT count(*) FROM pg_hba_file_rules WHERE auth_method <> 'scram-sha-256'")).isEqualTo("0");
            }
            try (Connection c = DriverManager.getConnection(started.jdbcUrl())) {
                assertThat(query(c, "SELECT current_user")).isEqualTo("postgres");
            }
            assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(stateDir))).isEqualTo("rwx------");
            assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(stateDir.resolve(DatabasePassword.FILE_NAME))))
                    .isEqualTo("rw-------");
        }
    }

    @Test
    void aStateDirMadeBeforePasswordsIsClosedAndKeepsItsData() throws Exception {
        Path dataDir = stateDir.resolve("pgdata").toAbsolutePath();
        // what the previous release did: zonky's trusting initdb, no password file
        try (EmbeddedPostgres old = EmbeddedPostgres.builder().setDataDirectory(dataDir).setCleanDataDirectory(false)
                .setOverrideWorkingDirectory(stateDir.resolve("pg-binaries").toAbsolutePath().toFile()).start();
             Connection c = DriverManager.getConnection(old.getJdbcUrl("postgres", "postgres"));
             Statement s = c.createStatement()) {
            s.execute("CREATE TABLE history (night int)");
            s.execute("INSERT INTO history VALUES (1), (2), (3)");
        }
        assertThat(Files.readString(dataDir.resolve("pg_hba.conf"))).contains("trust");
        assertThat(stateDir.resolve(DatabasePassword.FILE_NAME)).doesNotExist();

        try (StartedPostgres started = StartedPostgres.start(stateDir, false)) {
            assertThat(Files.readString(dataDir.resolve("pg_hba.conf"))).doesNotContain("trust");
            assertThatThrownBy(() -> connect(started.postgres().getPort(), null)).isInstanceOf(SQLException.class);
            try (Connection c = DriverManager.getConnection(started.jdbcUrl())) {
                assertThat(query(c, "SELECT sum(night) FROM history")).isEqualTo("6");
            }
        }
        // and the next start uses the same password
        String password = Files.readString(stateDir.resolve(DatabasePassword.FILE_NAME)).strip();
        try (StartedPostgres again = StartedPostgres.start(stateDir, false);
             Connection c = connect(again.postgres().getPort(), password)) {
            assertThat(query(c, "SELECT count(*) FROM history")).isEqualTo("3");
        }
    }

    /** What PostgreSQL's own client answers on the server's Unix socket (zonky's build puts it in /tmp). */
    private static String socketLoginWithoutPassword(int port) throws Exception {
        Path psql = Path.of("/usr/lib/postgresql/15/bin/psql");
        org.junit.jupiter.api.Assumptions.assumeTrue(Files.isExecutable(psql), "psql is installed");
        ProcessBuilder builder = new ProcessBuilder(psql.toString(), "-h", "/tmp", "-p", String.valueOf(port), "-U",
                "postgres", "-w", "-c", "SELECT 1").redirectErrorStream(true);
        builder.environment().remove("PGPASSWORD");
        Process login = builder.start();
        String answer = new String(login.getInputStream().readAllBytes());
        assertThat(login.waitFor()).as(answer).isNotZero();
        return answer;
    }

    private static Connection connect(int port, String password) throws SQLException {
        Properties properties = new Properties();
        properties.setProperty("user", "postgres");
        if (password != null) {
            properties.setProperty("password", password);
        }
        return DriverManager.getConnection("jdbc:postgresql://127.0.0.1:" + port + "/postgres", properties);
    }

    private static String query(Connection c, String sql) throws SQLException {
        try (Statement s = c.createStatement(); ResultSet rs = s.executeQuery(sql)) {
            rs.next();
            return rs.getString(1);
        }
    }
}
