package kr.gpuprogram.reports.report;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * Finds every published figure that a rewrite of a period's folder changes, by comparing two
 * reports' extract rows ({@link Extracts.Table}): the report published, as its files were
 * written (another process or version may have written them, and they are what was
 * published), and the new one. Rows are keyed as below and compared column by column; a row
 * that appears or disappears is one change of its column {@code (row)}.
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

    public static List<Change> between(List<Extracts.Table> published, List<Extracts.Table> fresh) {
        Map<String, Extracts.Table> before = new LinkedHashMap<>();
        published.forEach(t -> before.put(t.file(), t));
        List<Change> changes = new ArrayList<>();
        for (Extracts.Table table : fresh) {
            List<String> keyColumns = KEYS.get(table.file());
            Extracts.Table old = before.get(table.file());
            if (keyColumns == null || old == null) {
                continue;
            }
            compare(table.file(), keyColumns, rows(old, keyColumns), rows(table, keyColumns), changes);
        }
        return changes;
    }

    /** A table's rows by key, each value as the CSV writes it (null empty). */
    private static Map<String, Map<String, String>> rows(Extracts.Table table, List<String> keyColumns) {
        Map<String, Map<String, String>> rows = new LinkedHashMap<>();
        for (List<Object> values : table.rows()) {
            Map<String, String> row = new LinkedHashMap<>();
            for (int i = 0; i < table.columns().size(); i++) {
                row.put(table.columns().get(i), i < values.size() ? Objects.toString(values.get(i), "") : "");
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
}
