package kr.gpuprogram.reports.db;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.channels.OverlappingFileLockException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * One owner per state directory: an OS file lock on {@code <state-dir>/owner.lock}, held
 * for the life of the process. The kernel releases it when the process dies, however it
 * dies, so holding it also proves that whatever a previous owner left behind (a running
 * PostgreSQL, a half-unpacked binary tree) has no live owner any more.
 */
final class StateDirectoryLock implements AutoCloseable {

    private static final Logger log = LoggerFactory.getLogger(StateDirectoryLock.class);
    static final String FILE_NAME = "owner.lock";

    private final Path file;
    private final FileChannel channel;
    private final FileLock lock;

    private StateDirectoryLock(Path file, FileChannel channel, FileLock lock) {
        this.file = file;
        this.channel = channel;
        this.lock = lock;
    }

    /**
     * Takes the lock; when another process holds it, either refuses at once (naming the
     * owner) or, with {@code wait}, blocks until that process ends.
     */
    public static StateDirectoryLock acquire(Path stateDir, boolean wait) throws IOException {
        Files.createDirectories(stateDir);
        Path file = stateDir.resolve(FILE_NAME).toAbsolutePath();
        FileChannel channel = FileChannel.open(file, StandardOpenOption.CREATE, StandardOpenOption.READ,
                StandardOpenOption.WRITE);
        try {
            FileLock lock = tryLock(channel);
            if (lock == null) {
                String owner = owner(file);
                if (!wait) {
                    throw new StateDirectoryBusyException("state directory " + stateDir + " is in use by " + owner
                            + "; try again when it ends, or pass --wait");
                }
                log.info("State directory {} is in use by {}: waiting for it to end", stateDir, owner);
                lock = channel.lock();
            }
            channel.truncate(0);
            channel.write(ByteBuffer.wrap(("process " + ProcessHandle.current().pid() + " since " + Instant.now().truncatedTo(ChronoUnit.SECONDS) + "\n")
                    .getBytes(StandardCharsets.UTF_8)), 0);
            channel.force(false);
            return new StateDirectoryLock(file, channel, lock);
        } catch (IOException | RuntimeException e) {
            channel.close();
            throw e;
        }
    }

    private static FileLock tryLock(FileChannel channel) throws IOException {
        try {
            return channel.tryLock();
        } catch (OverlappingFileLockException e) {
            return null; // held by this very JVM (another application context on the same directory)
        }
    }

    private static String owner(Path file) {
        try {
            String text = Files.readString(file, StandardCharsets.UTF_8).strip();
            return text.isEmpty() ? "another process" : text;
        } catch (IOException e) {
            return "another process";
        }
    }

    public Path file() {
        return file;
    }

    @Override
    public void close() throws IOException {
        try {
            lock.release();
        } finally {
            channel.close();
        }
    }
}
