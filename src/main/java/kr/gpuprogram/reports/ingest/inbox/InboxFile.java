package kr.gpuprogram.reports.ingest.inbox;

import java.nio.file.Path;
import java.time.LocalDate;

/** A registered version of an inbox file. */
public record InboxFile(long fileId, String fileName, String kind, String clusterId, LocalDate fileDate, Path path,
                        long sizeBytes, String encoding, String problem) {

    /** A file version known by its id alone, as tests and the telemetry path build them. */
    public InboxFile(long fileId, String fileName, String kind, String clusterId, LocalDate fileDate, Path path) {
        this(fileId, fileName, kind, clusterId, fileDate, path, 0, "UTF-8", null);
    }

    /** How the file is named in rejects.csv: relative to the data dir. */
    public String displayName() {
        return "inbox/" + fileName;
    }
}
