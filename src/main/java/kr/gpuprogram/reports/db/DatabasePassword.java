package kr.gpuprogram.reports.db;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.PosixFilePermission;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.SecureRandom;
import java.util.HexFormat;
import java.util.Set;

/**
 * The embedded database's password, kept in a file of the state directory that only its owner
 * can read. A new password is first written as a pending file and becomes the password in force
 * only once the server has been given it ({@link #commit}), so that a process killed in between
 * leaves no file naming a password the server does not know: the next start simply makes another.
 */
final class DatabasePassword {

    static final String FILE_NAME = "db-password";
    private static final String PENDING_NAME = "db-password.pending";
    private static final Set<PosixFilePermission> OWNER_ONLY_DIR = PosixFilePermissions.fromString("rwx------");
    private static final Set<PosixFilePermission> OWNER_ONLY_FILE = PosixFilePermissions.fromString("rw-------");
    private static final SecureRandom RANDOM = new SecureRandom();

    private DatabasePassword() {
    }

    /** Makes the state directory {@code 0700}: its data directory and password are nobody else's. */
    static void closeDirectory(Path stateDir) throws IOException {
        Files.setPosixFilePermissions(stateDir, OWNER_ONLY_DIR);
    }

    /** The password in force, or null when the state directory has none yet (new, or made before passwords). */
    static String inForce(Path stateDir) throws IOException {
        Path file = stateDir.resolve(FILE_NAME);
        if (!Files.isRegularFile(file)) {
            return null;
        }
        // A file someone else could read is not a secret any more, but its owner may have widened it
        // by hand: narrow it again rather than refuse to start.
        Files.setPosixFilePermissions(file, OWNER_ONLY_FILE);
        String password = Files.readString(file, StandardCharsets.US_ASCII).strip();
        return password.isEmpty() ? null : password;
    }

    /**
     * A new random password (256 bits, hex: nothing in it needs quoting in SQL or a URL), written to the
     * pending file, created {@code 0600} so that it is never readable by others, even for an instant.
     */
    static String newPending(Path stateDir) throws IOException {
        byte[] bytes = new byte[32];
        RANDOM.nextBytes(bytes);
        String password = HexFormat.of().formatHex(bytes);
        Path pending = stateDir.resolve(PENDING_NAME);
        Files.deleteIfExists(pending);
        try {
            Files.createFile(pending, PosixFilePermissions.asFileAttribute(OWNER_ONLY_FILE));
        } catch (FileAlreadyExistsException e) {
            throw new IOException("could not create " + pending + ": it appeared while being replaced", e);
        }
        Files.writeString(pending, password + "\n", StandardCharsets.US_ASCII);
        return password;
    }

    /** The pending password becomes the one in force (the server has it now). */
    static void commit(Path stateDir) throws IOException {
        Files.move(stateDir.resolve(PENDING_NAME), stateDir.resolve(FILE_NAME),
                StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
    }
}
