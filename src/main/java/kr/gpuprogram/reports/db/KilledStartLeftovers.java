package kr.gpuprogram.reports.db;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * What a process killed during the embedded database's start leaves in a state directory,
 * cleared before the next start. Called only while holding the {@link StateDirectoryLock},
 * which proves that the process that left these things is gone: so nothing here can belong
 * to a live run.
 * <ul>
 * <li>PostgreSQL processes started for this data directory (a postmaster, an initdb still
 *     running) that outlived their JVM: stopped.</li>
 * <li>A binary tree that zonky did not finish unpacking (no {@code .exists} marker, which
 *     zonky writes after the last file): removed, so zonky unpacks it again instead of
 *     failing on the first file that already exists.</li>
 * <li>A data directory that no postmaster ever started ({@code postmaster.opts} is written
 *     by each postmaster start, never by initdb): an initdb that may not have finished. It
 *     holds no data yet, so it is removed and initdb runs again.</li>
 * </ul>
 */
final class KilledStartLeftovers {

    private static final Logger log = LoggerFactory.getLogger(KilledStartLeftovers.class);
    private static final String UNPACKED_MARKER = ".exists";

    private KilledStartLeftovers() {
    }

    static void clear(Path binariesDir, Path dataDir) throws IOException {
        stopOrphans(binariesDir, dataDir);
        removePartialUnpacks(binariesDir);
        removeUnfinishedInitdb(dataDir);
    }

    /** Processes of this state directory's PostgreSQL binaries that name its data directory. */
    private static void stopOrphans(Path binariesDir, Path dataDir) {
        String path = dataDir.toAbsolutePath().toString();
        String binaries = binariesDir.toAbsolutePath().toString();
        long self = ProcessHandle.current().pid();
        List<ProcessHandle> orphans;
        try (Stream<ProcessHandle> all = ProcessHandle.allProcesses()) {
            orphans = all.filter(p -> p.pid() != self)
                    .filter(p -> p.info().command().map(c -> c.startsWith(binaries)).orElse(false))
                    .filter(p -> p.info().commandLine().map(c -> c.contains(path)).orElse(false))
                    .toList();
        }
        for (ProcessHandle orphan : orphans) {
            log.warn("Stopping process {} ({}) left by a killed run on {}", orphan.pid(),
                    orphan.info().command().orElse("?"), dataDir);
            orphan.destroy();
        }
        for (ProcessHandle orphan : orphans) {
            try {
                orphan.onExit().get(60, TimeUnit.SECONDS);
            } catch (Exception e) {
                orphan.destroyForcibly();
            }
        }
    }

    private static void removePartialUnpacks(Path binariesDir) throws IOException {
        if (!Files.isDirectory(binariesDir)) {
            return;
        }
        try (Stream<Path> trees = Files.list(binariesDir)) {
            for (Path tree : trees.filter(Files::isDirectory).toList()) {
                if (tree.getFileName().toString().startsWith("PG-") && !Files.exists(tree.resolve(UNPACKED_MARKER))) {
                    log.warn("Removing {}: its unpack was interrupted, it is unpacked again", tree);
                    deleteRecursively(tree);
                }
            }
        }
    }

    private static void removeUnfinishedInitdb(Path dataDir) throws IOException {
        if (Files.isDirectory(dataDir) && !Files.exists(dataDir.resolve("postmaster.opts"))) {
            log.warn("Removing {}: no database was ever started in it (an initdb that was interrupted)", dataDir);
            deleteRecursively(dataDir);
        }
    }

    static void deleteRecursively(Path folder) throws IOException {
        try (Stream<Path> walk = Files.walk(folder)) {
            for (Path path : walk.sorted(Comparator.reverseOrder()).toList()) {
                Files.deleteIfExists(path);
            }
        }
    }
}
