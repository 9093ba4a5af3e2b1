package kr.gpuprogram.reports.ingest;

import java.util.List;

/**
 * A run of consecutive lines of one telemetry file, read as one item: a telemetry day of a
 * large cluster has millions of lines, and a chunk step handling them one by one would spend
 * its time on per-item bookkeeping rather than on the lines.
 */
public record TelemetryBlock(InboxFile file, FileHeader header, List<Line> lines, String fileProblem) {

    public record Line(int lineNo, String[] values) {
    }
}
