package kr.gpuprogram.reports.ingest;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Stream;
import kr.gpuprogram.reports.ingest.inbox.CsvInput;
import kr.gpuprogram.reports.ingest.inbox.FileEncoding;
import kr.gpuprogram.reports.ingest.inbox.FileHeader;
import kr.gpuprogram.reports.ingest.inbox.InboxFile;
import kr.gpuprogram.reports.ingest.inbox.InboxFileName;
import kr.gpuprogram.reports.ingest.inbox.InboxLineReader;
import kr.gpuprogram.reports.ingest.inbox.InputLine;
import kr.gpuprogram.reports.ingest.reference.ClusterCatalog;
import kr.gpuprogram.reports.ingest.reference.ReferenceData;
import kr.gpuprogram.reports.ingest.reference.ReferenceFileException;
import kr.gpuprogram.reports.ingest.reference.ReferenceFilesLoader;
import kr.gpuprogram.reports.ingest.reference.ReferenceReject;
import kr.gpuprogram.reports.ingest.sacct.SacctLineParser;
import kr.gpuprogram.reports.ingest.telemetry.TelemetryAggregate;
import kr.gpuprogram.reports.ingest.telemetry.TelemetryBlocks;
import org.springframework.batch.infrastructure.item.ExecutionContext;

/**
 * {@code validate}: the reference and inbox files read by the very readers {@code run} uses,
 * without a database (an operator checks its exports on a laptop before uploading them). The
 * cluster catalog that the parsers check lines against comes from the reference files as read
 * here, not from stored tables. Each inbox file is read by the {@link Form} its name says;
 * a new form of export (the JSON of {@code sacct --json}, a Prometheus range query) plugs in as
 * one more {@link Form}.
 */
public final class InputFileChecks {

    /** How many rejects of a file are shown with their reasons. */
    public static final int FIRST_REJECTS = 5;

    /** A reject as shown: its line and why. */
    public record Reject(int lineNo, String reason, String content) {
    }

    /**
     * One file as read: its form ({@code sacct text}, {@code telemetry CSV}, {@code reference CSV}),
     * encoding, what a line of it is ({@code lines}, {@code jobs}, {@code samples}), how many were
     * read, used, rejected and how many were job steps; {@code problem} says why it cannot be read
     * at all (null when it can).
     */
    public record FileCheck(String file, String form, String encoding, String unit, long read, long used,
                            long rejected, long steps, List<Reject> firstRejects, String problem) {

        /** Whether {@code run} can use the file: it is text with a header, and not every line of it is rejected. */
        public boolean usable() {
            return problem == null && !(used == 0 && rejected > 0);
        }
    }

    /** A form of inbox file: which names it reads and how. */
    interface Form {

        boolean reads(InboxFileName name, String fileName);

        FileCheck check(InboxFile file, ClusterCatalog catalog, ZoneId programZone);
    }

    private static final List<Form> FORMS = List.of(new JobFile(), new TelemetryFile());

    private final Path dataDir;
    private final ZoneId programZone;
    private ClusterCatalog catalog = new ClusterCatalog(Map.of());

    private List<ReferenceData.ClusterPeriod> clusterPeriods = List.of();

    public InputFileChecks(Path dataDir, ZoneId programZone) {
        this.dataDir = dataDir;
        this.programZone = programZone;
    }

    /** The reference files, as the run's reference step reads them; a file missing is a problem. */
    public List<FileCheck> referenceFiles() {
        ReferenceData data;
        try {
            data = new ReferenceFilesLoader(dataDir.resolve("reference"), programZone).load();
        } catch (ReferenceFileException e) {
            return List.of(new FileCheck("reference", "reference CSV", "", "rows", 0, 0, 0, 0, List.of(), e.getMessage()));
        }
        Map<String, Integer> used = Map.of("operators.csv", data.operators().size(),
                "clusters.csv", data.clusterPeriods().size(), "institutions.csv", data.institutions().size(),
                "allocations.csv", data.allocations().size(), "rates.csv", data.rates().size(),
                "recipients.csv", data.recipients().size());
        List<FileCheck> checks = new ArrayList<>();
        for (ReferenceData.ReferenceFile file : data.files()) {
            List<ReferenceReject> rejects = data.rejects().stream().filter(r -> r.file().equals(file.file())).toList();
            int rows = used.getOrDefault(file.file(), 0);
            checks.add(new FileCheck("reference/" + file.file(), "reference CSV", file.encoding(), "rows",
                    rows + rejects.size(), rows, rejects.size(), 0,
                    rejects.stream().limit(FIRST_REJECTS).map(r -> new Reject(r.lineNo(), r.reason(), r.content())).toList(),
                    null));
        }
        var clusters = new HashMap<String, ClusterCatalog.Entry>();
        for (ReferenceData.ClusterPeriod period : data.clusterPeriods()) {
            clusters.merge(period.clusterId(), new ClusterCatalog.Entry(period.clusterId(), ZoneId.of(period.timeZone()),
                    period.gpuCount()), (a, b) -> a.maxGpuCount() >= b.maxGpuCount() ? a : b);
        }
        catalog = new ClusterCatalog(clusters);
        clusterPeriods = data.clusterPeriods();
        return checks;
    }

    /**
     * The clusters in service on {@code day} (as the reference files say) whose job file for it is
     * not in the inbox, in name order: what {@code run} would count as missing.
     */
    public List<String> clustersWithoutJobFile(LocalDate day) throws IOException {
        Set<String> sent = new HashSet<>();
        for (Path path : inboxPaths()) {
            InboxFileName.parse(path.getFileName().toString())
                    .filter(name -> name.kind().equals(InboxFileName.JOBS) && name.date().equals(day))
                    .ifPresent(name -> sent.add(name.clusterId()));
        }
        return clusterPeriods.stream().filter(p -> p.inServiceOn(day)).map(ReferenceData.ClusterPeriod::clusterId)
                .filter(id -> !sent.contains(id)).distinct().sorted().toList();
    }

    /** The inbox's files in name order; none where there is no inbox. */
    private List<Path> inboxPaths() throws IOException {
        Path inbox = dataDir.resolve("inbox");
        if (!Files.isDirectory(inbox)) {
            return List.of();
        }
        try (Stream<Path> listing = Files.list(inbox)) {
            return listing.filter(Files::isRegularFile).sorted().toList();
        }
    }

    /** The inbox's files, all or those of {@code day}, in name order; checks the reference files first. */
    public List<FileCheck> inboxFiles(Optional<LocalDate> day) throws IOException {
        List<FileCheck> checks = new ArrayList<>();
        for (Path path : inboxPaths()) {
            String fileName = path.getFileName().toString();
            Optional<InboxFileName> name = InboxFileName.parse(fileName);
            if (day.isPresent() && (name.isEmpty() || !name.get().date().equals(day.get()))) {
                continue;
            }
            Optional<Form> form = name.flatMap(n -> FORMS.stream().filter(f -> f.reads(n, fileName)).findFirst());
            if (form.isEmpty()) {
                checks.add(new FileCheck("inbox/" + fileName, "unknown", "", "lines", 0, 0, 0, 0, List.of(),
                        "file name is neither jobs-<cluster_id>-YYYY-MM-DD.csv (or .json) nor gpu-metrics-<cluster_id>-YYYY-MM-DD.csv (or .json)"
                                + " with a real date: run does not read it"));
                continue;
            }
            FileEncoding encoding = FileEncoding.of(path);
            InboxFile file = new InboxFile(0, fileName, name.get().kind(), name.get().clusterId(), name.get().date(), path,
                    encoding.sizeBytes(), encoding.charsetName(), encoding.problem());
            checks.add(form.get().check(file, catalog, programZone));
        }
        return checks;
    }

    private static List<Reject> first(List<Reject> rejects, ClassifiedLine.Rejected reject) {
        if (rejects.size() < FIRST_REJECTS) {
            rejects.add(new Reject(reject.lineNo(), reject.reason(), reject.content()));
        }
        return rejects;
    }

    private static String problem(List<Reject> rejects) {
        return rejects.stream().filter(r -> r.lineNo() == 0).map(Reject::reason).findFirst().orElse(null);
    }

    /**
     * Slurm's {@code sacct --parsable2} text (one job or step a line) or its {@code sacct --json}
     * (a job an item), read by the job file reader and parser of run, which tell the two apart by name.
     */
    private static final class JobFile implements Form {

        @Override
        public boolean reads(InboxFileName name, String fileName) {
            return name.kind().equals(InboxFileName.JOBS);
        }

        @Override
        public FileCheck check(InboxFile file, ClusterCatalog catalog, ZoneId programZone) {
            InboxLineReader reader = new InboxLineReader(List.of(file), CsvInput.pipeSeparated(), FileHeader::sacct);
            reader.setName("validate");
            SacctLineParser parser = new SacctLineParser(catalog);
            long read = 0;
            long used = 0;
            long rejected = 0;
            long steps = 0;
            List<Reject> rejects = new ArrayList<>();
            reader.open(new ExecutionContext());
            try {
                for (InputLine line = reader.read(); line != null; line = reader.read()) {
                    read++;
                    ClassifiedLine classified = parser.classify(line);
                    if (classified instanceof ClassifiedLine.Rejected reject) {
                        rejected++;
                        first(rejects, reject);
                    } else if (classified instanceof ClassifiedLine.Step) {
                        steps++;
                    } else {
                        used++;
                    }
                }
            } finally {
                reader.close();
            }
            String problem = problem(rejects);
            return new FileCheck(file.displayName(), InboxFileName.isJson(file.fileName()) ? "sacct JSON" : "sacct text",
                    encoding(file), "jobs",
                    problem == null ? read : 0, used, rejected, steps, rejects, problem);
        }
    }

    /** Our telemetry CSV or a Prometheus range query's body, read by the scanners of run's telemetry step. */
    private static final class TelemetryFile implements Form {

        @Override
        public boolean reads(InboxFileName name, String fileName) {
            return name.kind().equals(InboxFileName.TELEMETRY);
        }

        @Override
        public FileCheck check(InboxFile file, ClusterCatalog catalog, ZoneId programZone) {
            long used = 0;
            long rejected = 0;
            List<Reject> rejects = new ArrayList<>();
            long read;
            try (TelemetryBlocks scanner = TelemetryBlocks.open(file, catalog, programZone, 0, -1)) {
                for (TelemetryAggregate block = scanner.next(100_000); block != null; block = scanner.next(100_000)) {
                    for (TelemetryAggregate.Sums sums : block.sums().values()) {
                        used += sums.samples;
                    }
                    for (ClassifiedLine.Rejected reject : block.rejects()) {
                        rejected++;
                        first(rejects, reject);
                    }
                }
                read = scanner.linesRead();
            }
            String problem = problem(rejects);
            return new FileCheck(file.displayName(), InboxFileName.isJson(file.fileName()) ? "Prometheus JSON" : "telemetry CSV",
                    encoding(file), "samples",
                    problem == null ? read : 0, used, rejected, 0, rejects, problem);
        }
    }

    private static String encoding(InboxFile file) {
        return file.encoding() == null ? "not text" : file.encoding();
    }
}
