package kr.gpuprogram.reports.ingest;

import java.util.ArrayList;
import java.util.List;

/**
 * Reads telemetry files as blocks of lines, a block never spanning two files: a telemetry day
 * has millions of lines, and per-item bookkeeping for each would cost more than the lines.
 */
public class TelemetryBlockReader extends InboxFilesReader<TelemetryBlock> {

    private final int blockSize;

    public TelemetryBlockReader(List<InboxFile> files, int blockSize) {
        super(files, CsvInput.unquotedCommaSeparated(), firstLine -> FileHeader.named(firstLine, TelemetryLineParser.REQUIRED_COLUMNS));
        this.blockSize = blockSize;
    }

    @Override
    protected TelemetryBlock readFromFile() {
        List<TelemetryBlock.Line> lines = new ArrayList<>(blockSize);
        RawLine first = null;
        RawLine line;
        while (lines.size() < blockSize && (line = nextLine()) != null) {
            if (line.fileProblem() != null) {
                if (first == null) {
                    // a problem of the file or of the rest of it comes as a block of its own
                    return new TelemetryBlock(line.file(), line.header(),
                            List.of(new TelemetryBlock.Line(line.lineNo(), line.values())), line.fileProblem());
                }
                pushBack(line);
                break;
            }
            if (first == null) {
                first = line;
            }
            lines.add(new TelemetryBlock.Line(line.lineNo(), line.values()));
        }
        return first == null ? null : new TelemetryBlock(first.file(), first.header(), lines, null);
    }
}
