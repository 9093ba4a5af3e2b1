package kr.gpuprogram.reports.ingest.reference;

import kr.gpuprogram.reports.ingest.inbox.CsvInput;

public record ReferenceReject(String file, int lineNo, String reason, String content) {

    public ReferenceReject {
        reason = CsvInput.printable(reason);
        content = CsvInput.printable(content);
    }

    static ReferenceReject of(ReferenceRow row, String reason) {
        return new ReferenceReject(row.file(), row.lineNo(), reason, row.content());
    }
}
