package kr.gpuprogram.reports.db;

import io.zonky.test.db.postgres.util.LinuxUtils;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * Closes the embedded server's door before each start: zonky's initdb trusts every connection
 * ({@code -A trust}) and leaves the superuser without a password, so that anyone on the host who
 * found the port was {@code postgres} with {@code rolsuper}. Here {@code pg_hba.conf} is
 * rewritten to ask every connection, the Unix socket's too, for the password by
 * {@code scram-sha-256}, and, when the state directory has no password yet (a new one, or one
 * made before this rule), the superuser is given one in single-user mode: no server listens
 * while the password is set, so there is no moment when the door is open.
 */
final class ClosedServerAccess {

    static final String PG_HBA = """
            # Written by the program at every start of the embedded database (ClosedServerAccess):
            # every connection gives the password of the state dir's db-password file.
            local all all scram-sha-256
            host  all all 127.0.0.1/32 scram-sha-256
            """;

    private ClosedServerAccess() {
    }

    /**
     * zonky calls this on the data directory after its initdb and before the server starts;
     * {@code binariesDir} is where zonky unpacks its binaries (one {@code PG-<hash>} folder each).
     */
    static void close(Path binariesDir, Path dataDir, String newPassword) {
        try {
            writeHba(dataDir);
            if (newPassword != null) {
                setPassword(unpacked(binariesDir), dataDir, newPassword);
            }
        } catch (IOException e) {
            throw new UncheckedIOException("could not close the embedded database in " + dataDir + ": " + e.getMessage(), e);
        }
    }

    /** The binaries zonky unpacked last (it writes {@code .exists} after their last file). */
    private static Path unpacked(Path binariesDir) throws IOException {
        try (var folders = Files.list(binariesDir)) {
            return folders.filter(f -> Files.isRegularFile(f.resolve(".exists")) && Files.isExecutable(f.resolve("bin/postgres")))
                    .max(java.util.Comparator.comparing(f -> lastModified(f.resolve(".exists"))))
                    .orElseThrow(() -> new IOException("no unpacked PostgreSQL binaries in " + binariesDir));
        }
    }

    private static java.nio.file.attribute.FileTime lastModified(Path file) {
        try {
            return Files.getLastModifiedTime(file);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static void writeHba(Path dataDir) throws IOException {
        Path hba = dataDir.resolve("pg_hba.conf");
        Path written = dataDir.resolve("pg_hba.conf.writing");
        Files.writeString(written, PG_HBA, StandardCharsets.US_ASCII);
        Files.move(written, hba, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
    }

    private static void setPassword(Path binaries, Path dataDir, String password) throws IOException {
        List<String> command = new ArrayList<>();
        // PostgreSQL refuses to run as root; zonky runs it in a user namespace then, and so do we.
        if (LinuxUtils.isUnshareAvailable()) {
            command.addAll(List.of("unshare", "-U"));
        }
        command.addAll(List.of(binaries.resolve("bin/postgres").toString(), "--single", "-D", dataDir.toString(),
                "-F", "-c", "password_encryption=scram-sha-256", "postgres"));
        Process backend = new ProcessBuilder(command).redirectErrorStream(true)
                .redirectOutput(ProcessBuilder.Redirect.DISCARD).start();
        try (OutputStream input = backend.getOutputStream()) {
            // hex only: nothing to quote
            input.write(("ALTER ROLE postgres PASSWORD '" + password + "';\n").getBytes(StandardCharsets.US_ASCII));
        }
        try {
            if (!backend.waitFor(120, TimeUnit.SECONDS)) {
                backend.destroyForcibly();
                throw new IOException("the single-user backend setting the password did not finish in 120 s");
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            backend.destroyForcibly();
            throw new IOException("interrupted while setting the database password", e);
        }
        if (backend.exitValue() != 0) {
            throw new IOException("the single-user backend setting the password exited with " + backend.exitValue());
        }
    }
}
