package kr.gpuprogram.reports.ingest.sacct;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import java.io.IOException;
import java.io.InputStream;
import java.time.Instant;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.LinkedHashMap;
import java.util.Map;
import kr.gpuprogram.reports.ingest.inbox.FileHeader;
import kr.gpuprogram.reports.ingest.sacct.SlurmJsonValues.ValueProblem;

/**
 * Reads {@code sacct --json} (data parsers v0.0.37 to v0.0.44) or slurmrestd's
 * {@code /slurmdb/v0.0.4x/jobs} body as a stream, job after job, each turned into the fields of
 * a text export's line ({@link #HEADER}'s columns) so that {@link SacctLineParser} classifies
 * it as it classifies a text line: one path from there on. A job's {@code steps} follow it as
 * step lines ({@code <job_id>.<n>}), counted, never usage. No tree of the document is built.
 *
 * <p>{@link #next()} gives the next item, or null at the end; an item with a {@code problem} and
 * line 0 means the file as a whole cannot be read (what came before it is discarded at the merge).
 */
public final class SacctJsonJobs implements AutoCloseable {

    /** The fields of each item, as a text export's header would name them. */
    public static final FileHeader HEADER;

    static {
        Map<String, Integer> columns = new LinkedHashMap<>();
        for (String column : FileHeader.SACCT_FORMAT) {
            columns.put(column, columns.size());
        }
        HEADER = new FileHeader(columns, columns.size(), false, null);
    }

    private static final JsonFactory JSON = JsonFactory.builder().build();

    /** One job or step as the text path sees it; {@code lineNo} the job's 1-based ordinal (a step's: negative). */
    public record Item(int lineNo, String[] values, String content, String problem) {
    }

    private final String fileCluster;
    private final JsonParser parser;
    private final Deque<Item> queued = new ArrayDeque<>();
    private boolean inJobs;
    private boolean sawJobs;
    private boolean ended;
    private int jobs;
    private int steps;

    private SacctJsonJobs(InputStream in, String fileCluster) throws IOException {
        this.fileCluster = fileCluster;
        this.parser = JSON.createParser(in);
    }

    public static SacctJsonJobs open(InputStream in, String fileCluster) throws IOException {
        return new SacctJsonJobs(in, fileCluster);
    }

    public Item next() {
        if (!queued.isEmpty()) {
            return queued.poll();
        }
        if (ended) {
            return null;
        }
        try {
            Item item = advance();
            if (item == null) {
                ended = true;
            }
            return item;
        } catch (IOException | RuntimeException e) {
            ended = true;
            return fileProblem("the file cannot be read as JSON: " + reason(e));
        }
    }

    private Item advance() throws IOException {
        if (!inJobs) {
            if (parser.currentToken() == null) {
                JsonToken first = parser.nextToken();
                if (first != JsonToken.START_OBJECT) {
                    return fileProblem("the top level is " + (first == null ? "empty" : SlurmJsonValues.describe(parser))
                            + ", not the object sacct --json writes (with a \"jobs\" list)");
                }
            }
            while (true) {
                JsonToken token = parser.nextToken();
                if (token == JsonToken.END_OBJECT) {
                    if (parser.nextToken() != null) {
                        return fileProblem("the file goes on after its top-level object");
                    }
                    return sawJobs ? null : fileProblem("the top-level object has no \"jobs\" list: not sacct --json output");
                }
                if (token != JsonToken.FIELD_NAME) {
                    return fileProblem("the file ends before its top-level object does");
                }
                String name = parser.currentName();
                JsonToken value = parser.nextToken();
                if (name.equals("jobs") && !sawJobs) {
                    if (value != JsonToken.START_ARRAY) {
                        return fileProblem("\"jobs\" is " + SlurmJsonValues.describe(parser) + ", not a list");
                    }
                    sawJobs = true;
                    inJobs = true;
                    break;
                }
                parser.skipChildren();
            }
        }
        JsonToken token = parser.nextToken();
        if (token == JsonToken.END_ARRAY) {
            inJobs = false;
            return advance();
        }
        if (token == null) {
            return fileProblem("the file ends inside the \"jobs\" list");
        }
        jobs++;
        if (token != JsonToken.START_OBJECT) {
            String what = SlurmJsonValues.describe(parser);
            parser.skipChildren();
            return new Item(jobs, emptyValues(), "job #" + jobs, "job #" + jobs + " is " + what + ", not an object");
        }
        return job();
    }

    /** The job object the parser stands on, read to its end; its steps queued after it. */
    private Item job() throws IOException {
        int ordinal = jobs;
        Long jobId = null;
        String cluster = null;
        String account = null;
        String user = null;
        Long submit = null;
        Long start = null;
        Long end = null;
        String state = "";
        GpuEntries gpus = new GpuEntries();
        int jobSteps = 0;
        String problem = null;
        Object jobContext = parser.getParsingContext();
        while (parser.nextToken() == JsonToken.FIELD_NAME) {
            String name = parser.currentName();
            parser.nextToken();
            try {
                switch (name) {
                    case "job_id" -> jobId = SlurmJsonValues.number(parser, "job_id");
                    case "cluster" -> cluster = SlurmJsonValues.text(parser, "cluster");
                    case "account" -> account = SlurmJsonValues.text(parser, "account");
                    case "user" -> user = SlurmJsonValues.text(parser, "user");
                    case "time" -> {
                        SlurmJsonValues.expect(parser, JsonToken.START_OBJECT, "time");
                        while (parser.nextToken() == JsonToken.FIELD_NAME) {
                            String field = parser.currentName();
                            parser.nextToken();
                            switch (field) {
                                case "submission" -> submit = SlurmJsonValues.seconds(parser, "time.submission");
                                case "start" -> start = SlurmJsonValues.seconds(parser, "time.start");
                                case "end" -> end = SlurmJsonValues.seconds(parser, "time.end");
                                default -> parser.skipChildren();
                            }
                        }
                    }
                    case "state" -> {
                        SlurmJsonValues.expect(parser, JsonToken.START_OBJECT, "state");
                        while (parser.nextToken() == JsonToken.FIELD_NAME) {
                            String field = parser.currentName();
                            parser.nextToken();
                            if (field.equals("current")) {
                                state = SlurmJsonValues.state(parser, "state.current");
                            } else {
                                parser.skipChildren();
                            }
                        }
                    }
                    case "tres" -> gpus.readTres(parser);
                    case "steps" -> {
                        SlurmJsonValues.expect(parser, JsonToken.START_ARRAY, "steps");
                        while (parser.nextToken() != JsonToken.END_ARRAY) {
                            parser.skipChildren();
                            jobSteps++;
                        }
                    }
                    default -> parser.skipChildren();
                }
            } catch (ValueProblem e) {
                // the rest of this field is skipped; the job is a reject with the first reason
                skipRestOfValue(name, jobContext);
                if (problem == null) {
                    problem = e.getMessage();
                }
            }
        }
        if (parser.currentToken() != JsonToken.END_OBJECT) {
            throw new IOException("job #" + ordinal + " does not end as an object does");
        }
        String id = jobId == null ? "" : String.valueOf(jobId);
        String shownCluster = cluster == null ? "?" : cluster;
        String content = jobId == null ? "job #" + ordinal + " (no job_id) on " + shownCluster
                : "job " + id + " on " + shownCluster;
        if (problem == null && jobId == null) {
            problem = "job_id is missing";
        }
        if (problem == null && cluster == null) {
            problem = "cluster is missing";
        }
        String[] values = {id, cluster == null ? "" : cluster, account == null ? "" : account, user == null ? "" : user,
                submit == null ? "" : Instant.ofEpochSecond(submit).toString(),
                start == null ? "Unknown" : Instant.ofEpochSecond(start).toString(),
                end == null ? "Unknown" : Instant.ofEpochSecond(end).toString(),
                state, gpus.allocTres()};
        if (problem == null) {
            for (int n = 0; n < jobSteps; n++) {
                steps++;
                String[] step = values.clone();
                step[0] = id + "." + n;
                queued.add(new Item(-steps, step, "step " + n + " of job " + id + " on " + shownCluster, null));
            }
        }
        return new Item(ordinal, values, content, problem);
    }

    /** After a value problem the parser may stand inside the field's value: on to the job object's level again. */
    private void skipRestOfValue(String field, Object jobContext) throws IOException {
        while (parser.getParsingContext() != jobContext) {
            if (parser.nextToken() == null) {
                throw new IOException("the file ends inside " + field + " of job #" + jobs);
            }
        }
    }

    private static String[] emptyValues() {
        return new String[HEADER.fields()];
    }

    private Item fileProblem(String reason) {
        ended = true;
        queued.clear();
        return new Item(0, emptyValues(), "(" + fileCluster + ")", reason);
    }

    public static String reason(Exception e) {
        String message = e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
        // Jackson appends the source and a location; the first line is the reason
        int newline = message.indexOf('\n');
        return newline < 0 ? message : message.substring(0, newline);
    }

    @Override
    public void close() throws IOException {
        parser.close();
    }

    /** The GPU entries of tres.allocated, as AllocTRES text so that {@link GpuCount} applies its one rule. */
    private static final class GpuEntries {

        private final StringBuilder allocTres = new StringBuilder();

        void readTres(JsonParser p) throws IOException, ValueProblem {
            SlurmJsonValues.expect(p, JsonToken.START_OBJECT, "tres");
            while (p.nextToken() == JsonToken.FIELD_NAME) {
                String field = p.currentName();
                p.nextToken();
                if (!field.equals("allocated")) {
                    p.skipChildren();
                    continue;
                }
                SlurmJsonValues.expect(p, JsonToken.START_ARRAY, "tres.allocated");
                while (p.nextToken() != JsonToken.END_ARRAY) {
                    SlurmJsonValues.expect(p, JsonToken.START_OBJECT, "tres.allocated[]");
                    entry(p);
                }
            }
        }

        private void entry(JsonParser p) throws IOException, ValueProblem {
            String type = null;
            String name = null;
            Long count = null;
            while (p.nextToken() == JsonToken.FIELD_NAME) {
                String field = p.currentName();
                p.nextToken();
                switch (field) {
                    case "type" -> type = SlurmJsonValues.text(p, "tres.allocated[].type");
                    case "name" -> name = SlurmJsonValues.text(p, "tres.allocated[].name");
                    case "count" -> count = SlurmJsonValues.number(p, "tres.allocated[].count");
                    default -> p.skipChildren();
                }
            }
            if ("gres".equals(type) && name != null && (name.equals("gpu") || name.startsWith("gpu:")) && count != null) {
                allocTres.append(allocTres.isEmpty() ? "" : ",").append("gres/").append(name).append('=').append(count);
            }
        }

        String allocTres() {
            return allocTres.toString();
        }
    }
}
