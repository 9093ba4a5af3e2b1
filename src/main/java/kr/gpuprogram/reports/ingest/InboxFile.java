package kr.gpuprogram.reports.ingest;

import java.nio.file.Path;
import java.time.LocalDate;

/** A registered version of an inbox file. */
public record InboxFile(long fileId, String fileName, String kind, String clusterId, LocalDate fileDate, Path path) {

    /** How the file is named in rejects.csv: relative to the data dir. */
    public String displayName() {
        return "inbox/" + fileName;
    }
}
