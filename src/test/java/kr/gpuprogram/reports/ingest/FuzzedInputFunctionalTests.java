package kr.gpuprogram.reports.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import kr.gpuprogram.reports.support.Allocations;
import kr.gpuprogram.reports.support.FunctionalTestSupport;
import kr.gpuprogram.reports.support.NativeExports;
import kr.gpuprogram.reports.support.ReportCsv;
import org.junit.jupiter.api.Test;

/**
 * Random bytes, NULs, truncated and megabyte lines and absurd numbers, fed to every reader
 * (job files, telemetry, reference files): every run completes, and per file the lines read
 * equal the lines used, rejected, never started and job steps, or the file is one reject at
 * line 0. The JSON forms likewise, job by job and sample by sample. Seeded, so that a failure
 * can be replayed.
 */
class FuzzedInputFunctionalTests extends FunctionalTestSupport {

    private static final String JOB_HEADER = "JobID|Cluster|Account|User|Submit|Start|End|State|AllocTRES";
    private static final String TELEMETRY_HEADER = "timestamp,cluster_id,hostname,gpu,job_id,gpu_util";
    private static final String[] ABSURD = {"", "-1", "0", "99999999999999999999", "2147483648", "NaN", "Infinity",
            "1e308", "-0", "2026-13-45T99:99:99", "9999-12-31T23:59:59+18:00", "0000-01-01T00:00:00", "Unknown",
            "gres/gpu=-3", "gres/gpu:a=2000000000,gres/gpu:b=2000000000", "gres/gpu=", "gres/gpu=1e3", "\u0000",
            "한빛", "|", ",", "\"", "'", "\t", "\uFEFF", "demo", "P-1", "2026-11-05T10:00:00"};

    @Test
    void noInputStopsARunAndEveryLineIsAccountedFor() throws Exception {
        for (long seed = 1; seed <= 3; seed++) {
            // given
            resetDatabaseAndFolders();
            givenTheDemoReference();
            Random random = new Random(seed);
            reference("allocations.csv", Allocations.of()
                    .row("P-1", "I-1", "거대언어모델 연구", "demo", 4, "2026-11-01", "2026-11-30")
                    .csv() + garbageLine(random, ',') + "\n" + "P-2,I-2,\"따옴표 없는 끝,demo,1,2026-11-01,2026-11-30\n");
            Map<String, byte[]> files = new LinkedHashMap<>();
            for (int day = 1; day <= 12; day++) {
                files.put(String.format("jobs-demo-2026-11-%02d.csv", day), jobFile(random, day));
                if (day % 2 == 0) {
                    files.put(String.format("gpu-metrics-demo-2026-11-%02d.csv", day), telemetryFile(random, day));
                }
            }
            for (Map.Entry<String, byte[]> file : files.entrySet()) {
                Files.write(settings.inboxDir().resolve(file.getKey()), file.getValue());
            }

            // when
            assertCompleted(run(LocalDate.parse("2026-11-12")));
            assertCompleted(rerun(LocalDate.parse("2026-11-01"), LocalDate.parse("2026-11-12")));

            // then
            ReportCsv rejects = report("2026-11-01_2026-11-12", "rejects.csv");
            for (Map.Entry<String, byte[]> file : files.entrySet()) {
                Map<String, Object> counts = jdbc.queryForMap("SELECT lines_read, lines_used, lines_rejected, "
                        + "lines_not_started, lines_step, file_problem FROM inbox_file WHERE file_name = ?", file.getKey());
                String what = "seed " + seed + ", " + file.getKey();
                int read = (Integer) counts.get("lines_read");
                assertThat(read).as(what).isEqualTo((Integer) counts.get("lines_used") + (Integer) counts.get("lines_rejected")
                        + (Integer) counts.get("lines_not_started") + (Integer) counts.get("lines_step"));
                boolean unreadable = rejects.rows().stream()
                        .anyMatch(r -> r.get("file").equals("inbox/" + file.getKey()) && r.get("line").equals("0"));
                if (unreadable) {
                    assertThat(read).as(what).isEqualTo(1);
                    assertThat(counts.get("lines_used")).as(what).isEqualTo(0);
                } else {
                    assertThat(read).as(what).isEqualTo(nonEmptyLines(file.getValue()) - 1);
                }
            }
        }
    }

    @Test
    void noJsonInputStopsARunAndEveryJobOrSampleIsAccountedFor() throws Exception {
        for (long seed = 1; seed <= 2; seed++) {
            // given: sacct --json and Prometheus bodies, truncated, mistyped, deeply nested, with huge
            // numbers, and once a 50 MB single line
            resetDatabaseAndFolders();
            givenTheDemoReference();
            reference("allocations.csv", Allocations.of()
                    .row("P-1", "I-1", "거대언어모델 연구", "demo", 4, "2026-11-01", "2026-11-30")
                    .csv());
            Random random = new Random(seed);
            Map<String, byte[]> files = new LinkedHashMap<>();
            for (int day = 1; day <= 8; day++) {
                files.put(String.format("jobs-demo-2026-11-%02d.json", day), jsonJobFile(random, day, seed == 1 && day == 1));
                files.put(String.format("gpu-metrics-demo-2026-11-%02d.json", day), prometheusFile(random, day));
            }
            for (Map.Entry<String, byte[]> file : files.entrySet()) {
                Files.write(settings.inboxDir().resolve(file.getKey()), file.getValue());
            }

            // when
            assertCompleted(run(LocalDate.parse("2026-11-08")));

            // then: per file, jobs or samples read = used + rejected + never started + steps; an unreadable
            // file is one reject at line 0 and nothing of it is used
            ReportCsv rejects = report("2026-11-08", "rejects.csv");
            for (String name : files.keySet()) {
                Map<String, Object> counts = jdbc.queryForMap("SELECT lines_read, lines_used, lines_rejected, "
                        + "lines_not_started, lines_step FROM inbox_file WHERE file_name = ?", name);
                String what = "seed " + seed + ", " + name;
                int read = (Integer) counts.get("lines_read");
                assertThat(read).as(what).isPositive().isEqualTo((Integer) counts.get("lines_used")
                        + (Integer) counts.get("lines_rejected") + (Integer) counts.get("lines_not_started")
                        + (Integer) counts.get("lines_step"));
                long lineZero = jdbc.queryForObject("SELECT count(*) FROM input_reject r JOIN inbox_file f USING (file_id) "
                        + "WHERE f.file_name = ? AND r.line_no = 0", Long.class, name);
                if (lineZero > 0) {
                    assertThat(read).as(what).isEqualTo(1);
                    assertThat(counts.get("lines_used")).as(what).isEqualTo(0);
                }
            }
            assertThat(rejects.rows()).as("some damage was found").isNotEmpty();
        }
    }

    private static final String[][] JOB_DAMAGE = {
            {"\"job_id\":", "\"job_id\":\"x\",\"_\":"},
            {"\"job_id\":", "\"job_id\":99999999999999999999999,\"_\":"},
            {"\"time\":{", "\"time\":\"soon\",\"_\":{"},
            {"\"start\":", "\"start\":1e308,\"_\":"},
            {"\"start\":", "\"start\":-5,\"_\":"},
            {"\"tres\":{", "\"tres\":5,\"_\":{"},
            {"\"state\":{", "\"state\":{\"current\":7},\"_\":{"},
            {"\"cluster\":", "\"cluster\":[1,[2]],\"_\":"},
            {"\"count\":", "\"count\":{\"set\":\"yes\",\"number\":3},\"_\":"},
            {"\"steps\":[", "\"steps\":{},\"_\":["},
            {"\"user\":", "\"comment\":" + "[".repeat(300) + "]".repeat(300) + ",\"user\":"},
    };

    /** A sacct --json file: jobs in one shape or the other, then damage of one kind or another. */
    private static byte[] jsonJobFile(Random random, int day, boolean hugeLine) {
        List<NativeExports.Job> jobs = new java.util.ArrayList<>();
        String d = String.format("2026-11-%02d", day);
        for (int i = 0; i < 30; i++) {
            int start = random.nextInt(20);
            jobs.add(new NativeExports.Job(100 + i, random.nextInt(15) == 0 ? "other" : "demo", "P-1", "kim",
                    String.format("%sT%02d:00:00+09:00", d, start), random.nextInt(8) == 0 ? null
                    : String.format("%sT%02d:30:00+09:00", d, start + 1), random.nextInt(10) == 0 ? "PENDING" : "COMPLETED",
                    "gpu", random.nextInt(10)).withSteps(random.nextInt(3)));
        }
        String json = random.nextBoolean() ? NativeExports.sacctJsonV37(jobs) : NativeExports.sacctJsonV41(jobs);
        if (hugeLine) {
            // one line of 50 MB: the jobs, and a field no reader looks at
            return (json.replace("\n", "").replace("{\"jobs\":[", "{\"padding\":\"" + "x".repeat(50_000_000) + "\",\"jobs\":[")
                    .replace("\"errors\":[]", "\"padding\":\"" + "y".repeat(1000) + "\",\"errors\":[]")).getBytes(StandardCharsets.UTF_8);
        }
        switch (random.nextInt(6)) {
            case 0 -> json = json.substring(0, random.nextInt(json.length()));
            case 1 -> json = "[" + json + "]";
            case 2 -> json = "{\"jobs\":[{\"job_id\":1,\"x\":" + "[".repeat(5000) + "]".repeat(5000) + "}]}";
            default -> {
                for (int n = 0; n < 6; n++) {
                    String[] damage = JOB_DAMAGE[random.nextInt(JOB_DAMAGE.length)];
                    int at = json.indexOf(damage[0], random.nextInt(json.length()));
                    if (at >= 0) {
                        json = json.substring(0, at) + damage[1] + json.substring(at + damage[0].length());
                    }
                }
            }
        }
        return json.getBytes(StandardCharsets.UTF_8);
    }

    private static final String[] VALUES = {"NaN", "+Inf", "-Inf", "140", "-1", "abc", "", "1e308", "5e-324", "99.999"};

    /** A Prometheus range query's body, with bad values and labels, or damaged as a whole. */
    private static byte[] prometheusFile(Random random, int day) {
        List<NativeExports.Sample> samples = new java.util.ArrayList<>();
        long t0 = NativeExports.epoch(String.format("2026-11-%02dT00:00:00+09:00", day));
        for (int gpu = 0; gpu < 3; gpu++) {
            for (int minute = 0; minute < 100; minute++) {
                String value = random.nextInt(12) == 0 ? VALUES[random.nextInt(VALUES.length)] : String.valueOf(random.nextInt(101));
                samples.add(new NativeExports.Sample("node1", gpu, gpu == 2 ? null : String.valueOf(100 + minute / 10),
                        t0 + minute * 60L + (random.nextInt(20) == 0 ? -120 : 0), value));
            }
        }
        String json = NativeExports.prometheusMatrix(samples, random.nextInt(4) == 0 ? "other" : "demo");
        switch (random.nextInt(7)) {
            case 0 -> json = json.substring(0, random.nextInt(json.length()));
            case 1 -> json = json.replace("\"success\"", "\"error\"");
            case 2 -> json = json.replace("\"matrix\"", "\"vector\"");
            case 3 -> json = json.replaceFirst("\"gpu\":\"0\"", "\"gpu\":" + "[".repeat(2000) + "]".repeat(2000));
            case 4 -> json = json.replaceFirst("\\[(\\d+),", "[1e400,").replaceFirst("\"gpu\":\"1\"", "\"gpu\":\"99999\"")
                    .replaceFirst("\\],\\[", "],[\"t\",\"1\"],7,[1,2,3],[");
            default -> { }
        }
        return json.getBytes(StandardCharsets.UTF_8);
    }

    /** A job file: valid lines, then one kind of damage or another. */
    private static byte[] jobFile(Random random, int day) {
        int kind = random.nextInt(6);
        if (kind == 0) {
            byte[] bytes = new byte[1 + random.nextInt(5000)];
            random.nextBytes(bytes);
            return bytes;
        }
        StringBuilder text = new StringBuilder(JOB_HEADER).append('\n');
        // enough valid lines first that a NUL later on is a damaged line, not a binary file
        for (int i = 0; i < 120; i++) {
            text.append(validJob(random, day, i)).append('\n');
        }
        for (int i = 0; i < 40; i++) {
            text.append(switch (random.nextInt(5)) {
                case 0 -> garbageLine(random, '|');
                case 1 -> absurdJob(random, day, i);
                case 2 -> validJob(random, day, 1000 + i) + (random.nextBoolean() ? "|" : "\u0000");
                case 3 -> "";
                default -> validJob(random, day, 2000 + i).replace("|", random.nextBoolean() ? "||" : ",");
            }).append('\n');
        }
        if (kind == 1) {
            text.append("x".repeat(1_000_000)).append('\n');
        }
        String result = text.toString();
        if (kind == 2) {
            result = result.substring(0, result.length() - 1 - random.nextInt(40));   // a truncated upload
        }
        return result.getBytes(StandardCharsets.UTF_8);
    }

    private static String validJob(Random random, int day, int i) {
        String d = String.format("2026-11-%02d", day);
        int start = random.nextInt(20);
        return (100 + i) + (random.nextInt(10) == 0 ? ".batch" : "") + "|demo|P-" + (1 + random.nextInt(2)) + "|kim|"
                + d + "T" + String.format("%02d", start) + ":00:00|" + d + "T" + String.format("%02d", start) + ":30:00|"
                + d + "T" + String.format("%02d", start + 1 + random.nextInt(3)) + ":00:00|COMPLETED|gres/gpu="
                + random.nextInt(9);
    }

    private static String absurdJob(Random random, int day, int i) {
        String[] fields = validJob(random, day, 3000 + i).split("\\|", -1);
        fields[random.nextInt(fields.length)] = ABSURD[random.nextInt(ABSURD.length)];
        return String.join("|", fields);
    }

    private static byte[] telemetryFile(Random random, int day) {
        if (random.nextInt(5) == 0) {
            byte[] bytes = new byte[1 + random.nextInt(5000)];
            random.nextBytes(bytes);
            return bytes;
        }
        StringBuilder text = new StringBuilder(TELEMETRY_HEADER).append('\n');
        for (int minute = 0; minute < 150; minute++) {
            text.append(String.format("2026-11-%02dT%02d:%02d:00+09:00,demo,node1,%d,%s,%d%n", day, minute / 60,
                    minute % 60, minute % 2, minute % 3 == 0 ? "" : "101", random.nextInt(101)));
        }
        for (int i = 0; i < 30; i++) {
            String[] fields = String.format("2026-11-%02dT05:%02d:00+09:00,demo,node2,0,101,50", day, i).split(",");
            fields[random.nextInt(fields.length)] = ABSURD[random.nextInt(ABSURD.length)];
            text.append(random.nextBoolean() ? String.join(",", fields) : garbageLine(random, ',')).append('\n');
        }
        if (random.nextBoolean()) {
            text.append("y,".repeat(600_000)).append('\n');
        }
        return text.toString().getBytes(StandardCharsets.UTF_8);
    }

    /** Printable, Korean, delimiters, quotes and NULs; never a line break (lines are what is counted). */
    private static String garbageLine(Random random, char delimiter) {
        StringBuilder line = new StringBuilder();
        int length = 1 + random.nextInt(120);
        String alphabet = "abcXYZ019-:T+" + delimiter + "\"'\u0000\t 한글\uFFFD\u00E9";
        for (int i = 0; i < length; i++) {
            line.append(alphabet.charAt(random.nextInt(alphabet.length())));
        }
        return line.toString();
    }

    private static int nonEmptyLines(byte[] content) {
        List<String> lines = new String(content, StandardCharsets.UTF_8).lines().toList();
        return (int) lines.stream().filter(l -> !l.isEmpty()).count();
    }
}
