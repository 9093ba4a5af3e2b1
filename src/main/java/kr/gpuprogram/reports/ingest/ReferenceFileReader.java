package kr.gpuprogram.reports.ingest;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;

/** Reads a whole reference file (they are small) into rows keyed by lower-case column name. */
final class ReferenceFileReader {

    private ReferenceFileReader() {
    }

    static List<ReferenceRow> read(Path referenceDir, String fileName, List<String> requiredColumns) {
        Path file = referenceDir.resolve(fileName);
        if (!Files.isReadable(file)) {
            throw new ReferenceFileException("reference file " + file + " is missing or unreadable");
        }
        try (CSVParser parser = CsvInput.parser(file, CsvInput.commaSeparated())) {
            Iterator<CSVRecord> records = parser.iterator();
            if (!records.hasNext()) {
                throw new ReferenceFileException("reference file " + file + " is empty (no header row)");
            }
            Map<String, Integer> index = CsvInput.headerIndex(records.next());
            List<String> missing = CsvInput.missingColumns(index, requiredColumns);
            if (!missing.isEmpty()) {
                throw new ReferenceFileException("reference file " + file + " lacks the column(s) " + String.join(", ", missing));
            }
            List<ReferenceRow> rows = new ArrayList<>();
            while (records.hasNext()) {
                CSVRecord record = records.next();
                Map<String, String> values = new HashMap<>();
                index.forEach((column, i) -> values.put(column, i < record.size() ? record.get(i) : null));
                int lineNo = (int) record.getRecordNumber();
                rows.add(new ReferenceRow(fileName, lineNo, values, CsvInput.content(record, ',')));
            }
            return rows;
        } catch (IOException | java.io.UncheckedIOException e) {
            throw new ReferenceFileException("reference file " + file + " cannot be read: " + e.getMessage());
        }
    }
}
