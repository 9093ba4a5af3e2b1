package kr.gpuprogram.reports.generate;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.function.Supplier;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * Reads every job file written back as the report job would and checks it: exactly the
 * deliberately broken lines are invalid, concurrent GPU use per cluster never exceeds its
 * capacity, attributed jobs run within their allocation's dates.
 *
 * @throws IllegalStateException on the first violation
 */
final class SampleSelfCheck {

    /** A job as read back (its last listing): start, end (or the end of its file's day), GPUs, account. */
    record JobRecord(long start, long end, int gpus, String account) {
    }

    record RecordKey(String clusterId, String jobId) {
    }

    /** Every job read back, in the order first read, and the number of job lines read. */
    record ReadBack(Map<RecordKey, JobRecord> records, int jobLines) {
    }

    private static final Pattern NAME = Pattern.compile("^jobs-(.+)-(\\d{4}-\\d{2}-\\d{2})\\.csv$");
    private static final Pattern GPU = Pattern.compile("(?:^|,)gres/gpu=(-?\\d+)(?:,|$)");
    private static final Pattern TYPED = Pattern.compile("(?:^|,)gres/gpu:[^=,]+=(-?\\d+)(?:,|$)");

    private SampleSelfCheck() {
    }

    static ReadBack check(Path inbox, Map<String, SampleCluster> clusters, List<SampleAllocation> allocs,
                          Map<String, List<SacctFileBuilder.DefectLine>> expectedDefects) throws IOException {
        List<String> names;
        try (Stream<Path> files = Files.list(inbox)) {
            names = files.map(p -> p.getFileName().toString()).filter(n -> NAME.matcher(n).matches())
                    .sorted(Comparator.comparing((String n) -> day(n)).thenComparing(n -> n)).toList();
        }
        Map<String, List<SacctFileBuilder.DefectLine>> flagged = new TreeMap<>();
        Map<RecordKey, JobRecord> records = new LinkedHashMap<>();
        int jobLines = 0;
        for (String name : names) {
            Matcher m = NAME.matcher(name);
            m.matches();
            String cid = m.group(1);
            LocalDate day = LocalDate.parse(m.group(2));
            SampleCluster c = clusters.get(cid);
            byte[] raw = Files.readAllBytes(inbox.resolve(name));
            String text = new String(raw, StandardCharsets.UTF_8);
            require(!text.startsWith("\uFEFF") && text.indexOf('\r') < 0, () -> name);
            String[] lines = text.split("\n", -1);
            boolean submit = !SampleProgram.NO_SUBMIT.contains(cid);
            require(lines[0].equals(submit ? SampleProgram.HEADER_SUBMIT : SampleProgram.HEADER)
                    && lines[lines.length - 1].isEmpty(), () -> name);
            Set<String> seen = new HashSet<>();
            long dayEnd = SampleTime.midnight(day.plusDays(1), c.zone);
            for (int no = 2; no <= lines.length - 1; no++) {
                String line = lines[no - 1];
                jobLines++;
                List<String> f = new ArrayList<>(Arrays.asList(line.split("\\|", -1)));
                int fieldCount = f.size();
                if (submit && fieldCount == 9) {
                    f.remove(4);                                 // Submit: not needed below
                } else if (submit && fieldCount > 8) {
                    f = f.subList(0, 8);
                }
                DefectKind reason = null;
                Long start = null;
                Long end = null;
                int gpus = 0;
                if (f.size() != 8 || (submit && fieldCount != 9)) {
                    reason = DefectKind.MISSING_FIELD;
                } else if (!f.get(1).equals(cid)) {
                    reason = DefectKind.WRONG_CLUSTER;
                } else if (seen.contains(line)) {
                    reason = DefectKind.DUPLICATE;
                } else {
                    try {
                        start = SampleTime.parse(f.get(4), c.zone);
                        end = SampleTime.parse(f.get(5), c.zone);
                        gpus = gpus(f.get(7));
                        if (gpus < 0) {
                            reason = DefectKind.NEGATIVE_GPUS;
                        } else if (gpus > c.maxGpus()) {
                            reason = DefectKind.TOO_MANY_GPUS;
                        } else if (start != null && end != null && end < start) {
                            reason = DefectKind.END_BEFORE_START;
                        }
                    } catch (DateTimeParseException e) {
                        reason = DefectKind.BAD_START;
                    }
                }
                seen.add(line);
                if (reason != null) {
                    flagged.computeIfAbsent(name, k -> new ArrayList<>()).add(new SacctFileBuilder.DefectLine(no, reason));
                    continue;
                }
                if (f.get(4).equals("Unknown") || f.get(4).equals("None")) {
                    int lineNumber = no;
                    require(f.get(6).equals("PENDING") || f.get(6).equals("CANCELLED"), () -> name + ":" + lineNumber);
                    continue;
                }
                records.put(new RecordKey(cid, f.get(0)), new JobRecord(start, end != null ? end : dayEnd, gpus, f.get(2)));
            }
        }
        Map<String, List<SacctFileBuilder.DefectLine>> expected = new TreeMap<>();
        expectedDefects.forEach((file, lines) -> expected.put(file, lines.stream()
                .sorted(Comparator.comparingInt(SacctFileBuilder.DefectLine::lineNumber)
                        .thenComparing(d -> d.kind().label())).toList()));
        require(flagged.equals(expected), () -> "defects differ: read back " + flagged + ", written " + expected);
        checkCapacityAndAllocations(clusters, allocs, records);
        return new ReadBack(records, jobLines);
    }

    /** Concurrent use at or below capacity at every start instant; attributed jobs inside their allocation. */
    private static void checkCapacityAndAllocations(Map<String, SampleCluster> clusters, List<SampleAllocation> allocs,
                                                    Map<RecordKey, JobRecord> records) {
        Map<String, SampleAllocation> allocByKey = new HashMap<>();
        allocs.forEach(a -> allocByKey.put(a.cluster + "|" + a.id, a));
        for (SampleCluster c : clusters.values()) {
            List<JobRecord> recs = records.entrySet().stream().filter(e -> e.getKey().clusterId().equals(c.id))
                    .map(Map.Entry::getValue).toList();
            List<long[]> events = new ArrayList<>();               // (instant, is start, GPU delta)
            for (JobRecord r : recs) {
                events.add(new long[] {r.start(), 1, r.gpus()});
            }
            for (JobRecord r : recs) {
                events.add(new long[] {r.end(), 0, -r.gpus()});
            }
            events.sort(Comparator.comparingLong((long[] e) -> e[0]).thenComparingLong(e -> e[1]).thenComparingLong(e -> e[2]));
            long current = 0;
            for (long[] e : events) {
                current += e[2];
                if (e[1] == 1) {
                    long now = current;
                    require(now <= c.capacityAt(e[0]), () -> "over capacity: " + c.id + " at " + e[0] + ": " + now);
                }
            }
            for (JobRecord r : recs) {
                require(r.gpus() <= c.maxGpus() && c.capacityAt(r.start()) > 0, () -> c.id + " " + r);
                SampleAllocation a = allocByKey.get(c.id + "|" + r.account());
                if (a != null) {
                    require(a.t0 <= r.start() && r.end() <= a.t1, () -> "outside allocation: " + c.id + " " + r);
                }
            }
        }
    }

    /** The GPU count of an AllocTRES: {@code gres/gpu=N}, else the sum of the typed entries. */
    static int gpus(String tres) {
        Matcher plain = GPU.matcher(tres);
        if (plain.find()) {
            return Integer.parseInt(plain.group(1));
        }
        int sum = 0;
        Matcher typed = TYPED.matcher(tres);
        while (typed.find()) {
            sum += Integer.parseInt(typed.group(1));
        }
        return sum;
    }

    private static String day(String name) {
        Matcher m = NAME.matcher(name);
        m.matches();
        return m.group(2);
    }

    private static void require(boolean condition, Supplier<String> what) {
        if (!condition) {
            throw new IllegalStateException("sample self-check failed: " + what.get());
        }
    }
}
