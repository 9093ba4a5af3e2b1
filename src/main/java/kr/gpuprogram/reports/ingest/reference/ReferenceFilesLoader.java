package kr.gpuprogram.reports.ingest.reference;

import java.io.IOException;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import kr.gpuprogram.reports.ingest.inbox.FileEncoding;
import kr.gpuprogram.reports.ingest.inbox.Sha256;
import kr.gpuprogram.reports.ingest.reference.ReferenceData.Allocation;
import kr.gpuprogram.reports.ingest.reference.ReferenceData.ClusterPeriod;
import kr.gpuprogram.reports.ingest.reference.ReferenceData.Institution;
import kr.gpuprogram.reports.ingest.reference.ReferenceData.Operator;
import kr.gpuprogram.reports.ingest.reference.ReferenceData.Rate;
import kr.gpuprogram.reports.ingest.reference.ReferenceData.Recipient;

/**
 * Reads and validates the reference files. A row that cannot be used becomes a reject with
 * its reason (and everything that depends on it is rejected too: an allocation of an
 * unknown institution, a cluster of an unknown operator); a file that cannot be read at
 * all stops the run.
 */
public final class ReferenceFilesLoader {

    private static final org.slf4j.Logger log = org.slf4j.LoggerFactory.getLogger(ReferenceFilesLoader.class);

    public static final Set<String> SECTORS = Set.copyOf(kr.gpuprogram.reports.report.Sector.CODES);
    static final List<String> FILES = List.of(
            "operators.csv", "clusters.csv", "institutions.csv", "allocations.csv", "rates.csv", "recipients.csv");

    private final Path referenceDir;
    private final ZoneId programZone;
    private final List<ReferenceReject> rejects = new ArrayList<>();
    private final Map<String, byte[]> lastReadable;
    private final Map<String, ReferenceData.ReferenceFile> used = new java.util.LinkedHashMap<>();

    /**
     * @param lastReadable the content of each reference file as last read successfully (stored with
     *                     the reference tables): what a file that cannot be read now is replaced by
     */
    public ReferenceFilesLoader(Path referenceDir, ZoneId programZone, Map<String, byte[]> lastReadable) {
        this.referenceDir = referenceDir;
        this.programZone = programZone;
        this.lastReadable = lastReadable;
    }

    public ReferenceFilesLoader(Path referenceDir, ZoneId programZone) {
        this(referenceDir, programZone, Map.of());
    }

    /**
     * The rows of one reference file. A file that cannot be read (not text, no usable header, gone)
     * is one reject at line 0 and its last readable version is used, so that no single file stops
     * the nightly run; only a file never read before stops it, for without it nothing can be counted.
     */
    private List<ReferenceRow> rows(String fileName, List<String> columns) {
        Path file = referenceDir.resolve(fileName);
        try {
            // read once: the same bytes are parsed, checksummed and kept as the last readable version
            byte[] content = readAll(file);
            FileEncoding encoding = FileEncoding.of(content, false);
            List<ReferenceRow> rows = ReferenceFileReader.read(rejects::add, file, content, encoding, columns);
            used.put(fileName, referenceFile(fileName, content, encoding));
            return rows;
        } catch (ReferenceFileException problem) {
            byte[] last = lastReadable.get(fileName);
            if (last == null) {
                throw problem;
            }
            FileEncoding lastEncoding = FileEncoding.of(last, false);
            ReferenceData.ReferenceFile previous = referenceFile(fileName, last, lastEncoding);
            // standard error: cron mails it, and a file gone missing must not pass unnoticed
            kr.gpuprogram.reports.StandardError.warning(problem.getMessage() + "; its last readable version (SHA-256 "
                    + previous.sha256().substring(0, 12) + ") is used until it is replaced");
            rejects.add(new ReferenceReject(fileName, 0, problem.getMessage()
                    + "; its last readable version (SHA-256 " + previous.sha256().substring(0, 12)
                    + ") is used until it is replaced", ""));
            used.put(fileName, previous);
            // its rejects were listed when it was read; the current file's problem is the one reject now
            return ReferenceFileReader.read(r -> { }, file, last, lastEncoding, columns);
        }
    }

    private static byte[] readAll(Path file) {
        if (!java.nio.file.Files.isReadable(file)) {
            throw new ReferenceFileException("reference file " + file + " is missing or unreadable");
        }
        try {
            return java.nio.file.Files.readAllBytes(file);
        } catch (IOException e) {
            throw new ReferenceFileException("reference file " + file + " cannot be read: " + e.getMessage());
        }
    }

    private static ReferenceData.ReferenceFile referenceFile(String name, byte[] content, FileEncoding encoding) {
        return new ReferenceData.ReferenceFile(name, content.length, Sha256.of(content), encoding.charsetName(),
                content);
    }

    public ReferenceData load() {
        List<Operator> operators = operators();
        Set<String> operatorIds = new HashSet<>();
        operators.forEach(o -> operatorIds.add(o.operatorId()));
        List<ClusterPeriod> clusters = clusterPeriods(operatorIds);
        Map<String, Integer> clusterIds = new HashMap<>();
        clusters.forEach(c -> clusterIds.merge(c.clusterId(), c.gpuCount(), Math::max));
        List<Institution> institutions = institutions();
        Set<String> institutionIds = new HashSet<>();
        institutions.forEach(i -> institutionIds.add(i.institutionId()));
        List<Allocation> allocations = allocations(institutionIds, clusterIds.keySet());
        List<Rate> rates = rates();
        List<Recipient> recipients = recipients(operatorIds, institutionIds);
        List<ReferenceData.ReferenceFile> files = files();
        return new ReferenceData(operators, clusters, institutions, allocations, rates, recipients,
                List.copyOf(rejects), files, digest(files));
    }

    private List<Operator> operators() {
        List<Operator> result = new ArrayList<>();
        Set<String> seen = new HashSet<>();
        for (ReferenceRow row : rows("operators.csv", List.of("operator_id", "operator_name"))) {
            String id = row.get("operator_id");
            if (id.isEmpty()) {
                reject(row, "operator_id is empty");
            } else if (!Identifiers.valid(id)) {
                reject(row, Identifiers.problem("operator_id", id));
            } else if (!seen.add(id)) {
                reject(row, "duplicate operator_id " + id);
            } else {
                result.add(new Operator(id, row.get("operator_name"), selfUseAccounts(row.get("self_use_accounts"))));
            }
        }
        return result;
    }

    /** The optional {@code self_use_accounts}: {@code ;}-separated, blanks and repeats dropped. */
    static List<String> selfUseAccounts(String value) {
        return java.util.Arrays.stream(value.split(";")).map(String::strip).filter(a -> !a.isEmpty())
                .distinct().toList();
    }

    private List<ClusterPeriod> clusterPeriods(Set<String> operatorIds) {
        List<ClusterPeriod> result = new ArrayList<>();
        List<String> columns = List.of("cluster_id", "operator_id", "gpu_model", "gpu_count", "in_service_from", "in_service_to", "time_zone");
        for (ReferenceRow row : rows("clusters.csv", columns)) {
            try {
                String id = identifier(row, "cluster_id");
                String operatorId = required(row, "operator_id");
                if (!operatorIds.contains(operatorId)) {
                    throw new RowProblem("unknown operator_id " + Identifiers.printable(operatorId));
                }
                int gpuCount = positiveInt(row, "gpu_count");
                LocalDate from = date(row, "in_service_from");
                LocalDate to = row.get("in_service_to").isEmpty() ? null : date(row, "in_service_to");
                if (to != null && to.isBefore(from)) {
                    throw new RowProblem("in_service_to " + to + " is before in_service_from " + from);
                }
                String zone = row.get("time_zone").isEmpty() ? programZone.getId() : zone(row.get("time_zone"));
                ClusterPeriod period = new ClusterPeriod(id, operatorId, required(row, "gpu_model"), gpuCount, from, to, zone,
                        telemetryInterval(row));
                for (ClusterPeriod other : result) {
                    if (!other.clusterId().equals(id)) {
                        continue;
                    }
                    if (other.overlaps(period)) {
                        throw new RowProblem("capacity period overlaps the one from " + other.inServiceFrom());
                    }
                    if (!other.operatorId().equals(operatorId) || !other.timeZone().equals(zone)) {
                        throw new RowProblem("operator_id or time_zone differs from the cluster's other capacity periods");
                    }
                }
                result.add(period);
            } catch (RowProblem problem) {
                reject(row, problem.getMessage());
            }
        }
        return result;
    }

    /** The optional telemetry_interval_seconds: empty (or no such column) means the setting; else 1 s to a day. */
    private static Integer telemetryInterval(ReferenceRow row) {
        String text = row.get("telemetry_interval_seconds");
        if (text.isEmpty()) {
            return null;
        }
        int seconds;
        try {
            seconds = Integer.parseInt(text);
        } catch (NumberFormatException e) {
            seconds = 0;
        }
        if (seconds < 1 || seconds > 86_400) {
            throw new RowProblem("telemetry_interval_seconds '" + text + "' is not a whole number of seconds from 1 to 86400");
        }
        return seconds;
    }

    private List<Institution> institutions() {
        List<Institution> result = new ArrayList<>();
        Set<String> seen = new HashSet<>();
        List<String> columns = List.of("institution_id", "institution_name", "sector", "region");
        for (ReferenceRow row : rows("institutions.csv", columns)) {
            try {
                String id = identifier(row, "institution_id");
                String sector = row.get("sector").toUpperCase(java.util.Locale.ROOT);
                if (!SECTORS.contains(sector)) {
                    throw new RowProblem("sector '" + row.get("sector") + "' is not one of INDUSTRY, ACADEMIA, RESEARCH, PUBLIC");
                }
                if (!seen.add(id)) {
                    throw new RowProblem("duplicate institution_id " + id);
                }
                result.add(new Institution(id, required(row, "institution_name"), sector, row.get("region")));
            } catch (RowProblem problem) {
                reject(row, problem.getMessage());
            }
        }
        return result;
    }

    private List<Allocation> allocations(Set<String> institutionIds, Set<String> clusterIds) {
        List<Allocation> result = new ArrayList<>();
        Set<String> seen = new HashSet<>();
        List<String> columns = List.of("allocation_id", "institution_id", "project_title", "cluster_id", "gpu_count", "start_date", "end_date");
        for (ReferenceRow row : rows("allocations.csv", columns)) {
            try {
                String id = identifier(row, "allocation_id");
                String institutionId = required(row, "institution_id");
                if (!institutionIds.contains(institutionId)) {
                    throw new RowProblem("unknown institution_id " + institutionId);
                }
                String clusterId = required(row, "cluster_id");
                if (!clusterIds.contains(clusterId)) {
                    throw new RowProblem("unknown cluster_id " + clusterId);
                }
                int gpuCount = positiveInt(row, "gpu_count");
                LocalDate start = date(row, "start_date");
                LocalDate end = date(row, "end_date");
                if (end.isBefore(start)) {
                    throw new RowProblem("end_date " + end + " is before start_date " + start);
                }
                if (!seen.add(id)) {
                    throw new RowProblem("duplicate allocation_id " + id);
                }
                result.add(new Allocation(id, institutionId, row.get("project_title"), clusterId, gpuCount, start, end));
            } catch (RowProblem problem) {
                reject(row, problem.getMessage());
            }
        }
        return result;
    }

    private List<Rate> rates() {
        List<Rate> result = new ArrayList<>();
        Set<String> seen = new HashSet<>();
        for (ReferenceRow row : rows("rates.csv", List.of("gpu_model", "krw_per_gpu_hour", "valid_from"))) {
            try {
                String model = required(row, "gpu_model");
                BigDecimal krw;
                try {
                    krw = new BigDecimal(row.get("krw_per_gpu_hour"));
                } catch (NumberFormatException e) {
                    throw new RowProblem("krw_per_gpu_hour '" + row.get("krw_per_gpu_hour") + "' is not a number");
                }
                if (krw.signum() < 0) {
                    throw new RowProblem("krw_per_gpu_hour is negative");
                }
                LocalDate validFrom = date(row, "valid_from");
                if (!seen.add(model + "|" + validFrom)) {
                    throw new RowProblem("duplicate rate for " + model + " valid from " + validFrom);
                }
                result.add(new Rate(model, krw, validFrom));
            } catch (RowProblem problem) {
                reject(row, problem.getMessage());
            }
        }
        return result;
    }

    private List<Recipient> recipients(Set<String> operatorIds, Set<String> institutionIds) {
        // no recipients.csv ever read: mail is not set up; one that went missing keeps its last version
        if (!Files.exists(referenceDir.resolve("recipients.csv")) && !lastReadable.containsKey("recipients.csv")) {
            return List.of();
        }
        List<Recipient> result = new ArrayList<>();
        for (ReferenceRow row : rows("recipients.csv", List.of("email", "name", "scope"))) {
            try {
                String email = required(row, "email");
                String notOneAddress = kr.gpuprogram.reports.delivery.RecipientAddress.problem(email);
                if (notOneAddress != null) {
                    throw new RowProblem(notOneAddress);
                }
                String scope = required(row, "scope");
                // issue 26: institution:<institution_id> receives that institution's outlook notices
                boolean institution = scope.startsWith("institution:")
                        && institutionIds.contains(scope.substring("institution:".length()));
                if (!scope.equals("PROGRAM") && !operatorIds.contains(scope) && !institution) {
                    throw new RowProblem("scope '" + Identifiers.printable(scope) + "' is neither PROGRAM nor an operator_id"
                            + " nor institution:<institution_id>");
                }
                result.add(new Recipient(email, row.get("name"), scope));
            } catch (RowProblem problem) {
                reject(row, problem.getMessage());
            }
        }
        return result;
    }

    /** The files as actually used: read now, or their last readable version. */
    private List<ReferenceData.ReferenceFile> files() {
        return List.copyOf(used.values());
    }

    /** The version of the reference data as a whole: one checksum over every file's name and checksum. */
    private String digest(List<ReferenceData.ReferenceFile> files) {
        StringBuilder versions = new StringBuilder();
        files.forEach(f -> versions.append(f.file()).append(' ').append(f.sha256()).append('\n'));
        // a file replaced by its last readable version is another load: its reject must be stored
        rejects.stream().filter(r -> r.lineNo() == 0).forEach(r -> versions.append(r.file()).append(" unreadable\n"));
        return Sha256.of(versions.toString());
    }

    private void reject(ReferenceRow row, String reason) {
        rejects.add(ReferenceReject.of(row, reason));
    }

    /** A required identifier, by the one rule of {@link Identifiers}. */
    private static String identifier(ReferenceRow row, String column) {
        String value = required(row, column);
        String problem = Identifiers.problem(column, value);
        if (problem != null) {
            throw new RowProblem(problem);
        }
        return value;
    }

    private static String required(ReferenceRow row, String column) {
        String value = row.get(column);
        if (value.isEmpty()) {
            throw new RowProblem(column + " is empty");
        }
        return value;
    }

    private static int positiveInt(ReferenceRow row, String column) {
        try {
            int value = Integer.parseInt(row.get(column));
            if (value <= 0) {
                throw new RowProblem(column + " must be positive, found " + value);
            }
            return value;
        } catch (NumberFormatException e) {
            throw new RowProblem(column + " '" + row.get(column) + "' is not a whole number");
        }
    }

    private static LocalDate date(ReferenceRow row, String column) {
        try {
            return LocalDate.parse(row.get(column));
        } catch (DateTimeException e) {
            throw new RowProblem(column + " '" + row.get(column) + "' is not a date (YYYY-MM-DD)");
        }
    }

    private static String zone(String value) {
        try {
            return ZoneId.of(value).getId();
        } catch (DateTimeException e) {
            throw new RowProblem("time_zone '" + value + "' is not a time zone");
        }
    }

    private static final class RowProblem extends RuntimeException {
        RowProblem(String message) {
            super(message, null, false, false);
        }
    }
}
