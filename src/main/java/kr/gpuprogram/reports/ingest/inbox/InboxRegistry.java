package kr.gpuprogram.reports.ingest.inbox;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.BasicFileAttributes;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.stream.Stream;
import kr.gpuprogram.reports.OtherThreads;
import kr.gpuprogram.reports.ReportSettings;
import kr.gpuprogram.reports.batch.Checkpoints;
import kr.gpuprogram.reports.db.SqlResource;
import kr.gpuprogram.reports.ingest.sacct.SacctFirstLine;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Knows which inbox file versions were read. A file is read when its name and content
 * (SHA-256) are new; a file whose content changed is read again and replaces its old
 * version; a file seen before is skipped.
 */
@Component
public class InboxRegistry {

    private static final Logger log = LoggerFactory.getLogger(InboxRegistry.class);

    private final NamedParameterJdbcTemplate jdbc;
    private final ReportSettings settings;

    private final Checkpoints faults;

    public InboxRegistry(NamedParameterJdbcTemplate jdbc, ReportSettings settings, Checkpoints faults) {
        this.faults = faults;
        this.jdbc = jdbc;
        this.settings = settings;
    }

    /** Registers what is new in the inbox; returns how many file versions are to be read. */
    @Transactional
    public int scan() {
        Path inbox = settings.inboxDir();
        jdbc.update(SqlResource.statement("ingest/clear-unregistered-rejects.sql"), Map.of());
        if (!Files.isDirectory(inbox)) {
            log.warn("No inbox folder at {}: nothing to ingest", inbox);
            return 0;
        }
        int seen = 0;
        int fresh = 0;
        List<String> present = new ArrayList<>();
        List<Candidate> candidates = new ArrayList<>();
        ExecutorService hashing = Executors.newFixedThreadPool(Runtime.getRuntime().availableProcessors(),
                OtherThreads.daemons("inbox-hash"));
        try (Stream<Path> listing = Files.list(inbox)) {
            List<Path> files = listing.sorted().toList();
            // the other form of a name counts only where it is a regular file: a link is never read
            java.util.Set<String> names = new java.util.HashSet<>();
            for (Path path : files) {
                if (InboxEntry.attributes(path).isRegularFile()) {
                    names.add(path.getFileName().toString());
                }
            }
            for (Path path : files) {
                String name = path.getFileName().toString();
                Optional<InboxFileName> parsed = InboxFileName.parse(name);
                BasicFileAttributes stat = InboxEntry.attributes(path);
                if (!stat.isRegularFile()) {
                    // never opened, and its cluster-day stays missing; only one named like an input is worth a reject
                    if (parsed.isPresent()) {
                        jdbc.update(SqlResource.statement("ingest/insert-unregistered-reject.sql"), Map.of(
                                "file_name", "inbox/" + name, "reason", InboxEntry.notRead(stat)));
                    }
                    continue;
                }
                seen++;
                present.add(name);
                if (parsed.isEmpty()) {
                    jdbc.update(SqlResource.statement("ingest/insert-unregistered-reject.sql"), Map.of(
                            "file_name", "inbox/" + name,
                            "reason", "file name is neither jobs-<cluster_id>-YYYY-MM-DD.csv (or .json) nor "
                                    + "gpu-metrics-<cluster_id>-YYYY-MM-DD.csv (or .json) with a real date: file not read"));
                    continue;
                }
                OffsetDateTime modifiedAt = stat.lastModifiedTime().toInstant().atOffset(ZoneOffset.UTC);
                String readStatus = statusOfSameStat(name, stat.size(), modifiedAt);
                if ("INGESTED".equals(readStatus)) {
                    // same size and modification time as the version read: not hashed again (a nightly GB of telemetry)
                    continue;
                }
                boolean otherFormPresent = !InboxFileName.isJson(name) && names.contains(InboxFileName.otherForm(name));
                if (otherFormPresent && "SUPERSEDED".equals(readStatus)) {
                    // ingested before its .json came, which replaced it: it is not read again beside it
                    continue;
                }
                // every new file is hashed while the ones before it are registered: hashing and the UTF-8
                // check read each byte, and one core reads 0.6 GB/s of them (10,000-GPU day: 728 MB)
                candidates.add(new Candidate(path, parsed.get(), modifiedAt, hashing.submit(() -> FileEncoding.of(path)),
                        otherFormPresent ? "another form of this file is present: " + InboxFileName.otherForm(name)
                                + " is read instead" : null));
            }
            for (Candidate candidate : candidates) {
                faults.reached(Checkpoints.INBOX_FILE);
                if (register(candidate)) {
                    fresh++;
                }
            }
        } catch (IOException e) {
            throw new IllegalStateException("cannot list the inbox " + inbox + ": " + e.getMessage(), e);
        } finally {
            hashing.shutdownNow();
        }
        jdbc.update(SqlResource.statement("ingest/retire-removed-unreadable.sql"),
                new MapSqlParameterSource("present", present.toArray(String[]::new)));
        log.info("Inbox {}: {} files, {} new or changed", inbox, seen, fresh);
        return fresh;
    }

    /** A file in the inbox that is not known by its size and modification time, its hash under way. */
    private record Candidate(Path path, InboxFileName name, OffsetDateTime modifiedAt, Future<FileEncoding> encoding,
                             String otherFormProblem) {
    }

    /** The status of the version read with this size and modification time, or null. */
    private String statusOfSameStat(String fileName, long size, OffsetDateTime modifiedAt) {
        List<Map<String, Object>> unchanged = jdbc.queryForList(SqlResource.statement("ingest/find-file-by-stat.sql"),
                new MapSqlParameterSource().addValue("file_name", fileName).addValue("size_bytes", size)
                        .addValue("modified_at", modifiedAt));
        return unchanged.isEmpty() ? null : (String) unchanged.get(0).get("status");
    }

    private boolean register(Candidate candidate) throws IOException {
        Path path = candidate.path();
        InboxFileName name = candidate.name();
        OffsetDateTime modifiedAt = candidate.modifiedAt();
        String fileName = path.getFileName().toString();
        FileEncoding encoding = OtherThreads.result(candidate.encoding(), "inbox/" + fileName + " was hashed");
        String sha = encoding.sha256();
        List<Map<String, Object>> existing = jdbc.queryForList(SqlResource.statement("ingest/find-file.sql"),
                Map.of("file_name", fileName, "sha256", sha));
        if (existing.isEmpty()) {
            if (encoding.charset() == FileEncoding.CP949) {
                log.warn("inbox/{} is not UTF-8 but decodes cleanly as CP949 (what Korean Excel saves as CSV): read as CP949",
                        fileName);
            } else if (!encoding.readable()) {
                log.warn("inbox/{} cannot be read: {}; it is one reject and its day counts as missing", fileName,
                        encoding.problem());
            }
            jdbc.update(SqlResource.statement("ingest/insert-file.sql"), new MapSqlParameterSource()
                    .addValue("file_name", fileName)
                    .addValue("kind", name.kind())
                    .addValue("cluster_id", name.clusterId())
                    .addValue("file_date", name.date())
                    .addValue("size_bytes", encoding.sizeBytes())
                    .addValue("sha256", sha)
                    .addValue("encoding", encoding.charsetName())
                    .addValue("file_problem", candidate.otherFormProblem() != null ? candidate.otherFormProblem()
                            : encoding.problem())
                    .addValue("has_submit", name.kind().equals(InboxFileName.JOBS) && encoding.readable()
                            && (InboxFileName.isJson(fileName) || SacctFirstLine.hasSubmit(path, encoding.charset())))
                    .addValue("modified_at", modifiedAt));
            return true;
        }
        long existingId = ((Number) existing.get(0).get("file_id")).longValue();
        jdbc.update(SqlResource.statement("ingest/update-file-stat.sql"),
                new MapSqlParameterSource().addValue("file_id", existingId).addValue("modified_at", modifiedAt));
        String status = (String) existing.get(0).get("status");
        if (status.equals("INGESTED")) {
            return false;
        }
        // PENDING (an earlier run stopped before reading it) or SUPERSEDED (the content came back).
        long fileId = ((Number) existing.get(0).get("file_id")).longValue();
        for (String statement : SqlResource.statements("ingest/reset-file.sql")) {
            jdbc.update(statement, Map.of("file_id", fileId));
        }
        return true;
    }

    public List<InboxFile> pending(String kind) {
        return jdbc.query(SqlResource.statement("ingest/pending-files.sql"), Map.of("kind", kind), (rs, i) ->
                new InboxFile(rs.getLong("file_id"), rs.getString("file_name"), rs.getString("kind"),
                        rs.getString("cluster_id"), rs.getObject("file_date", java.time.LocalDate.class),
                        settings.inboxDir().resolve(rs.getString("file_name")), rs.getLong("size_bytes"),
                        rs.getString("encoding"), rs.getString("file_problem")));
    }
}
