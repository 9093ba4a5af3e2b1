package kr.gpuprogram.reports.db;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import java.nio.file.Path;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The embedded PostgreSQL of a state directory and the directory's lock, taken before anything
 * touches the directory and released only after the database has stopped. {@code wait} (the
 * command line's {@code --wait}) waits for the owner instead of refusing.
 */
record StartedPostgres(StateDirectoryLock owner, EmbeddedPostgres postgres, String password) implements AutoCloseable {

    private static final Logger log = LoggerFactory.getLogger(StartedPostgres.class);

    static StartedPostgres start(Path stateDir, boolean wait) throws IOException {
        StateDirectoryLock owner = StateDirectoryLock.acquire(stateDir, wait);
        try {
            Path dataDir = stateDir.resolve("pgdata").toAbsolutePath();
            Path binaries = stateDir.resolve("pg-binaries").toAbsolutePath();
            // We own the directory: whatever runs on or lies half-made in it was left by a killed process.
            KilledStartLeftovers.clear(binaries, dataDir);
            // Closed to other users and to every connection without the password (ClosedServerAccess).
            DatabasePassword.closeDirectory(stateDir);
            String inForce = DatabasePassword.inForce(stateDir);
            String newPassword = inForce == null ? DatabasePassword.newPending(stateDir) : null;
            String password = inForce != null ? inForce : newPassword;
            log.info("Starting embedded PostgreSQL with its files in {}", dataDir);
            EmbeddedPostgres postgres = EmbeddedPostgres.builder()
                    .setDataDirectory(dataDir)
                    .setCleanDataDirectory(false)
                    .setServerConfig("timezone", "UTC")
                    .setServerConfig("max_connections", "50")
                    // The program's tables fit in memory (the OS cache, if not shared buffers): an index
                    // probe costs about what a sequential page does. With the default 4 the planner
                    // scans a 100,000-row job_record per merged file rather than probe it 400 times.
                    .setServerConfig("random_page_cost", "1.1")
                    .setServerConfig("listen_addresses", "127.0.0.1")
                    .setServerConfig("password_encryption", "scram-sha-256")
                    // zonky's own readiness probe connects as postgres too
                    .setConnectConfig("password", password)
                    .setDataDirectoryCustomizer(data -> ClosedServerAccess.close(binaries, data.toPath(), newPassword))
                    .setOverrideWorkingDirectory(binaries.toFile())
                    // zonky keeps the binaries it unpacked per resolver and JVM: one resolver per state dir keeps
                    // each state dir on binaries of its own, where ClosedServerAccess finds them
                    .setPgBinaryResolver(new StateDirBinaries(binaries))
                    .start();
            if (newPassword != null) {
                DatabasePassword.commit(stateDir);
            }
            return new StartedPostgres(owner, postgres, password);
        } catch (IOException | RuntimeException e) {
            owner.close();
            throw e;
        }
    }

    /** zonky's own binaries, as a resolver equal only to that of the same state dir. */
    private record StateDirBinaries(Path binaries) implements io.zonky.test.db.postgres.embedded.PgBinaryResolver {
        @Override
        public java.io.InputStream getPgBinary(String system, String machineHardware) throws IOException {
            return io.zonky.test.db.postgres.embedded.DefaultPostgresBinaryResolver.INSTANCE.getPgBinary(system, machineHardware);
        }
    }

    /** The URL the program's pool connects with: the loopback address, and the password in it. */
    String jdbcUrl() {
        return "jdbc:postgresql://127.0.0.1:" + postgres.getPort() + "/postgres?user=postgres&password=" + password;
    }

    @Override
    public String toString() {
        return "StartedPostgres[port=" + postgres.getPort() + "]"; // never the password
    }

    @Override
    public void close() throws IOException {
        try {
            postgres.close();
        } finally {
            owner.close();
        }
    }
}
