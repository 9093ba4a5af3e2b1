package kr.gpuprogram.reports.support;

import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;

/** A written CSV extract read back: its header and rows, and lookups by key column. */
public record ReportCsv(List<String> header, List<Map<String, String>> rows) {

    public static ReportCsv read(Path file) throws IOException {
        try (Reader reader = Files.newBufferedReader(file, StandardCharsets.UTF_8);
             CSVParser parser = CSVFormat.DEFAULT.builder().setHeader().setSkipHeaderRecord(true).get().parse(reader)) {
            List<Map<String, String>> rows = new ArrayList<>();
            for (CSVRecord record : parser) {
                rows.add(record.toMap());
            }
            return new ReportCsv(parser.getHeaderNames(), rows);
        }
    }

    public Optional<Map<String, String>> find(String column, String value) {
        return rows.stream().filter(r -> value.equals(r.get(column))).findFirst();
    }

    /** The row whose key column holds the value; fails when there is none. */
    public Map<String, String> row(String column, String value) {
        return find(column, value).orElseThrow(() -> new AssertionError("no row with " + column + "=" + value + " in " + rows));
    }

    public List<String> column(String column) {
        return rows.stream().map(r -> r.get(column)).toList();
    }
}
