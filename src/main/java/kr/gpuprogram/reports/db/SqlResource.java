package kr.gpuprogram.reports.db;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.springframework.core.io.ClassPathResource;

/**
 * SQL kept in {@code .sql} resources. A file may hold several statements, each ended by a
 * semicolon at the end of a line.
 */
public final class SqlResource {

    private static final Map<String, List<String>> CACHE = new ConcurrentHashMap<>();

    private SqlResource() {
    }

    /** The single statement of a resource. */
    public static String statement(String path) {
        List<String> statements = statements(path);
        if (statements.size() != 1) {
            throw new IllegalStateException(path + " holds " + statements.size() + " statements, expected one");
        }
        return statements.get(0);
    }

    /** How many rows the single statement of a resource gives, without fetching them. */
    public static String countOf(String path) {
        return "SELECT count(*) FROM (\n" + statement(path) + "\n) AS counted";
    }

    public static List<String> statements(String path) {
        return CACHE.computeIfAbsent(path, SqlResource::load);
    }

    private static List<String> load(String path) {
        String text;
        try (var in = new ClassPathResource(path).getInputStream()) {
            text = new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read SQL resource " + path, e);
        }
        List<String> statements = new ArrayList<>();
        StringBuilder current = new StringBuilder();
        for (String line : text.split("\n", -1)) {
            String trimmed = line.strip();
            if (trimmed.startsWith("--") && current.isEmpty()) {
                continue;
            }
            current.append(line).append('\n');
            if (trimmed.endsWith(";") && !trimmed.startsWith("--")) {
                String statement = current.toString().strip();
                statements.add(statement.substring(0, statement.length() - 1));
                current.setLength(0);
            }
        }
        if (!current.toString().isBlank()) {
            statements.add(current.toString().strip());
        }
        return List.copyOf(statements);
    }
}
