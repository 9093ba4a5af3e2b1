package kr.gpuprogram.reports.ingest.telemetry;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.StandardOpenOption;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import kr.gpuprogram.reports.ingest.ClassifiedLine;
import kr.gpuprogram.reports.ingest.LineProblem;
import kr.gpuprogram.reports.ingest.LineProblems;
import kr.gpuprogram.reports.ingest.inbox.ByteFields;
import kr.gpuprogram.reports.ingest.inbox.CsvInput;
import kr.gpuprogram.reports.ingest.inbox.EnclosingQuotes;
import kr.gpuprogram.reports.ingest.inbox.InboxFile;
import kr.gpuprogram.reports.ingest.reference.ClusterCatalog;
import kr.gpuprogram.reports.ingest.telemetry.TelemetryAggregate.Key;
import kr.gpuprogram.reports.ingest.telemetry.TelemetryAggregate.Sums;

/**
 * Reads one DCGM telemetry file and adds up its samples per program-zone day and job, in
 * blocks of lines. No Spring here: the step's reader drives it.
 *
 * <p>The fast path parses large buffers of bytes in place: no String per field, timestamps by
 * their fixed layout ({@code yyyy-MM-ddTHH:mm:ss}, an optional fraction, {@code Z}, {@code
 * ±HH:MM} or no offset) with the day bounds of the program zone cached, hostnames and job ids
 * interned once as small ints, sums in primitive arrays. Whatever it does not recognise takes
 * the exact path, so that rejects keep their reasons:
 * <ul>
 * <li>a line of plain ASCII whose values do not pass the fast checks, or have a quote that
 * does not enclose a value ({@link EnclosingQuotes}): split as commons-csv would split it
 * and given to {@link TelemetryLineParser};</li>
 * <li>a line with a control byte or a byte outside ASCII, a line longer than the buffer, a header
 * that is not plain ASCII or lacks columns, an empty file: from there on, the file is read by
 * commons-csv ({@link ExactTelemetryLines}; the lines before it are skipped by count), as the
 * reader of inbox files reads it.</li>
 * </ul>
 * Both paths share the GPUs' last sample times, so the "duplicate or out-of-order" rule holds
 * across them.
 */
public final class TelemetryFileScanner implements TelemetryBlocks {

    static final int DEFAULT_BUFFER = 1 << 22;
    private static final byte COMMA = 1;
    private static final byte LINE_END = 2;
    private static final byte SPECIAL = 3;
    private static final byte QUOTE = 4;
    /** per byte value: 0 for an ordinary byte, else COMMA, LINE_END, QUOTE or SPECIAL (a control byte, or not ASCII) */
    private static final byte[] BYTE_KIND = new byte[256];

    static {
        BYTE_KIND[','] = COMMA;
        BYTE_KIND['\n'] = LINE_END;
        BYTE_KIND['\r'] = LINE_END;
        BYTE_KIND['"'] = QUOTE;
        // control bytes (a NUL above all, which PostgreSQL cannot store) take the exact path and its reject
        for (int b = 0; b < 0x20; b++) {
            if (b != '\n' && b != '\r') {
                BYTE_KIND[b] = SPECIAL;
            }
        }
        for (int b = 0x80; b < 0x100; b++) {
            BYTE_KIND[b] = SPECIAL;
        }
    }
    /** longer lines take the exact path (which rejects lines of more than 65,536 characters) */
    private static final int MAX_FAST_LINE = 4096;
    private static final int NO_JOB = BlockSums.NO_JOB;
    static final int MAX_BLOCK_REJECTS = 10_000;

    private final InboxFile file;
    private final ClusterCatalog catalog;
    private final ClusterCatalog.Entry cluster;
    private final ZoneId programZone;
    private final boolean fastPathEnabled;
    private final GpuClocks clocks = new GpuClocks();
    private final ByteKeys jobs = new ByteKeys();
    private final byte[] clusterBytes;

    // the header
    private int columns;
    private int cTimestamp;
    private int cCluster;
    private int cHost;
    private int cGpu;
    private int cJob;
    private int cUtil;
    private TelemetryLineParser exact;

    // the fast path's input
    private FileChannel channel;
    private byte[] buf;
    private int pos;
    private int limit;
    private long bufferOffset;
    private boolean eof;
    private boolean fast;
    private int[] fieldFrom;
    private int[] fieldTo;

    // the exact path's input (commons-csv), once the file is read that way
    private ExactTelemetryLines exactLines;

    /** lines read after the header, counted as InboxFilesReader counts them (restart position) */
    private int linesRead;
    /** commons-csv's record number of the last line read (the header is record 1) */
    private int recordNo;

    // timestamps: the last one and its day
    private final TimestampBytes timestamps;
    private final ProgramDays days;
    private final byte[] lastStamp = new byte[64];
    private int lastStampLength = -1;
    private long lastStampSecond;
    private int lastStampDay;

    // the last host and job seen: neighbouring lines usually share them
    private int lastHost = -1;
    private int lastJob = NO_JOB;
    private boolean lastJobValid;
    private long[] lastHostSeconds;

    private final BlockSums blockSums = new BlockSums();
    private List<ClassifiedLine.Rejected> rejects = new ArrayList<>();

    public TelemetryFileScanner(InboxFile file, ClusterCatalog catalog, ZoneId programZone) {
        this(file, catalog, programZone, true, DEFAULT_BUFFER);
    }

    /** {@code fastPath} false reads every line the exact way (for tests comparing both). */
    TelemetryFileScanner(InboxFile file, ClusterCatalog catalog, ZoneId programZone, boolean fastPath, int bufferSize) {
        this.file = file;
        this.catalog = catalog;
        this.cluster = catalog.find(file.clusterId());
        this.programZone = programZone;
        this.timestamps = cluster == null ? null : new TimestampBytes(cluster.zone());
        this.days = new ProgramDays(programZone);
        this.fastPathEnabled = fastPath;
        this.clusterBytes = file.clusterId().getBytes(StandardCharsets.UTF_8);
        this.buf = new byte[bufferSize];
    }

    /**
     * Opens the file at the start, or after the lines a committed chunk already stored:
     * {@code byteOffset} (the fast path's position) when known, else by skipping
     * {@code skipLines} lines the exact way.
     */
    public void open(int skipLines, long byteOffset) {
        if (file.problem() != null) {
            // not text at all (the scan found why): the file is its one reject at line 0
            exactLines = ExactTelemetryLines.notText(file, skipLines);
            return;
        }
        try {
            if (fastPathEnabled && readHeaderFast()) {
                if (byteOffset >= 0) {
                    seek(byteOffset);
                    linesRead = skipLines;
                    recordNo = skipLines + 1;
                    return;
                }
                if (skipLines == 0) {
                    return;
                }
                abandonFast();
            }
            openExact(skipLines);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + file.path() + ": " + e.getMessage(), e);
        }
    }

    /** Where a restart goes on: the byte offset of the next line, or -1 when read the exact way. */
    @Override
    public long byteOffset() {
        return fast ? bufferOffset + pos : -1;
    }

    public int linesRead() {
        return exactLines == null ? linesRead : exactLines.linesRead();
    }

    /**
     * The sums and rejects of up to {@code maxLines} further lines, or null at the end of the
     * file. A block ends early once it holds {@link #MAX_BLOCK_REJECTS} rejects, whose lines,
     * unlike sums, are held one by one until the chunk is stored.
     */
    public TelemetryAggregate next(int maxLines) {
        int firstLine = -1;
        int lines = 0;
        try {
            while (lines < maxLines && rejects.size() < MAX_BLOCK_REJECTS) {
                if (fast) {
                    int lineNo = nextFastLine();
                    if (lineNo == 0) {
                        break;
                    }
                    if (lineNo > 0) {
                        if (firstLine < 0) {
                            firstLine = lineNo;
                        }
                        lines++;
                    }
                    // lineNo < 0: switched to the exact way; go on there
                } else if (exactLines != null) {
                    int lineNo = nextExactLine();
                    if (lineNo < 0) {
                        break;
                    }
                    if (firstLine < 0) {
                        firstLine = lineNo;
                    }
                    lines++;
                } else {
                    break;
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + file.path() + ": " + e.getMessage(), e);
        }
        if (lines == 0) {
            return null;
        }
        return takeBlock(firstLine);
    }

    @Override
    public void close() {
        try {
            if (channel != null) {
                channel.close();
                channel = null;
            }
            if (exactLines != null) {
                exactLines.close();
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    // ---------------------------------------------------------------- the header

    /** Reads the header row from bytes; false when the file needs the exact way from its start. */
    private boolean readHeaderFast() throws IOException {
        channel = FileChannel.open(file.path(), StandardOpenOption.READ, java.nio.file.LinkOption.NOFOLLOW_LINKS);
        bufferOffset = 0;
        pos = 0;
        limit = 0;
        eof = false;
        fill();
        if (limit >= 3 && buf[0] == (byte) 0xEF && buf[1] == (byte) 0xBB && buf[2] == (byte) 0xBF) {
            pos = 3;
        }
        while (true) {
            while (pos < limit && (buf[pos] == '\n' || buf[pos] == '\r')) {
                pos++;
            }
            if (pos < limit || eof) {
                break;
            }
            fill();
        }
        int end = pos;
        while (true) {
            while (end < limit && buf[end] != '\n' && buf[end] != '\r') {
                end++;
            }
            if (end < limit || eof) {
                break;
            }
            int shift = pos;
            if (!fill()) {
                break;
            }
            end -= shift;
        }
        if (end == pos || (end == limit && !eof)) {
            return abandonFast(); // an empty file, or a header longer than the buffer
        }
        List<String> names = new ArrayList<>();
        int from = pos;
        for (int i = pos; i <= end; i++) {
            if (i < end && buf[i] < 0) {
                return abandonFast();
            }
            if (i == end || buf[i] == ',') {
                names.add(EnclosingQuotes.removed(new String(buf, from, i - from, StandardCharsets.US_ASCII).trim()));
                from = i + 1;
            }
        }
        Map<String, Integer> index = CsvInput.headerIndex(names.toArray(String[]::new));
        if (!CsvInput.missingColumns(index, TelemetryLineParser.REQUIRED_COLUMNS).isEmpty()) {
            return abandonFast();
        }
        useHeader(index);
        pos = end + 1 <= limit ? end + 1 : end;
        fast = true;
        recordNo = 1;
        linesRead = 0;
        return true;
    }

    private boolean abandonFast() throws IOException {
        channel.close();
        channel = null;
        fast = false;
        return false;
    }

    private void useHeader(Map<String, Integer> index) {
        columns = index.size();
        cTimestamp = index.get("timestamp");
        cCluster = index.get("cluster_id");
        cHost = index.get("hostname");
        cGpu = index.get("gpu");
        cJob = index.get("job_id");
        cUtil = index.get("gpu_util");
        fieldFrom = new int[columns];
        fieldTo = new int[columns];
        exact = new TelemetryLineParser(file, index, catalog, programZone, clocks);
    }

    private void seek(long offset) throws IOException {
        channel.position(offset);
        bufferOffset = offset;
        pos = 0;
        limit = 0;
        eof = false;
    }

    /** Keeps the bytes from pos, moved to the buffer's start, and reads more; false at the end of the file. */
    private boolean fill() throws IOException {
        if (eof) {
            return false;
        }
        if (pos > 0) {
            System.arraycopy(buf, pos, buf, 0, limit - pos);
            bufferOffset += pos;
            limit -= pos;
            pos = 0;
        }
        if (limit == buf.length) {
            return false;
        }
        int n = channel.read(ByteBuffer.wrap(buf, limit, buf.length - limit));
        if (n < 0) {
            eof = true;
            return false;
        }
        limit += n;
        return true;
    }

    // ---------------------------------------------------------------- the fast path

    /**
     * Reads the next line from the buffer: its record number, 0 at the end of the file, or -1
     * when the line needs commons-csv (the rest of the file is then read the exact way).
     */
    private int nextFastLine() throws IOException {
        while (true) {
            // skip empty lines: commons-csv ignores them and does not count them
            while (pos < limit && (buf[pos] == '\n' || buf[pos] == '\r')) {
                pos++;
            }
            if (pos == limit) {
                if (!fill() && pos == limit) {
                    return 0;
                }
                continue;
            }
            byte[] b = buf;
            int start = pos;
            int end = limit;
            int field = 0;
            int fieldStart = start;
            boolean special = false;
            int quotes = 0;
            int[] from = fieldFrom;
            int[] to = fieldTo;
            int cols = columns;
            byte[] kinds = BYTE_KIND;
            for (int i = start; i < limit; i++) {
                byte kind = kinds[b[i] & 0xFF];
                if (kind == 0) {
                    continue;
                }
                if (kind == COMMA) {
                    if (field < cols) {
                        from[field] = fieldStart;
                        to[field] = i;
                    }
                    field++;
                    fieldStart = i + 1;
                } else if (kind == LINE_END) {
                    end = i;
                    break;
                } else if (kind == QUOTE) {
                    quotes++;
                } else {
                    special = true;
                }
            }
            if (end == limit && !eof) {
                // the line goes on past the buffer
                if (pos == 0 && limit == b.length) {
                    return switchToExact();
                }
                fill();
                continue;
            }
            if (special) {
                return switchToExact();
            }
            if (field < cols) {
                from[field] = fieldStart;
                to[field] = end;
            }
            field++;
            recordNo++;
            linesRead++;
            pos = end < limit ? end + 1 : end;
            if (field != cols || end - start > MAX_FAST_LINE || (quotes > 0 && !unquoted(quotes)) || !fastSample()) {
                exactLine(recordNo, split(start, end));
            }
            return recordNo;
        }
    }

    /** Whether every quote of the line encloses a value; those values are then their inside. */
    private boolean unquoted(int quotes) {
        int removed = 0;
        for (int f = 0; f < columns; f++) {
            removed += EnclosingQuotes.removed(buf, fieldFrom, fieldTo, f);
        }
        return removed == quotes;
    }

    /** Parses the fields of the line in fieldFrom/fieldTo and adds it up; false when it needs the exact path. */
    private boolean fastSample() {
        if (cluster == null) {
            return false;
        }
        byte[] b = buf;
        // cluster_id
        int s = ByteFields.trimFrom(b, fieldFrom[cCluster], fieldTo[cCluster]);
        int e = ByteFields.trimTo(b, s, fieldTo[cCluster]);
        if (e - s != clusterBytes.length || !ByteFields.same(b, s, clusterBytes, 0, e - s)) {
            return false;
        }
        // timestamp
        s = ByteFields.trimFrom(b, fieldFrom[cTimestamp], fieldTo[cTimestamp]);
        e = ByteFields.trimTo(b, s, fieldTo[cTimestamp]);
        long second;
        int day;
        int length = e - s;
        if (length == lastStampLength && ByteFields.same(b, s, lastStamp, 0, length)) {
            second = lastStampSecond;
            day = lastStampDay;
        } else {
            second = timestamps.epochSecond(b, s, e);
            if (second == Long.MIN_VALUE) {
                return false;
            }
            day = days.of(second);
            if (length <= lastStamp.length) {
                System.arraycopy(b, s, lastStamp, 0, length);
                lastStampLength = length;
                lastStampSecond = second;
                lastStampDay = day;
            }
        }
        // gpu
        s = ByteFields.trimFrom(b, fieldFrom[cGpu], fieldTo[cGpu]);
        e = ByteFields.trimTo(b, s, fieldTo[cGpu]);
        int gpu = ByteFields.digits(b, s, e);
        if (gpu < 0 || gpu > 4096) {
            return false;
        }
        // gpu_util
        s = ByteFields.trimFrom(b, fieldFrom[cUtil], fieldTo[cUtil]);
        e = ByteFields.trimTo(b, s, fieldTo[cUtil]);
        double util = ByteFields.digits(b, s, e);
        if (util < 0) {
            util = ByteFields.decimal(b, s, e);
        }
        if (!(util >= 0 && util <= 100)) {
            return false;
        }
        // hostname: the duplicate or out-of-order rule
        s = ByteFields.trimFrom(b, fieldFrom[cHost], fieldTo[cHost]);
        e = ByteFields.trimTo(b, s, fieldTo[cHost]);
        long[] seconds;
        if (lastHost >= 0 && clocks.isHost(lastHost, b, s, e) && gpu < lastHostSeconds.length) {
            seconds = lastHostSeconds;
        } else {
            lastHost = clocks.hostId(b, s, e);
            seconds = clocks.lastSeconds(lastHost, gpu);
            lastHostSeconds = seconds;
        }
        if (second <= seconds[gpu]) {
            return false;
        }
        seconds[gpu] = second;
        // job_id
        s = ByteFields.trimFrom(b, fieldFrom[cJob], fieldTo[cJob]);
        e = ByteFields.trimTo(b, s, fieldTo[cJob]);
        int job;
        if (s == e) {
            job = NO_JOB;
        } else if (lastJobValid && lastJob != NO_JOB && jobs.is(lastJob, b, s, e)) {
            job = lastJob;
        } else {
            job = jobs.id(b, s, e);
        }
        lastJob = job;
        lastJobValid = true;
        blockSums.add(day, job, util);
        return true;
    }

    // ---------------------------------------------------------------- the exact path

    /** The values of a plain ASCII line, as commons-csv (trim on, quotes off) splits them. */
    private String[] split(int start, int end) {
        List<String> values = new ArrayList<>(columns);
        int from = start;
        for (int i = start; i <= end; i++) {
            if (i == end || buf[i] == ',') {
                values.add(new String(buf, from, i - from, StandardCharsets.US_ASCII).trim());
                from = i + 1;
            }
        }
        return values.toArray(String[]::new);
    }

    /** A line the exact way: the checks of the former block aggregator, then TelemetryLineParser. */
    private void exactLine(int lineNo, String[] values) {
        lastHost = -1; // the exact path may grow the host's array of last seconds
        try {
            if (exactLines != null && exactLines.problem() != null) {
                throw new LineProblem(exactLines.problem());
            }
            int length = 0;
            boolean invalidText = false;
            for (String value : values) {
                length += value.length() + 1;
                invalidText |= value.indexOf(CsvInput.REPLACEMENT) >= 0 || value.indexOf('\0') >= 0;
            }
            if (length > CsvInput.MAX_LINE_CHARACTERS) {
                throw new LineProblem("line longer than " + CsvInput.MAX_LINE_CHARACTERS + " characters: not a telemetry sample");
            }
            if (invalidText) {
                throw new LineProblem("invalid text (NUL byte or undecodable bytes) in the line");
            }
            TelemetryLineParser.Sample sample = exact.parse(EnclosingQuotes.removed(values));
            blockSums.add(days.index(sample.day()), sample.jobId().isEmpty() ? NO_JOB : jobs.id(sample.jobId()), sample.util());
        } catch (RuntimeException problem) {
            // no line, however absurd, fails the run: whatever it throws makes it a reject
            rejects.add(new ClassifiedLine.Rejected(file, lineNo, LineProblems.reason(problem), String.join(",", values)));
        }
    }

    /** From the line at pos on, the file is read by commons-csv; returns -1 (no line read). */
    private int switchToExact() throws IOException {
        channel.close();
        channel = null;
        fast = false;
        openExact(linesRead);
        return -1;
    }

    /** Opens the file with commons-csv as the reader of inbox files does, skipping lines already read. */
    private void openExact(int skipLines) throws IOException {
        fast = false;
        exactLines = ExactTelemetryLines.open(file, skipLines);
        if (exactLines.problem() == null && exact == null) {
            useHeader(exactLines.header());
        }
    }

    private int nextExactLine() {
        String[] values = exactLines.next();
        if (values == null) {
            return -1;
        }
        int lineNo = exactLines.lineNo();
        if (exactLines.problem() != null && exact == null) {
            rejects.add(new ClassifiedLine.Rejected(file, lineNo, exactLines.problem(), String.join(",", values)));
        } else {
            exactLine(lineNo, values);
        }
        return lineNo;
    }

    // ---------------------------------------------------------------- the sums

    private TelemetryAggregate takeBlock(int firstLine) {
        Map<Key, Sums> sums = blockSums.take(days::day, jobs::string);
        List<ClassifiedLine.Rejected> blockRejects = rejects;
        rejects = new ArrayList<>();
        return new TelemetryAggregate(file, firstLine, sums, blockRejects);
    }
}
