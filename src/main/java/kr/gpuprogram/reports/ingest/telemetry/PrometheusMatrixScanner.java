package kr.gpuprogram.reports.ingest.telemetry;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import kr.gpuprogram.reports.ingest.ClassifiedLine;
import kr.gpuprogram.reports.ingest.inbox.InboxFile;
import kr.gpuprogram.reports.ingest.reference.ClusterCatalog;
import kr.gpuprogram.reports.ingest.sacct.SacctJsonJobs;
import kr.gpuprogram.reports.ingest.sacct.SlurmJsonValues;

/**
 * Reads a telemetry file in the form Prometheus's HTTP API answers a range query ({@code
 * {"status": "success", "data": {"resultType": "matrix", "result": [series…]}}}) as a stream,
 * series after series, each {@code [t, "v"]} one sample standing for the CSV row {@code t,
 * <file's cluster>, Hostname (else instance's host), gpu, hpc_job, v}, and adds the samples up
 * per program-zone day and job into the same blocks as the CSV's ({@link BlockSums},
 * {@link TelemetryAggregate}). A reject names the sample's 1-based ordinal in the file and a short
 * text of it ({@code dgx-07 gpu 3 job 40001 @1762614000 = "NaN"}).
 *
 * <p>What makes the whole file unreadable (it does not parse, a status other than {@code
 * success}, a result type other than {@code matrix}) is one reject at line 0; the merge then
 * drops what came before it. A restart goes on by the count of samples read.
 */
final class PrometheusMatrixScanner implements TelemetryBlocks {

    private static final JsonFactory JSON = JsonFactory.builder().build();
    private static final int NO_JOB = BlockSums.NO_JOB;
    private static final int MAX_GPU_INDEX = 4096;

    private final InboxFile file;
    private final ClusterCatalog.Entry cluster;
    private final ProgramDays days;
    private final ByteKeys jobs = new ByteKeys();
    private final BlockSums blockSums = new BlockSums();
    /** each series' last sample second, by host, gpu and job: the duplicate or out-of-order rule */
    private final Map<String, long[]> clocks = new HashMap<>();
    private List<ClassifiedLine.Rejected> rejects = new ArrayList<>();

    private JsonParser parser;
    private int skip;
    private int ordinal;
    private boolean done;
    private boolean started;
    private boolean inData;
    private boolean inResult;
    private boolean inSeries;
    private boolean inValues;
    private String status;
    private String resultType;

    // the current series
    private Series series;
    private List<Object[]> valuesBeforeMetric;

    /** A series' labels as the samples need them, and why its samples are rejects (null: they are not). */
    private record Series(String host, int gpu, String jobId, int job, long[] clock, String problem) {
    }

    PrometheusMatrixScanner(InboxFile file, ClusterCatalog catalog, ZoneId programZone) {
        this.file = file;
        this.cluster = catalog.find(file.clusterId());
        this.days = new ProgramDays(programZone);
    }

    /** Opens the file, going on after {@code skipSamples} samples a committed chunk already stored. */
    void open(int skipSamples) {
        this.skip = skipSamples;
        if (file.problem() != null) {
            // not text at all, or another reason the scan found: the file is its one reject at line 0
            fileProblem(file.problem());
            return;
        }
        try {
            InputStream in = Files.newInputStream(file.path());
            parser = JSON.createParser(in);
        } catch (IOException e) {
            throw new java.io.UncheckedIOException("cannot read " + file.path() + ": " + e.getMessage(), e);
        }
    }

    @Override
    public int linesRead() {
        return ordinal;
    }

    @Override
    public long byteOffset() {
        return -1;
    }

    @Override
    public TelemetryAggregate next(int maxLines) {
        int before = ordinal;
        try {
            while (!done && ordinal - before < maxLines && rejects.size() < TelemetryFileScanner.MAX_BLOCK_REJECTS) {
                if (inValues) {
                    JsonToken token = parser.nextToken();
                    if (token == JsonToken.END_ARRAY) {
                        inValues = false;
                    } else if (token == null) {
                        throw new IOException("the file ends inside a series' values");
                    } else {
                        pair(token);
                    }
                } else if (inSeries) {
                    seriesField();
                } else if (inResult) {
                    nextSeries();
                } else {
                    outside();
                }
            }
        } catch (IOException | RuntimeException e) {
            fileProblem("the file cannot be read as JSON: " + SacctJsonJobs.reason(e));
        }
        if (ordinal == before && rejects.isEmpty()) {
            return null;
        }
        int firstLine = rejects.isEmpty() || rejects.get(0).lineNo() != 0 ? before + 1 : 0;
        TelemetryAggregate block = new TelemetryAggregate(file, firstLine,
                blockSums.take(days::day, jobs::string), rejects);
        rejects = new ArrayList<>();
        return block;
    }

    // ---------------------------------------------------------------- the envelope

    /** The top-level object and data's fields up to the result list (or the document's end). */
    private void outside() throws IOException {
        if (!started) {
            started = true;
            JsonToken first = parser.nextToken();
            if (first != JsonToken.START_OBJECT) {
                fileProblem("the top level is " + (first == null ? "empty" : SlurmJsonValues.describe(parser))
                        + ", not the object a Prometheus range query answers");
                return;
            }
        }
        JsonToken token = parser.nextToken();
        if (token == JsonToken.END_OBJECT) {
            if (inData) {
                inData = false;
                return;
            }
            end();
            return;
        }
        if (token != JsonToken.FIELD_NAME) {
            throw new IOException("the file ends before its top-level object does");
        }
        String name = parser.currentName();
        JsonToken value = parser.nextToken();
        if (!inData && name.equals("status")) {
            status = value == JsonToken.VALUE_STRING ? parser.getText() : SlurmJsonValues.describe(parser);
            parser.skipChildren();
            if (!status.equals("success")) {
                fileProblem("Prometheus answered status \"" + status + "\", not \"success\"");
            }
        } else if (!inData && name.equals("data")) {
            if (value != JsonToken.START_OBJECT) {
                fileProblem("\"data\" is " + SlurmJsonValues.describe(parser) + ", not an object");
                return;
            }
            inData = true;
        } else if (inData && name.equals("resultType")) {
            resultType = value == JsonToken.VALUE_STRING ? parser.getText() : SlurmJsonValues.describe(parser);
            parser.skipChildren();
            if (!resultType.equals("matrix")) {
                fileProblem("resultType is \"" + resultType + "\", not \"matrix\" (a range query's answer)");
            }
        } else if (inData && name.equals("result")) {
            if (value != JsonToken.START_ARRAY) {
                fileProblem("\"result\" is " + SlurmJsonValues.describe(parser) + ", not a list");
                return;
            }
            inResult = true;
        } else {
            parser.skipChildren();
        }
    }

    private void end() throws IOException {
        if (parser.nextToken() != null) {
            fileProblem("the file goes on after its top-level object");
        } else if (status == null) {
            fileProblem("the top-level object has no \"status\": not a Prometheus answer");
        } else if (resultType == null) {
            fileProblem("the answer has no data.resultType \"matrix\"");
        } else {
            done = true;
        }
    }

    private void nextSeries() throws IOException {
        JsonToken token = parser.nextToken();
        if (token == JsonToken.END_ARRAY) {
            inResult = false;
            return;
        }
        if (token != JsonToken.START_OBJECT) {
            fileProblem("a series of the result is " + SlurmJsonValues.describe(parser) + ", not an object");
            return;
        }
        inSeries = true;
        series = null;
        valuesBeforeMetric = null;
    }

    private void seriesField() throws IOException {
        JsonToken token = parser.nextToken();
        if (token == JsonToken.END_OBJECT) {
            inSeries = false;
            if (series == null && valuesBeforeMetric != null) {
                series = series(Map.of());
                replayValues();
            }
            return;
        }
        if (token != JsonToken.FIELD_NAME) {
            throw new IOException("the file ends inside a series");
        }
        String name = parser.currentName();
        JsonToken value = parser.nextToken();
        if (name.equals("metric") && series == null) {
            series = series(labels(value));
            if (valuesBeforeMetric != null) {
                replayValues();
            }
        } else if (name.equals("values")) {
            if (value != JsonToken.START_ARRAY) {
                fileProblem("a series' \"values\" is " + SlurmJsonValues.describe(parser) + ", not a list");
                return;
            }
            if (series != null) {
                inValues = true;
            } else {
                // Prometheus writes "metric" first; another writer may not: the values wait for the labels
                valuesBeforeMetric = new ArrayList<>();
                for (JsonToken t = parser.nextToken(); t != JsonToken.END_ARRAY; t = parser.nextToken()) {
                    if (t == null) {
                        throw new IOException("the file ends inside a series' values");
                    }
                    valuesBeforeMetric.add(rawPair(t));
                }
            }
        } else {
            parser.skipChildren();
        }
    }

    private Map<String, String> labels(JsonToken value) throws IOException {
        if (value != JsonToken.START_OBJECT) {
            parser.skipChildren();
            return null;
        }
        Map<String, String> labels = new HashMap<>();
        while (parser.nextToken() == JsonToken.FIELD_NAME) {
            String label = parser.currentName();
            JsonToken v = parser.nextToken();
            if (v == JsonToken.VALUE_STRING) {
                labels.put(label, parser.getText());
            } else {
                parser.skipChildren();
            }
        }
        return labels;
    }

    /** SPEC's mapping of dcgm-exporter's labels to the CSV's columns, and what makes every sample of it a reject. */
    private Series series(Map<String, String> labels) {
        if (labels == null) {
            return new Series("?", -1, "", NO_JOB, null, "the series' \"metric\" is not an object of labels");
        }
        String host = labels.getOrDefault("Hostname", "");
        if (host.isEmpty()) {
            host = hostOf(labels.getOrDefault("instance", ""));
        }
        String gpuText = labels.getOrDefault("gpu", "");
        int gpu = deviceIndex(gpuText);
        String jobId = labels.getOrDefault("hpc_job", "").strip();
        int job = jobId.isEmpty() ? NO_JOB : jobs.id(jobId);
        String shownHost = host.isEmpty() ? "?" : host;
        String problem = null;
        String clusterLabel = labels.get("cluster");
        if (cluster == null) {
            problem = "unknown cluster '" + file.clusterId() + "' (not in reference/clusters.csv)";
        } else if (clusterLabel != null && !clusterLabel.equals(file.clusterId())) {
            problem = "cluster label '" + clusterLabel + "' is not the file's cluster '" + file.clusterId() + "'";
        } else if (host.isEmpty()) {
            problem = "the series has neither a Hostname nor an instance label";
        } else if (gpu < 0) {
            problem = "gpu label '" + gpuText + "' is not a device index";
        }
        long[] clock = problem != null ? null
                : clocks.computeIfAbsent(host + '\u0000' + gpu + '\u0000' + jobId, k -> new long[] {Long.MIN_VALUE});
        return new Series(shownHost, gpu, jobId, job, clock, problem);
    }

    /** The host of an {@code instance} label: {@code host:port}, {@code [v6]:port} or a bare host. */
    static String hostOf(String instance) {
        if (instance.startsWith("[")) {
            int close = instance.indexOf(']');
            return close < 0 ? instance : instance.substring(1, close);
        }
        int colon = instance.lastIndexOf(':');
        return colon < 0 || instance.indexOf(':') != colon ? instance : instance.substring(0, colon);
    }

    private static int deviceIndex(String text) {
        if (text.isEmpty() || text.length() > 4) {
            return -1;
        }
        int value = 0;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c < '0' || c > '9') {
                return -1;
            }
            value = value * 10 + (c - '0');
        }
        return value <= MAX_GPU_INDEX ? value : -1;
    }

    // ---------------------------------------------------------------- the samples

    /** One {@code [t, "v"]} of the current series, the parser on its first token. */
    private void pair(JsonToken token) throws IOException {
        if (token != JsonToken.START_ARRAY) {
            String what = SlurmJsonValues.describe(parser);
            parser.skipChildren();
            malformed(what);
            return;
        }
        JsonToken t = parser.nextToken();
        String time = null;
        double seconds = Double.NaN;
        if (t == JsonToken.VALUE_NUMBER_INT && parser.getNumberType() == JsonParser.NumberType.INT) {
            // the common case, a whole second: no text made unless the sample is rejected
            seconds = parser.getIntValue();
        } else if (t == JsonToken.VALUE_NUMBER_INT || t == JsonToken.VALUE_NUMBER_FLOAT) {
            time = parser.getText();
            seconds = t == JsonToken.VALUE_NUMBER_INT && parser.getNumberType() != JsonParser.NumberType.BIG_INTEGER
                    ? parser.getLongValue() : parser.getDoubleValue();
        } else if (t == JsonToken.END_ARRAY) {
            malformed("[]");
            return;
        } else {
            time = SlurmJsonValues.describe(parser);
            parser.skipChildren();
        }
        JsonToken v = parser.nextToken();
        String value;
        double quick = Double.NaN;
        if (v == JsonToken.VALUE_STRING) {
            quick = wholePercent(parser.getTextCharacters(), parser.getTextOffset(), parser.getTextLength());
            value = quick >= 0 ? null : parser.getText();
        } else if (v == JsonToken.END_ARRAY) {
            malformed("[" + (time == null ? String.valueOf((long) seconds) : time) + "]");
            return;
        } else {
            value = null;
            parser.skipChildren();
        }
        JsonToken end = parser.nextToken();
        boolean extra = false;
        while (end != JsonToken.END_ARRAY) {
            if (end == null) {
                throw new IOException("the file ends inside a sample");
            }
            parser.skipChildren();
            extra = true;
            end = parser.nextToken();
        }
        boolean noValue = v != JsonToken.VALUE_STRING;
        if (extra || noValue || Double.isNaN(seconds)) {
            malformed("[" + (time == null ? String.valueOf((long) seconds) : time) + ", "
                    + (noValue ? "?" : '"' + (value == null ? String.valueOf((int) quick) : value) + '"')
                    + (extra ? ", …" : "") + "]");
            return;
        }
        sample(time, value, seconds, quick);
    }

    /** A value of 1 to 3 decimal digits up to 100, the common sample, without a String; else -1. */
    private static double wholePercent(char[] chars, int offset, int length) {
        if (length < 1 || length > 3) {
            return -1;
        }
        int value = 0;
        for (int i = offset; i < offset + length; i++) {
            char c = chars[i];
            if (c < '0' || c > '9') {
                return -1;
            }
            value = value * 10 + (c - '0');
        }
        return value <= 100 ? value : -1;
    }

    private Object[] rawPair(JsonToken token) throws IOException {
        if (token != JsonToken.START_ARRAY) {
            String what = SlurmJsonValues.describe(parser);
            parser.skipChildren();
            return new Object[] {null, null, what};
        }
        List<String> texts = new ArrayList<>();
        List<JsonToken> kinds = new ArrayList<>();
        for (JsonToken t = parser.nextToken(); t != JsonToken.END_ARRAY; t = parser.nextToken()) {
            if (t == null) {
                throw new IOException("the file ends inside a sample");
            }
            kinds.add(t);
            texts.add(t.isScalarValue() ? parser.getText() : SlurmJsonValues.describe(parser));
            parser.skipChildren();
        }
        if (texts.size() == 2 && kinds.get(0).isNumeric() && kinds.get(1) == JsonToken.VALUE_STRING) {
            return new Object[] {texts.get(0), texts.get(1), Double.parseDouble(texts.get(0))};
        }
        return new Object[] {null, null, "[" + String.join(", ", texts) + "]"};
    }

    private void replayValues() {
        for (Object[] pair : valuesBeforeMetric) {
            if (pair[0] == null) {
                malformed((String) pair[2]);
            } else {
                sample((String) pair[0], (String) pair[1], (Double) pair[2], Double.NaN);
            }
        }
        valuesBeforeMetric = null;
    }

    /** A pair that is not {@code [<unix seconds>, "<value>"]}: a reject of its own. */
    private void malformed(String shown) {
        ordinal++;
        if (ordinal <= skip) {
            return;
        }
        reject("a sample is not [<unix seconds>, \"<value>\"]", describe(shown));
    }

    /**
     * One sample: {@code time} its text or null (a whole second), {@code value} its text, or null when
     * {@code quick} already holds it (a whole percent).
     */
    private void sample(String timeText, String valueText, double seconds, double quick) {
        ordinal++;
        boolean counted = ordinal > skip;
        Series s = series;
        if (s.problem() != null) {
            if (counted) {
                reject(s.problem(), describe(timeText, valueText, seconds, quick));
            }
            return;
        }
        long second = (long) Math.floor(seconds);
        int day;
        try {
            day = days.of(second);
        } catch (RuntimeException e) {
            if (counted) {
                reject("timestamp " + text(timeText, seconds) + " is not a time", describe(timeText, valueText, seconds, quick));
            }
            return;
        }
        double util = valueText == null ? quick : utilisation(valueText);
        if (!(util >= 0 && util <= 100)) {
            if (counted) {
                reject(Double.isNaN(util) && !valueText.strip().equalsIgnoreCase("NaN")
                        ? "gpu_util '" + valueText + "' is not a number" : "gpu_util " + valueText + " is outside 0-100",
                        describe(timeText, valueText, seconds, quick));
            }
            return;
        }
        if (second <= s.clock()[0]) {
            if (counted) {
                reject("duplicate or out-of-order sample: GPU " + s.host() + '/' + s.gpu()
                        + (s.jobId().isEmpty() ? "" : " job " + s.jobId()) + " at " + text(timeText, seconds)
                        + " is not after its previous sample", describe(timeText, valueText, seconds, quick));
            }
            return;
        }
        s.clock()[0] = second;
        if (counted) {
            blockSums.add(day, s.job(), util);
        }
    }

    /** A timestamp as the file wrote it: its text, or the whole second it was read as. */
    private static String text(String timeText, double seconds) {
        return timeText != null ? timeText : String.valueOf((long) seconds);
    }

    /** A value's number: whole or decimal digits the quick way, else as Java reads it (NaN when it cannot). */
    private static double utilisation(String value) {
        int length = value.length();
        if (length > 0 && length <= 9) {
            int whole = 0;
            int i = 0;
            for (; i < length; i++) {
                char c = value.charAt(i);
                if (c < '0' || c > '9') {
                    break;
                }
                whole = whole * 10 + (c - '0');
            }
            if (i == length) {
                return whole;
            }
        }
        try {
            return Double.parseDouble(value);
        } catch (NumberFormatException e) {
            return Double.NaN;
        }
    }

    private String describe(String timeText, String valueText, double seconds, double quick) {
        String time = text(timeText, seconds);
        String value = valueText != null ? valueText : String.valueOf((int) quick);
        Series s = series;
        return s.host() + " gpu " + (s.gpu() < 0 ? "?" : String.valueOf(s.gpu()))
                + (s.jobId().isEmpty() ? "" : " job " + s.jobId()) + " @" + time + " = \"" + value + '"';
    }

    private String describe(String shown) {
        Series s = series;
        return s.host() + " gpu " + (s.gpu() < 0 ? "?" : String.valueOf(s.gpu()))
                + (s.jobId().isEmpty() ? "" : " job " + s.jobId()) + " " + shown;
    }

    private void reject(String reason, String content) {
        rejects.add(new ClassifiedLine.Rejected(file, ordinal, reason, content));
    }

    private void fileProblem(String reason) {
        if (done) {
            return;
        }
        done = true;
        rejects.add(new ClassifiedLine.Rejected(file, 0, reason, "(" + file.sizeBytes() + " bytes)"));
    }

    @Override
    public void close() {
        if (parser != null) {
            try {
                parser.close();
            } catch (IOException e) {
                throw new java.io.UncheckedIOException(e);
            }
            parser = null;
        }
    }
}
