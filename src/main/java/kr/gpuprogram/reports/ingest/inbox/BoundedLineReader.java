package kr.gpuprogram.reports.ingest.inbox;

import java.io.IOException;
import java.io.Reader;

/**
 * A reader that passes at most {@code keep} characters of each line on and drops the rest of it,
 * up to its line end, unread by anyone. commons-csv builds a whole record before anything can
 * look at its length, so a 450 MB line used to cost 450 MB of heap (twice, as a String) and
 * stopped every night with {@code Java heap space}; through this reader a line of any length
 * costs what {@code keep} characters do. {@code keep} is one more than the longest line accepted,
 * so the line's reader still sees that it was too long and rejects it as one line, with its line
 * number kept (the line end is passed on).
 */
final class BoundedLineReader extends Reader {

    private final Reader in;
    private final int keep;
    private int column;
    private boolean dropping;

    BoundedLineReader(Reader in, int keep) {
        this.in = in;
        this.keep = keep;
    }

    @Override
    public int read(char[] buffer, int offset, int length) throws IOException {
        while (true) {
            int read = in.read(buffer, offset, length);
            if (read <= 0) {
                return read;
            }
            int out = offset;
            for (int i = offset; i < offset + read; i++) {
                char c = buffer[i];
                if (c == '\n' || c == '\r') {
                    column = 0;
                    dropping = false;
                    buffer[out++] = c;
                } else if (!dropping) {
                    if (++column > keep) {
                        dropping = true;
                    } else {
                        buffer[out++] = c;
                    }
                }
            }
            if (out > offset) {
                return out - offset;
            }
            // all of it belonged to the dropped rest of a line: read on
        }
    }

    @Override
    public void close() throws IOException {
        in.close();
    }
}
