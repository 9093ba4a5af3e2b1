package kr.gpuprogram.reports.ingest.inbox;

import java.util.List;

/**
 * One line of an inbox file as read, before it is understood. {@code fileProblem} is set
 * when the file itself cannot be read (no usable header), so that every line of it is
 * rejected with that reason rather than dropped.
 */
public record InputLine(
        InboxFile file,
        int lineNo,
        FileHeader header,
        List<String> values,
        String content,
        String fileProblem) {

    public String value(String column) {
        Integer index = header.columns().get(column);
        return index == null || index >= values.size() ? "" : values.get(index).strip();
    }
}
