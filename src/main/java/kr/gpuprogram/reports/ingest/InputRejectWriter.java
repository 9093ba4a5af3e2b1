package kr.gpuprogram.reports.ingest;

import java.sql.Connection;
import java.util.List;
import kr.gpuprogram.reports.db.CopyText;
import kr.gpuprogram.reports.db.SqlResource;
import kr.gpuprogram.reports.ingest.ClassifiedLine.Rejected;
import kr.gpuprogram.reports.ingest.inbox.CsvInput;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.jdbc.core.namedparam.SqlParameterSource;

/**
 * Stores a chunk's rejected lines in {@code input_reject} by COPY: a damaged export rejects
 * every one of its million lines, and one INSERT per line stored 22,000 of them a second.
 */
public final class InputRejectWriter {

    private InputRejectWriter() {
    }

    public static void store(NamedParameterJdbcTemplate jdbc, List<Rejected> rejects) {
        if (rejects.isEmpty()) {
            return;
        }
        if (!rejects.stream().allMatch(r -> CopyText.copyable(r.file().fileDate()))) {
            // a day of a year COPY's text would not carry as pgjdbc binds it: this chunk the former way
            jdbc.batchUpdate(SqlResource.statement("ingest/insert-input-reject.sql"),
                    rejects.stream().map(InputRejectWriter::parameters).toArray(SqlParameterSource[]::new));
            return;
        }
        CopyText rows = new CopyText();
        for (Rejected reject : rejects) {
            rows.number(reject.file().fileId())
                    .text(reject.file().displayName())
                    .date(reject.file().fileDate())
                    .number(reject.lineNo())
                    .text(reason(reject))
                    .text(content(reject))
                    .endRow();
        }
        jdbc.getJdbcTemplate().execute((Connection connection) ->
                rows.copyInto(connection, SqlResource.statement("ingest/copy-input-rejects.sql")));
    }

    private static SqlParameterSource parameters(Rejected reject) {
        return new MapSqlParameterSource()
                .addValue("file_id", reject.file().fileId())
                .addValue("file_name", reject.file().displayName())
                .addValue("file_date", reject.file().fileDate())
                .addValue("line_no", reject.lineNo())
                .addValue("reason", reason(reject))
                .addValue("content", content(reject));
    }

    /** The reason as stored, whichever way: printable. */
    private static String reason(Rejected reject) {
        return CsvInput.printable(reject.reason());
    }

    /** The line as stored, whichever way: shortened, then printable. */
    private static String content(Rejected reject) {
        return CsvInput.printable(CsvInput.shorten(reject.content()));
    }
}
