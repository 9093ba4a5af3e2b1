package kr.gpuprogram.reports.report;

import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;

/**
 * Finds every published figure that a rewrite of a period's folder changes, by comparing the
 * new report's extract rows ({@link Extracts}) with the CSV extracts it replaces, row by row
 * (rows keyed as below) and column by column. A row that appears or disappears is one change
 * of its column {@code (row)}. The old side is read back from its CSV files: the report it
 * replaces may have been written by another process or version, and its files are what was
 * published.
 */
final class Restatements {

    public static final List<String> COLUMNS = List.of("restated_at", "superseded_version", "file", "key", "column",
            "old_value", "new_value");

    private static final Map<String, List<String>> KEYS = new LinkedHashMap<>();

    static {
        KEYS.put("clusters.csv", List.of("cluster_id"));
        KEYS.put("institutions.csv", List.of("institution_id"));
        KEYS.put("sectors.csv", List.of("sector"));
        KEYS.put("reclaim.csv", List.of("allocation_id"));
        KEYS.put("missing.csv", List.of("cluster_id", "date", "kind"));
    }

    public record Change(String file, String key, String column, String oldValue, String newValue) {
    }

    private Restatements() {
    }

    public static List<Change> between(Path oldFolder, List<Extracts.Table> fresh) throws IOException {
        List<Change> changes = new ArrayList<>();
        for (Extracts.Table table : fresh) {
            List<String> keyColumns = KEYS.get(table.file());
            Path oldFile = oldFolder.resolve(table.file());
            if (keyColumns == null || !Files.exists(oldFile)) {
                continue;
            }
            compare(table.file(), keyColumns, read(oldFile, keyColumns), rows(table, keyColumns), changes);
        }
        return changes;
    }

    /** The new report's rows keyed as the old file's, each value as the CSV writes it (null empty). */
    private static Map<String, Map<String, String>> rows(Extracts.Table table, List<String> keyColumns) {
        Map<String, Map<String, String>> rows = new LinkedHashMap<>();
        for (List<Object> values : table.rows()) {
            Map<String, String> row = new LinkedHashMap<>();
            for (int i = 0; i < table.columns().size(); i++) {
                row.put(table.columns().get(i), Objects.toString(values.get(i), ""));
            }
            rows.put(key(row, keyColumns), row);
        }
        return rows;
    }

    private static String key(Map<String, String> row, List<String> keyColumns) {
        List<String> key = new ArrayList<>();
        keyColumns.forEach(c -> key.add(row.get(c)));
        return String.join("|", key);
    }

    private static void compare(String file, List<String> keyColumns, Map<String, Map<String, String>> before,
                                Map<String, Map<String, String>> after, List<Change> changes) {
        for (Map.Entry<String, Map<String, String>> old : before.entrySet()) {
            Map<String, String> now = after.get(old.getKey());
            if (now == null) {
                changes.add(new Change(file, old.getKey(), "(row)", "present", "absent"));
                continue;
            }
            for (Map.Entry<String, String> cell : old.getValue().entrySet()) {
                if (keyColumns.contains(cell.getKey()) || !now.containsKey(cell.getKey())) {
                    continue;
                }
                if (!Objects.equals(cell.getValue(), now.get(cell.getKey()))) {
                    changes.add(new Change(file, old.getKey(), cell.getKey(), cell.getValue(), now.get(cell.getKey())));
                }
            }
        }
        for (String key : after.keySet()) {
            if (!before.containsKey(key)) {
                changes.add(new Change(file, key, "(row)", "absent", "present"));
            }
        }
    }

    private static Map<String, Map<String, String>> read(Path file, List<String> keyColumns) throws IOException {
        Map<String, Map<String, String>> rows = new LinkedHashMap<>();
        try (Reader reader = Files.newBufferedReader(file, StandardCharsets.UTF_8);
             CSVParser parser = CSVFormat.DEFAULT.builder().setHeader().setSkipHeaderRecord(true).get().parse(reader)) {
            for (CSVRecord record : parser) {
                Map<String, String> row = record.toMap();
                rows.put(key(row, keyColumns), row);
            }
        }
        return rows;
    }
}
