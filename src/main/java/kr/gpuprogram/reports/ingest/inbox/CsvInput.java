package kr.gpuprogram.reports.ingest.inbox;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.nio.charset.Charset;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;

/**
 * Opens the program's input files as SPEC.md describes them: UTF-8 with an optional BOM,
 * a header row whose names match case-insensitively, columns in any order, unknown
 * columns ignored. Bytes that are not UTF-8 become U+FFFD, so that the line carrying
 * them can be rejected instead of failing the whole file.
 */
public final class CsvInput {

    public static final char REPLACEMENT = '\uFFFD';

    private CsvInput() {
    }

    public static CSVFormat commaSeparated() {
        return CSVFormat.DEFAULT.builder()
                .setTrim(true)
                .setIgnoreEmptyLines(true)
                .get();
    }

    /**
     * DCGM telemetry: comma separated without quoting (its fields never hold a comma), so that a
     * stray quote in a damaged line cannot swallow the lines after it.
     */
    public static CSVFormat unquotedCommaSeparated() {
        return commaSeparated().builder().setQuote(null).get();
    }

    /** sacct --parsable2: pipe separated, no quoting at all. */
    public static CSVFormat pipeSeparated() {
        return CSVFormat.DEFAULT.builder()
                .setDelimiter('|')
                .setQuote(null)
                .setTrim(true)
                .setIgnoreEmptyLines(true)
                .get();
    }

    public static Reader reader(Path file, Charset charset) throws IOException {
        // inbox files: a link is never followed, even one made after the file was listed
        return reader(Files.newInputStream(file, java.nio.file.LinkOption.NOFOLLOW_LINKS), charset);
    }

    public static Reader reader(InputStream in, Charset charset) throws IOException {
        var decoder = charset.newDecoder()
                .onMalformedInput(CodingErrorAction.REPLACE)
                .onUnmappableCharacter(CodingErrorAction.REPLACE);
        BufferedReader reader = new BufferedReader(new InputStreamReader(in, decoder), 1 << 16);
        reader.mark(1);
        if (reader.read() != '\uFEFF') {
            reader.reset();
        }
        // bounded memory whatever a line's length (BoundedLineReader)
        return new BufferedReader(new BoundedLineReader(reader, MAX_LINE_CHARACTERS + 1), 1 << 16);
    }

    public static CSVParser parser(Path file, CSVFormat format, Charset charset) throws IOException {
        return CSVParser.builder().setReader(reader(file, charset)).setFormat(format).get();
    }

    /** Text as PostgreSQL can store it and a person can read it: a NUL becomes the symbol for NUL. */
    public static String printable(String text) {
        return text == null || text.indexOf('\0') < 0 ? text : text.replace('\0', '\u2400');
    }

    /** Lower-cased header names to their column index; the first occurrence wins. */
    public static Map<String, Integer> headerIndex(CSVRecord header) {
        return headerIndex(header.values());
    }

    public static Map<String, Integer> headerIndex(String[] names) {
        Map<String, Integer> index = new LinkedHashMap<>();
        for (int i = 0; i < names.length; i++) {
            index.putIfAbsent(normalise(names[i]), i);
        }
        return index;
    }

    public static String normalise(String columnName) {
        return columnName.strip().replace("\uFEFF", "").toLowerCase(Locale.ROOT);
    }

    /** The required columns that the header lacks. */
    public static List<String> missingColumns(Map<String, Integer> index, List<String> required) {
        return required.stream().filter(c -> !index.containsKey(c)).toList();
    }

    /** Longer lines are no input line of ours; they are rejected whatever they hold. */
    public static final int MAX_LINE_CHARACTERS = 65_536;
    private static final int MAX_REJECT_CONTENT = 2_000;
    private static final int MAX_LONG_LINE_CONTENT = 200;

    /** A rejected line's text as rejects.csv shows it: whole, or its start and its length when huge. */
    public static String shorten(String content) {
        if (content == null || content.length() <= MAX_REJECT_CONTENT) {
            return content;
        }
        if (content.length() > MAX_LINE_CHARACTERS) {
            // its first 200 characters: the rest was never read (BoundedLineReader)
            return content.substring(0, MAX_LONG_LINE_CONTENT) + "... (a line of more than " + MAX_LINE_CHARACTERS
                    + " characters)";
        }
        return content.substring(0, MAX_REJECT_CONTENT) + "... (" + content.length() + " characters in all)";
    }

    /** The record as it stood in the file, for rejects.csv. */
    public static String content(CSVRecord record, char delimiter) {
        StringBuilder line = new StringBuilder();
        for (int i = 0; i < record.size(); i++) {
            if (i > 0) {
                line.append(delimiter);
            }
            line.append(record.get(i));
        }
        return line.toString();
    }
}
