package kr.gpuprogram.reports.ingest;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.function.Consumer;
import java.nio.charset.Charset;
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

    private static final org.slf4j.Logger log = org.slf4j.LoggerFactory.getLogger(ReferenceFileReader.class);

    private ReferenceFileReader() {
    }

    /** UTF-8, or CP949 as Korean Excel saves "CSV", with a warning: the same rows either way. */
    private static Charset charset(Path file) {
        try {
            FileEncoding encoding = FileEncoding.of(file, false);
            if (!encoding.readable()) {
                throw new ReferenceFileException("reference file " + file + " cannot be read: " + encoding.problem());
            }
            if (encoding.charset() == FileEncoding.CP949) {
                log.warn("reference/{} is not UTF-8 but decodes cleanly as CP949 (what Korean Excel saves as CSV): "
                        + "read as CP949", file.getFileName());
            }
            return encoding.charset();
        } catch (IOException e) {
            throw new ReferenceFileException("reference file " + file + " cannot be read: " + e.getMessage());
        }
    }

    /**
     * The rows of a reference file; a line that cannot be used as text (a NUL) or parsed (an
     * unclosed quote, which would swallow every line after it) goes to {@code rejects} instead.
     */
    static List<ReferenceRow> read(Consumer<ReferenceReject> rejects, Path referenceDir, String fileName,
                                   List<String> requiredColumns) {
        Path file = referenceDir.resolve(fileName);
        if (!Files.isReadable(file)) {
            throw new ReferenceFileException("reference file " + file + " is missing or unreadable");
        }
        Charset charset = charset(file);
        try (CSVParser parser = CsvInput.parser(file, CsvInput.commaSeparated(), charset)) {
            return rows(parser.iterator(), rejects, file, fileName, requiredColumns);
        } catch (IOException | UncheckedIOException e) {
            return lineByLine(rejects, file, fileName, requiredColumns, charset);
        }
    }

    /** Each physical line parsed on its own: a broken quote then costs its own line only. */
    private static List<ReferenceRow> lineByLine(Consumer<ReferenceReject> rejects, Path file, String fileName,
                                                 List<String> requiredColumns, Charset charset) {
        List<String> lines;
        try (var reader = new java.io.BufferedReader(CsvInput.reader(file, charset))) {
            lines = reader.lines().toList();
        } catch (IOException | UncheckedIOException e) {
            throw new ReferenceFileException("reference file " + file + " cannot be read: " + e.getMessage());
        }
        List<CSVRecord> records = new ArrayList<>();
        Map<Integer, Integer> lineNumbers = new HashMap<>();
        for (int i = 0; i < lines.size(); i++) {
            if (lines.get(i).isEmpty()) {
                continue;
            }
            try (CSVParser one = CSVParser.builder().setReader(new java.io.StringReader(lines.get(i)))
                    .setFormat(CsvInput.commaSeparated()).get()) {
                for (CSVRecord record : one) {
                    lineNumbers.put(records.size(), i + 1);
                    records.add(record);
                }
            } catch (IOException | UncheckedIOException e) {
                rejects.accept(new ReferenceReject(fileName, i + 1, "line cannot be parsed as CSV (an unclosed quote?)",
                        lines.get(i)));
            }
        }
        List<ReferenceRow> rows = rows(records.iterator(), rejects, file, fileName, requiredColumns);
        return rows.stream().map(r -> new ReferenceRow(r.file(), lineNumbers.getOrDefault(r.lineNo() - 1, r.lineNo()),
                r.values(), r.content())).toList();
    }

    private static List<ReferenceRow> rows(Iterator<CSVRecord> records, Consumer<ReferenceReject> rejects, Path file,
                                           String fileName, List<String> requiredColumns) {
        if (!records.hasNext()) {
            throw new ReferenceFileException("reference file " + file + " is empty (no header row)");
        }
        Map<String, Integer> index = CsvInput.headerIndex(records.next());
        List<String> missing = CsvInput.missingColumns(index, requiredColumns);
        if (!missing.isEmpty()) {
            throw new ReferenceFileException("reference file " + file + " lacks the column(s) " + String.join(", ", missing));
        }
        List<ReferenceRow> rows = new ArrayList<>();
        int recordNo = 1;
        while (records.hasNext()) {
            CSVRecord record = records.next();
            recordNo++;
            String content = CsvInput.content(record, ',');
            int lineNo = record.getRecordNumber() > 1 ? (int) record.getRecordNumber() : recordNo;
            if (content.indexOf('\0') >= 0) {
                rejects.accept(new ReferenceReject(fileName, lineNo, "invalid text (NUL byte) in the line", content));
                continue;
            }
            Map<String, String> values = new HashMap<>();
            index.forEach((column, i) -> values.put(column, i < record.size() ? record.get(i) : null));
            rows.add(new ReferenceRow(fileName, lineNo, values, content));
        }
        return rows;
    }
}
