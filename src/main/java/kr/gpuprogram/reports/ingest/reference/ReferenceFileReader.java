package kr.gpuprogram.reports.ingest.reference;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.Charset;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import kr.gpuprogram.reports.ingest.inbox.CsvInput;
import kr.gpuprogram.reports.ingest.inbox.FileEncoding;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;

/** Reads a whole reference file (they are small) into rows keyed by lower-case column name. */
final class ReferenceFileReader {

    private static final org.slf4j.Logger log = org.slf4j.LoggerFactory.getLogger(ReferenceFileReader.class);

    private ReferenceFileReader() {
    }

    /** UTF-8, or CP949 as Korean Excel saves "CSV", with a warning: the same rows either way. */
    private static Charset charset(Path file, FileEncoding encoding) {
        if (!encoding.readable()) {
            throw new ReferenceFileException("reference file " + file + " cannot be read: " + encoding.problem());
        }
        if (encoding.charset() == FileEncoding.CP949) {
            log.warn("reference/{} is not UTF-8 but decodes cleanly as CP949 (what Korean Excel saves as CSV): "
                    + "read as CP949", file.getFileName());
        }
        return encoding.charset();
    }

    /**
     * The rows of a reference file; a line that cannot be used as text (a NUL) or parsed (an
     * unclosed quote, which would swallow every line after it) goes to {@code rejects} instead.
     *
     * @param encoding what {@link FileEncoding#of} found the content to be: the caller records it too
     */
    static List<ReferenceRow> read(Consumer<ReferenceReject> rejects, Path file, byte[] content, FileEncoding encoding,
                                   List<String> requiredColumns) {
        String fileName = file.getFileName().toString();
        Charset charset = charset(file, encoding);
        try (CSVParser parser = CSVParser.builder().setReader(reader(content, charset))
                .setFormat(CsvInput.commaSeparated()).get()) {
            return rows(parser.iterator(), rejects, file, fileName, requiredColumns);
        } catch (IOException | UncheckedIOException e) {
            return lineByLine(rejects, file, content, fileName, requiredColumns, charset);
        }
    }

    private static java.io.Reader reader(byte[] content, Charset charset) throws IOException {
        return CsvInput.reader(new java.io.ByteArrayInputStream(content), charset);
    }

    /** Each physical line parsed on its own: a broken quote then costs its own line only. */
    private static List<ReferenceRow> lineByLine(Consumer<ReferenceReject> rejects, Path file, byte[] content,
                                                 String fileName, List<String> requiredColumns, Charset charset) {
        List<String> lines;
        try (var reader = new java.io.BufferedReader(reader(content, charset))) {
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
