package kr.gpuprogram.reports.ingest.reference;

import java.util.Map;

/** One data row of a reference file: its line number, its values by column, its text. */
record ReferenceRow(String file, int lineNo, Map<String, String> values, String content) {

    public String get(String column) {
        String value = values.get(column);
        return value == null ? "" : value.strip();
    }
}
