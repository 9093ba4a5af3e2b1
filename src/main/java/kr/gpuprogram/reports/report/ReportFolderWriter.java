package kr.gpuprogram.reports.report;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Stream;
import kr.gpuprogram.reports.ReportSettings;
import kr.gpuprogram.reports.batch.FaultInjector;
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

    private final ReportSettings settings;
    private final PeriodFiguresQuery query;
    private final List<ReportPart> parts;
    private final FaultInjector faults;

    public ReportFolderWriter(ReportSettings settings, PeriodFiguresQuery query, List<ReportPart> parts,
                              FaultInjector faults) {
        this.settings = settings;
        this.query = query;
        this.parts = parts;
        this.faults = faults;
    }

    public Path write(Period period) {
        long started = System.nanoTime();
        PeriodFigures figures = query.load(period, null);
        Path target = settings.reportDir().resolve(period.name());
        Path temporary = settings.reportDir().resolve("." + period.name() + ".writing");
        Path old = settings.reportDir().resolve("." + period.name() + ".old");
        try {
            Files.createDirectories(settings.reportDir());
            deleteRecursively(temporary);
            deleteRecursively(old);
            Files.createDirectories(temporary);
            for (ReportPart part : parts) {
                part.write(figures, temporary);
                faults.reached(FaultInjector.REPORT_WRITE);
            }
            if (Files.exists(target)) {
                move(target, old);
            }
            move(temporary, target);
            deleteRecursively(old);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write the report folder " + target + ": " + e.getMessage(), e);
        }
        log.info("Wrote report {} ({} clusters, {} institutions, {} rejects, {} missing cluster-days) in {} ms",
                target, figures.clusters().size(), figures.institutions().size(), figures.rejects().size(),
                figures.missing().size(), (System.nanoTime() - started) / 1_000_000);
        return target;
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
}
