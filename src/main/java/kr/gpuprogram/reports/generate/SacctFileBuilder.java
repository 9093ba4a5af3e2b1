package kr.gpuprogram.reports.generate;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The job files' lines: each in-service cluster-day lists every job that overlapped that day
 * in the cluster's zone, sorted by JobID, as {@code sacct --starttime D --endtime D+1} prints
 * them (jobs not ended by the end of the day RUNNING with End {@code Unknown}, jobs not started
 * yet PENDING); then the deliberately broken lines go in.
 */
final class SacctFileBuilder {

    /** A cluster-day's file. */
    record FileKey(String clusterId, LocalDate day) {

        String fileName() {
            return SampleProgram.fileName(clusterId, day);
        }
    }

    /** A deliberately broken line: its line number (the header is line 1) and kind. */
    record DefectLine(int lineNumber, DefectKind kind) {
    }

    /** The lines of every cluster-day's file (without header) and the broken lines by file name. */
    record JobFiles(Map<FileKey, List<String>> lines, Map<String, List<DefectLine>> defects) {
    }

    private record Entry(long base, int index, String line) {
    }

    private SacctFileBuilder() {
    }

    static JobFiles build(PythonRandom rng, Map<String, SampleCluster> clusters, Map<String, List<SampleJob>> jobsByCluster,
                          List<SampleJob> phantoms) {
        Map<FileKey, List<String>> files = new LinkedHashMap<>();
        for (SampleCluster c : clusters.values()) {
            for (LocalDate day : fileDays(c)) {
                long w0 = SampleTime.midnight(day, c.zone);
                long w1 = SampleTime.midnight(day.plusDays(1), c.zone);
                List<Entry> entries = new ArrayList<>();
                for (SampleJob j : jobsByCluster.get(c.id)) {
                    boolean listed;
                    if (j.started()) {
                        listed = (j.start < w1 && j.end > w0) || (j.submit < w1 && w1 <= j.start && j.array == null);
                    } else {
                        listed = j.array == null && j.submit < w1 && j.cancel >= w0;
                    }
                    if (listed) {
                        entries.add(entry(j.jobId, jobLine(j, c, w1)));
                    }
                }
                for (SampleJob j : phantoms) {
                    if (j.cluster.equals(c.id) && SampleTime.localDate(j.submit, c.zone).equals(day)) {
                        entries.add(entry(j.jobId, phantomLine(j, c, day)));
                    }
                }
                entries.sort(Comparator.comparingLong(Entry::base).thenComparingInt(Entry::index));
                files.put(new FileKey(c.id, day), new ArrayList<>(entries.stream().map(Entry::line).toList()));
            }
        }
        return new JobFiles(files, breakLines(rng, files, phantoms));
    }

    /** The cluster's file days (dates in its own zone) that are in service. */
    static List<LocalDate> fileDays(SampleCluster c) {
        return SampleTime.days(SampleProgram.FIRST_DAY, SampleProgram.LAST_DAY).stream()
                .filter(day -> c.capacityOn(day) > 0).toList();
    }

    private static Map<String, List<DefectLine>> breakLines(PythonRandom rng, Map<FileKey, List<String>> files,
                                                          List<SampleJob> phantoms) {
        Map<String, List<DefectLine>> defects = new LinkedHashMap<>();
        for (SampleProgram.Defect defect : SampleProgram.DEFECTS) {
            String cid = defect.clusterId();
            List<String> lines = files.get(new FileKey(cid, defect.day()));
            int lineNumber;
            if (defect.kind() == DefectKind.WRONG_CLUSTER) {
                List<String> donor = files.get(new FileKey("gaon-b200", defect.day())).stream()
                        .filter(l -> l.split("\\|", -1)[6].equals("COMPLETED")).toList();
                List<String> pasted = new ArrayList<>(Arrays.asList(rng.choice(donor).split("\\|", -1)));
                if (!SampleProgram.NO_SUBMIT.contains(cid)) {    // pasted into an export with Submit: its Start as Submit
                    pasted.add(4, pasted.get(4));
                }
                lines.add(String.join("|", pasted));
                lineNumber = lines.size() + 1;
            } else if (defect.kind() == DefectKind.DUPLICATE) {
                int state = SampleProgram.NO_SUBMIT.contains(cid) ? 6 : 7;
                List<String> done = lines.stream().filter(l -> {
                    String[] f = l.split("\\|", -1);
                    return f[state].equals("COMPLETED") && !f[0].contains("_");
                }).toList();
                lines.add(rng.choice(done));
                lineNumber = lines.size() + 1;
            } else {
                String phantomId = phantoms.stream().filter(j -> j.phantom == defect.kind()).findFirst().orElseThrow().jobId;
                int index = 0;
                while (!lines.get(index).split("\\|", -1)[0].equals(phantomId)) {
                    index++;
                }
                lineNumber = index + 2;
            }
            defects.computeIfAbsent(SampleProgram.fileName(cid, defect.day()), k -> new ArrayList<>())
                    .add(new DefectLine(lineNumber, defect.kind()));
        }
        return defects;
    }

    /** sacct's sort: JobID's base, then the array task index. */
    private static Entry entry(String jobId, String line) {
        int underscore = jobId.indexOf('_');
        if (underscore < 0) {
            return new Entry(Long.parseLong(jobId), 0, line);
        }
        return new Entry(Long.parseLong(jobId.substring(0, underscore)), Integer.parseInt(jobId.substring(underscore + 1)), line);
    }

    /** The job's line in the file whose day ends at w1. */
    private static String jobLine(SampleJob j, SampleCluster c, long w1) {
        return withSubmit(jobFields(j, c, w1), j, c, 4);
    }

    private static List<String> jobFields(SampleJob j, SampleCluster c, long w1) {
        if (!j.started()) {                                      // never started
            boolean pending = j.cancel >= w1;
            String end = pending ? "Unknown" : SampleTime.format(j.cancel, j.style, c.zone);
            return new ArrayList<>(List.of(j.jobId, c.id, j.account, j.user, pending ? "Unknown" : "None", end,
                    pending ? "PENDING" : "CANCELLED", ""));
        }
        if (j.start >= w1) {                                     // pending when the file was written
            return new ArrayList<>(List.of(j.jobId, c.id, j.account, j.user, "Unknown", "Unknown", "PENDING", ""));
        }
        String start = SampleTime.format(j.start, j.style, c.zone);
        boolean running = j.end > w1;
        String end = running ? "Unknown" : SampleTime.format(j.end, j.style, c.zone);
        return new ArrayList<>(List.of(j.jobId, c.id, j.account, j.user, start, end, running ? "RUNNING" : j.finalState, j.tres));
    }

    private static String phantomLine(SampleJob j, SampleCluster c, LocalDate day) {
        String start = SampleTime.format(j.start, SampleTime.Style.LOCAL, c.zone);
        String end = SampleTime.format(j.end, SampleTime.Style.LOCAL, c.zone);
        List<String> fields = new ArrayList<>(List.of(j.jobId, c.id, j.account, j.user, start, end, "COMPLETED", j.tres));
        switch (j.phantom) {
            case MISSING_FIELD -> fields.remove(3);
            case BAD_START -> {
                String iso = day.toString();
                fields.set(4, iso.substring(0, iso.length() - 1) + "xT10:00");
            }
            case TOO_MANY_GPUS -> fields.set(7, "billing=128,cpu=128,gres/gpu=9999,mem=2048G,node=1");
            case NEGATIVE_GPUS -> fields.set(7, "billing=64,cpu=64,gres/gpu=-8,mem=1024G,node=1");
            default -> {
            }
        }
        return withSubmit(fields, j, c, j.phantom == DefectKind.MISSING_FIELD ? 3 : 4);
    }

    /** sacct's Submit after User, for the clusters whose export has it. */
    private static String withSubmit(List<String> fields, SampleJob j, SampleCluster c, int at) {
        if (!SampleProgram.NO_SUBMIT.contains(c.id)) {
            fields.add(at, SampleTime.format(j.submit, j.style == null ? SampleTime.Style.LOCAL : j.style, c.zone));
        }
        return String.join("|", fields);
    }
}
