package kr.gpuprogram.reports.report;

import jakarta.annotation.PreDestroy;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.stream.Stream;
import kr.gpuprogram.reports.OtherThreads;
import kr.gpuprogram.reports.ReportSettings;
import kr.gpuprogram.reports.batch.Checkpoints;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

/**
 * Writes a period's folder {@code <report-dir>/<period>/}: every part is written into a
 * temporary folder beside it, which then replaces the old folder, so that a crash never
 * leaves a half-written report under the period's name.
 */
@Component
public class ReportFolderWriter {

    private static final Logger log = LoggerFactory.getLogger(ReportFolderWriter.class);
    static final String SUPERSEDED = "superseded";
    static final String RESTATEMENT = "restatement.csv";

    private final ReportSettings settings;
    private final PeriodReportQuery query;
    private final List<ReportPart> parts;
    private final Checkpoints faults;
    private final ReportSnapshot snapshot;
    private final ExecutorService otherThreads = Executors.newCachedThreadPool(OtherThreads.daemons("report-part"));

    public ReportFolderWriter(ReportSettings settings, PeriodReportQuery query, List<ReportPart> parts,
                              Checkpoints faults, ReportSnapshot snapshot) {
        this.snapshot = snapshot;
        this.settings = settings;
        this.query = query;
        this.parts = parts;
        this.faults = faults;
    }

    /** The folder of a period's report for a scope: the whole program, or one operator's clusters. */
    public Path folder(Period period, String operatorId) {
        return folder(period.name(), operatorId);
    }

    public Path folder(String periodName, String operatorId) {
        Path programFolder = settings.reportDir().resolve(periodName);
        return ReportPaths.under(settings.reportDir(),
                operatorId == null ? programFolder : programFolder.resolve(ReportPaths.operatorFolder(operatorId)));
    }

    /**
     * Writes the period's folder: the whole program's report, and in {@code operator-<id>/} a
     * report built from that operator's clusters alone, for each operator that receives one.
     * Returns the reports written, the program's first, each read once from one snapshot: what
     * mails them takes them from here.
     */
    public List<PeriodReport> write(Period period) {
        return snapshot.read(() -> writeFromOneSnapshot(period));
    }

    private List<PeriodReport> writeFromOneSnapshot(Period period) {
        long started = System.nanoTime();
        PeriodReport figures = query.load(period, null);
        List<PeriodReport> written = new ArrayList<>(List.of(figures));
        Path target = folder(period, null);
        Path temporary = null;
        boolean moved = false;
        try {
            Files.createDirectories(settings.reportDir());
            // a folder of this process's own: another process writing the same period into this
            // report dir has its own, and neither deletes the other's (ReportPaths)
            temporary = ReportPaths.temporaryFolder(settings.reportDir(), period.name());
            writeParts(figures, temporary);
            for (String operatorId : query.operatorsWithOwnReport()) {
                Path operatorFolder = Files.createDirectories(
                        ReportPaths.under(settings.reportDir(), temporary.resolve(ReportPaths.operatorFolder(operatorId))));
                PeriodReport operatorFigures = query.load(period, operatorId);
                written.add(operatorFigures);
                writeParts(operatorFigures, operatorFolder);
            }
            try (ReportPaths.Swap swap = ReportPaths.swap(settings.reportDir())) {
                Path old = ReportPaths.oldFolder(settings.reportDir(), period.name());
                if (Files.exists(target)) {
                    keepRestatements(target, temporary, figures);
                    move(target, old);
                }
                move(temporary, target);
                moved = true;
                deleteRecursively(old);
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write the report folder " + target + ": " + e.getMessage(), e);
        } finally {
            // a write that failed part-way leaves no folder of its own behind; a restart writes a new one
            if (!moved && temporary != null) {
                deleteQuietly(temporary);
            }
        }
        if (figures.provisional()) {
            // standard error, not the log: cron mails what a job writes there to the operator. Job files only:
            // a missing telemetry file leaves usage complete (the report gives the measured share instead)
            System.err.println("gpu-usage-reports: warning: report " + period.name() + " is provisional: "
                    + figures.jobFileGaps().size() + " cluster-day(s) have no job file (see missing.csv)");
        }
        log.info("Wrote report {} ({} clusters, {} institutions, {} rejects, {} missing cluster-days) in {} ms",
                target, figures.clusters().size(), figures.institutions().size(), figures.rejects().count(),
                figures.missing().size(), (System.nanoTime() - started) / 1_000_000);
        return written;
    }

    /**
     * Writes every part of one scope's report into {@code folder}. The parts that need only the
     * report in memory (the PDF) are written on another thread, beside the ones that stream rows
     * from the report's snapshot (the workbook's daily detail, the rejects of the CSV extracts
     * and the workbook), which stay on this thread, for the snapshot's connection belongs to it.
     */
    private void writeParts(PeriodReport report, Path folder) throws IOException {
        List<Future<?>> alongside = new ArrayList<>();
        for (ReportPart part : parts) {
            if (!part.streamsFromSnapshot()) {
                alongside.add(otherThreads.submit(() -> {
                    writeTimed(part, report, folder);
                    return null;
                }));
            }
        }
        Exception failure = null;
        try {
            for (ReportPart part : parts) {
                if (part.streamsFromSnapshot()) {
                    writeTimed(part, report, folder);
                }
            }
        } catch (IOException | RuntimeException e) {
            failure = e;
        }
        // every part has ended before this returns, failed or not: a part still running could
        // otherwise write into the folder of the next attempt
        for (Future<?> written : alongside) {
            try {
                OtherThreads.result(written, "a report part was written");
            } catch (IOException | RuntimeException e) {
                if (failure == null) {
                    failure = e;
                } else {
                    failure.addSuppressed(e);
                }
            }
        }
        if (failure instanceof IOException io) {
            throw io;
        }
        if (failure != null) {
            throw (RuntimeException) failure;
        }
        faults.reached(Checkpoints.REPORT_WRITE);
    }

    @PreDestroy
    void stopThreads() {
        otherThreads.shutdownNow();
    }

    /** Writes one part and logs how long it took: a report's seconds are mostly the PDF's, a cold JVM's first. */
    private static void writeTimed(ReportPart part, PeriodReport report, Path folder) throws IOException {
        long started = System.nanoTime();
        part.write(report, folder);
        log.info("{} wrote {} in {} ms", part.getClass().getSimpleName(), folder.getFileName(),
                (System.nanoTime() - started) / 1_000_000);
    }

    /**
     * When the new folder changes figures of the one it replaces, the old report is kept as
     * {@code superseded/v<n>/} and each changed figure is appended to {@code restatement.csv}
     * with its old and new value. Earlier versions and restatements are carried over, so a
     * rerun that changes nothing writes the same bytes again.
     */
    private void keepRestatements(Path published, Path fresh, PeriodReport figures) throws IOException {
        Path superseded = published.resolve(SUPERSEDED);
        if (Files.isDirectory(superseded)) {
            copyRecursively(superseded, fresh.resolve(SUPERSEDED));
        }
        Path history = published.resolve(RESTATEMENT);
        if (Files.exists(history)) {
            Files.copy(history, fresh.resolve(RESTATEMENT));
        }
        List<Restatements.Change> changes = Restatements.between(Extracts.read(published),
                kr.gpuprogram.reports.report.csv.CsvCells.asWritten(Extracts.of(figures)));
        if (changes.isEmpty()) {
            return;
        }
        int version = 1;
        while (Files.exists(fresh.resolve(SUPERSEDED).resolve("v" + version))) {
            version++;
        }
        Path keep = Files.createDirectories(fresh.resolve(SUPERSEDED).resolve("v" + version));
        try (Stream<Path> files = Files.list(published)) {
            for (Path file : files.toList()) {
                String name = file.getFileName().toString();
                if (!name.equals(SUPERSEDED) && !name.equals(RESTATEMENT)) {
                    copyRecursively(file, keep.resolve(name));
                }
            }
        }
        boolean newHistory = !Files.exists(fresh.resolve(RESTATEMENT));
        String restatedAt = java.time.ZonedDateTime.now(settings.programZone()).withNano(0).toOffsetDateTime().toString();
        try (var writer = Files.newBufferedWriter(fresh.resolve(RESTATEMENT), java.nio.charset.StandardCharsets.UTF_8,
                java.nio.file.StandardOpenOption.CREATE, java.nio.file.StandardOpenOption.APPEND);
             var out = new org.apache.commons.csv.CSVPrinter(writer, org.apache.commons.csv.CSVFormat.DEFAULT.builder()
                     .setRecordSeparator('\n').get())) {
            if (newHistory) {
                out.printRecord(Restatements.COLUMNS);
            }
            for (Restatements.Change change : changes) {
                out.printRecord(kr.gpuprogram.reports.report.csv.CsvCells.defused(List.of(restatedAt, "v" + version,
                        change.file(), change.key(), change.column(), change.oldValue(), change.newValue())));
            }
        }
        log.warn("Report {} restates {} published figure(s); the previous report is kept as {}",
                published.getFileName(), changes.size(), SUPERSEDED + "/v" + version);
    }

    private static void copyRecursively(Path from, Path to) throws IOException {
        try (Stream<Path> walk = Files.walk(from)) {
            for (Path source : walk.toList()) {
                Path target = to.resolve(from.relativize(source).toString());
                if (Files.isDirectory(source)) {
                    Files.createDirectories(target);
                } else {
                    Files.createDirectories(target.getParent());
                    Files.copy(source, target, StandardCopyOption.REPLACE_EXISTING);
                }
            }
        }
    }

    private static void move(Path from, Path to) throws IOException {
        try {
            Files.move(from, to, StandardCopyOption.ATOMIC_MOVE);
        } catch (AtomicMoveNotSupportedException e) {
            Files.move(from, to);
        }
    }

    static void deleteRecursively(Path folder) throws IOException {
        if (!Files.exists(folder)) {
            return;
        }
        try (Stream<Path> walk = Files.walk(folder)) {
            for (Path path : walk.sorted(Comparator.reverseOrder()).toList()) {
                Files.delete(path);
            }
        }
    }

    private static void deleteQuietly(Path folder) {
        try {
            deleteRecursively(folder);
        } catch (IOException | UncheckedIOException e) {
            log.warn("Could not remove the unfinished report folder {}: {}", folder, e.getMessage());
        }
    }
}
