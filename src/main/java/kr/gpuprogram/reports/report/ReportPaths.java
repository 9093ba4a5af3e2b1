package kr.gpuprogram.reports.report;

import java.io.IOException;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.HexFormat;
import java.util.List;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.locks.ReentrantLock;
import java.util.stream.Stream;
import kr.gpuprogram.reports.ingest.reference.Identifiers;

/**
 * Where a report's files go, and how several processes share one report dir.
 * <ul>
 * <li>Every folder written is resolved under the report dir and checked to stay there, and an
 *     operator's folder is named only from a checked identifier: a reference file cannot make the
 *     writer put a report elsewhere.</li>
 * <li>Each process writes a period into a temporary folder of its own
 *     ({@code .<period>.writing-<pid>-<random>}), so that two processes (a manual rerun beside
 *     cron, on two state dirs) never delete each other's files; the moment when the finished folder
 *     replaces the published one is taken under a lock of the report dir ({@code .report-dir.lock}),
 *     so that the two replacements follow each other and each publishes a whole folder.</li>
 * <li>The temporary folder of a process that is gone (killed while writing) is removed by the next
 *     writer of that period; a live process's never is.</li>
 * </ul>
 */
final class ReportPaths {

    static final String LOCK_FILE = ".report-dir.lock";
    private static final ReentrantLock IN_THIS_PROCESS = new ReentrantLock();

    private ReportPaths() {
    }

    static String operatorFolder(String operatorId) {
        return "operator-" + Identifiers.require(operatorId);
    }

    /** {@code path}, checked to lie inside {@code reportDir} (after {@code ..} and {@code .} are resolved). */
    static Path under(Path reportDir, Path path) {
        Path root = reportDir.toAbsolutePath().normalize();
        Path resolved = path.toAbsolutePath().normalize();
        if (!resolved.startsWith(root) || resolved.equals(root)) {
            throw new IllegalArgumentException(path + " is not inside the report dir " + reportDir);
        }
        return resolved;
    }

    /** A new, empty folder of this process for writing {@code period}, beside its published folder. */
    static Path temporaryFolder(Path reportDir, String period) throws IOException {
        removeLeftovers(reportDir, period);
        return Files.createDirectory(under(reportDir, reportDir.resolve("." + period + ".writing-" + uniqueSuffix())));
    }

    /** A name, not yet taken, for the published folder while it is being replaced. */
    static Path oldFolder(Path reportDir, String period) {
        return under(reportDir, reportDir.resolve("." + period + ".old-" + uniqueSuffix()));
    }

    private static String uniqueSuffix() {
        return ProcessHandle.current().pid() + "-" + HexFormat.of().toHexDigits(ThreadLocalRandom.current().nextLong());
    }

    /** Holds the report dir's lock: across processes by a file lock, across this process's threads by a lock of its own. */
    static Swap swap(Path reportDir) throws IOException {
        IN_THIS_PROCESS.lock();
        try {
            FileChannel channel = FileChannel.open(reportDir.resolve(LOCK_FILE), StandardOpenOption.CREATE,
                    StandardOpenOption.WRITE);
            try {
                return new Swap(channel, channel.lock());
            } catch (IOException | RuntimeException e) {
                channel.close();
                throw e;
            }
        } catch (IOException | RuntimeException e) {
            IN_THIS_PROCESS.unlock();
            throw e;
        }
    }

    record Swap(FileChannel channel, FileLock lock) implements AutoCloseable {
        @Override
        public void close() throws IOException {
            try {
                lock.release();
                channel.close();
            } finally {
                IN_THIS_PROCESS.unlock();
            }
        }
    }

    /**
     * Temporary and old folders of {@code period} whose process is no longer running on this host
     * (or, from releases before this one, that name no process at all).
     */
    private static void removeLeftovers(Path reportDir, String period) throws IOException {
        List<Path> leftovers;
        try (Stream<Path> entries = Files.list(reportDir)) {
            leftovers = entries.filter(p -> isLeftover(p.getFileName().toString(), period)).toList();
        }
        for (Path leftover : leftovers) {
            try {
                ReportFolderWriter.deleteRecursively(leftover);
            } catch (IOException e) {
                // another process may be removing the same leftover: what is left goes next time
            }
        }
    }

    static boolean isLeftover(String name, String period) {
        for (String kind : List.of(".writing", ".old")) {
            String prefix = "." + period + kind;
            if (name.equals(prefix)) {
                return true;
            }
            if (name.startsWith(prefix + "-")) {
                String rest = name.substring(prefix.length() + 1);
                int dash = rest.indexOf('-');
                try {
                    long pid = Long.parseLong(dash < 0 ? rest : rest.substring(0, dash));
                    return ProcessHandle.of(pid).map(p -> !p.isAlive()).orElse(true);
                } catch (NumberFormatException e) {
                    return false;
                }
            }
        }
        return false;
    }
}
