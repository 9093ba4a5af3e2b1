package kr.gpuprogram.reports.ingest;

public record ReferenceReject(String file, int lineNo, String reason, String content) {

    static ReferenceReject of(ReferenceRow row, String reason) {
        return new ReferenceReject(row.file(), row.lineNo(), reason, row.content());
    }
}
