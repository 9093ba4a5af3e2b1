package kr.gpuprogram.reports.generate;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Collectors;

/** The sample data's README.md: what the data looks like, the missing file and the defects with their file and line. */
final class SampleReadme {

    private final Map<String, SampleCluster> clusters;
    private final List<SampleAllocation> allocs;
    private final Map<String, List<SacctFileBuilder.DefectLine>> defects;
    private final SampleStatistics st;
    private final SampleTelemetryWriter.Counts telemetry;
    private final int files;
    private final int jobLines;

    SampleReadme(Map<String, SampleCluster> clusters, List<SampleAllocation> allocs,
                 Map<String, List<SacctFileBuilder.DefectLine>> defects, SampleStatistics st,
                 SampleTelemetryWriter.Counts telemetry, int files, int jobLines) {
        this.clusters = clusters;
        this.allocs = allocs;
        this.defects = defects;
        this.st = st;
        this.telemetry = telemetry;
        this.files = files;
        this.jobLines = jobLines;
    }

    private static String f(String format, Object... args) {
        return String.format(Locale.ROOT, format, args);
    }

    private static String percent(double used, double of, int decimals) {
        return PythonFormat.fixed(100 * used / of, decimals);
    }

    /** The text; the duplicate's line is looked up in its file under {@code inbox}. */
    String text(Path inbox) throws IOException {
        Map<String, SampleProgram.Institution> inst = new TreeMap<>();
        SampleProgram.INSTITUTIONS.forEach(i -> inst.put(i.id(), i));
        List<String> l = new ArrayList<>();
        l.add("# Sample data: a small fictional GPU support program, November 2026\n");
        l.add(f("Everything here is written by the report program's `generate --sample` command "
                + "(`kr.gpuprogram.reports.generate.SampleDataGenerator`, fixed seed %d: rerunning it writes "
                + "byte-identical files). Do not edit the files by hand; change the generator and rerun "
                + "`mvn -B -q package -DskipTests && java -jar target/gpu-usage-reports.jar generate --sample` "
                + "from the project's root (`SampleDataGeneratorTest` fails while the generator and these files "
                + "disagree). All names, ids and addresses are fictional.\n", SampleProgram.SEED));
        l.add(f("Layout follows `SPEC.md` (\"Inputs\"): `reference/` (6 CSV files), "
                + "`inbox/jobs-<cluster_id>-YYYY-MM-DD.csv` (%d Slurm `sacct --parsable2` exports, "
                + "2026-11-01 .. 2026-11-25, %d job lines) and one GPU telemetry file "
                + "`inbox/gpu-metrics-%s-%s.csv` (see \"Telemetry\").\n",
                files, jobLines, SampleProgram.TELEMETRY_CLUSTER, SampleProgram.TELEMETRY_DAY));
        l.add("## Operators\n");
        l.add("| operator_id | operator_name | self_use_accounts |\n| --- | --- | --- |");
        for (SampleProgram.Operator o : SampleProgram.OPERATORS) {
            l.add(f("| `%s` | %s | %s |", o.id(), o.name(), o.selfUseAccounts().isEmpty() ? "" : "`" + o.selfUseAccounts() + "`"));
        }
        l.add("");
        l.add(f("- **Self-use**: `op-hanbit` runs its own workloads on program GPUs under `%s` (its R&D "
                + "team's training on hanbit-h100, submitted at 21:00 every night: 64 GPUs for about 9 h, at "
                + "weekends 128 GPUs for about 20 h, queued like any job) and `benchmark`; %s GPU-hours of "
                + "`%s` over 11-01..11-25. At weekends its use exceeds the cluster's unallocated capacity: "
                + "self-use on allocated GPUs. Its `admin` health checks stay unattributed.\n",
                SampleProgram.SELF_USE_ACCOUNT, PythonFormat.fixed(st.selfUse, 1), SampleProgram.SELF_USE_ACCOUNT));
        l.add("## Clusters\n");
        l.add("| cluster_id | operator | model | GPUs (capacity periods) | time_zone |\n"
                + "| --- | --- | --- | --- | --- |");
        for (SampleCluster c : clusters.values()) {
            String periods = c.periods.stream()
                    .map(p -> p.gpuCount() + " from " + p.from() + (p.to() != null ? " to " + p.to() : ""))
                    .collect(Collectors.joining("; "));
            l.add(f("| `%s` | `%s` | %s | %s | %s |", c.id, c.operator, c.model, periods,
                    c.timeZoneName.isEmpty() ? "(empty: Asia/Seoul)" : c.timeZoneName));
        }
        l.add("");
        l.add("- **Expansion**: `saebyeok-h200` has two capacity rows: 128 GPUs up to 2026-11-15, "
                + "256 GPUs from 2026-11-16.");
        l.add("- **New cluster**: `hanbit-b200` enters service on 2026-11-10; it has job files only "
                + "from 2026-11-10 (its first jobs are the operator's acceptance benchmarks, "
                + "one of them on all 128 GPUs).");
        l.add("- **UTC cluster**: `saebyeok-h100` has `time_zone` `UTC`: its sacct times without "
                + "offset are UTC, and its file `jobs-saebyeok-h100-D.csv` covers the UTC day D "
                + "(D 09:00 to D+1 09:00 in Seoul). Seoul's 2026-11-01 00:00..09:00 would need its file of "
                + "2026-10-31, which is not part of the sample (jobs running across UTC midnight still "
                + "appear in the 11-01 file).");
        l.add("- Rates (`rates.csv`): H100 2,800 KRW per GPU-hour, 2,500 from 2026-11-15; "
                + "H200 3,500; B200 5,200.");
        l.add("- Recipients: 2 program managers (`PROGRAM`) and one contact per operator.\n");
        l.add("## Institutions\n");
        Map<String, Long> counts = SampleProgram.INSTITUTIONS.stream()
                .collect(Collectors.groupingBy(SampleProgram.Institution::sector, Collectors.counting()));
        int institutions = SampleProgram.INSTITUTIONS.size();
        l.add(f("%d institutions (`INST-001` .. `INST-%03d`): %s. Regions across Korea "
                + "(서울, 경기, 대전, 부산, 광주, 대구, 세종, ...).\n", institutions, institutions,
                List.of("INDUSTRY", "ACADEMIA", "RESEARCH", "PUBLIC").stream().map(s -> s + " " + counts.get(s))
                        .collect(Collectors.joining(", "))));
        l.add("## Allocations\n");
        l.add(f("%d allocations (`AL-2026-001` .. `AL-2026-%03d`, 8 to 64 GPUs). Per cluster, the sum "
                + "of allocated GPUs on 2026-11-01 / 2026-11-25:\n", allocs.size(), allocs.size()));
        l.add("| cluster | allocations | allocated GPUs 11-01 | allocated GPUs 11-25 | capacity 11-25 |\n"
                + "| --- | --- | --- | --- | --- |");
        LocalDate first = SampleProgram.FIRST_DAY;
        LocalDate last = SampleProgram.LAST_DAY;
        for (SampleCluster c : clusters.values()) {
            List<SampleAllocation> mine = allocs.stream().filter(a -> a.cluster.equals(c.id)).toList();
            int s1 = mine.stream().filter(a -> a.activeOn(first)).mapToInt(a -> a.gpus).sum();
            int s25 = mine.stream().filter(a -> a.activeOn(last)).mapToInt(a -> a.gpus).sum();
            l.add(f("| `%s` | %d | %d | %d | %d |", c.id, mine.size(), s1, s25, c.capacityOn(last)));
        }
        l.add("");
        l.add("- Ending in November (before the 25th): " + allocs.stream()
                .filter(a -> !a.end.isBefore(first) && a.end.isBefore(last))
                .map(a -> "`" + a.id + "` (" + a.end + ")").collect(Collectors.joining(", ")) + ".");
        l.add("- Starting in November: " + allocs.stream()
                .filter(a -> a.start.isAfter(first) && !a.start.isAfter(last))
                .map(a -> "`" + a.id + "` (" + a.start + ")").collect(Collectors.joining(", ")) + ".");
        l.add("- Ended before November (no November figures): " + allocs.stream()
                .filter(a -> a.end.isBefore(first))
                .map(a -> "`" + a.id + "` (" + a.end + ")").collect(Collectors.joining(", ")) + ".");
        Map<String, List<String>> multi = new TreeMap<>();
        allocs.forEach(a -> multi.computeIfAbsent(a.institution, k -> new ArrayList<>()).add(a.id));
        l.add("- Institutions with several allocations: " + multi.entrySet().stream().filter(e -> e.getValue().size() > 1)
                .map(e -> e.getKey() + " " + inst.get(e.getKey()).name() + " (" + String.join(", ", e.getValue()) + ")")
                .collect(Collectors.joining(", ")) + ".");
        st.overAllocated.forEach((cid, rows) -> l.add(f("- **Over-allocated**: `%s` on %s .. %s (%d GPUs allocated, "
                + "capacity %d): two allocations start on 11-10, ahead of the 11-16 expansion.",
                cid, rows.get(0).day(), rows.get(rows.size() - 1).day(), rows.get(0).allocated(), rows.get(0).capacity())));
        l.add(f("- Heavy users (used/allocated over 11-01..11-25): %s; `AL-2026-036` runs more than its "
                + "64 GPUs at times (daily over-use on %s).",
                allocs.stream().filter(a -> a.profile.equals("heavy") || a.profile.equals("over"))
                        .map(a -> "`" + a.id + "` " + allocationPercent(a.id) + " %").collect(Collectors.joining(", ")),
                st.overUse.stream().map(o -> "`" + o.allocationId() + "` " + o.days() + " days")
                        .collect(Collectors.joining(", "))));
        l.add(f("- Practically unused (reclaim candidates by design): `AL-2026-038` (32 GPUs on gaon-h200, "
                + "no job submitted from 2026-11-03 on), `AL-2026-005` (16 GPUs on hanbit-h100, a 1-GPU test job "
                + "every few days). Low users: %s. Allocation `AL-2026-018` "
                + "starts on 11-12 but runs its first job only 2.5 days later.",
                List.of("AL-2026-046", "AL-2026-051").stream().map(k -> "`" + k + "` " + allocationPercent(k) + " %")
                        .collect(Collectors.joining(", "))));
        l.add("");
        l.add(f("As generated (read back with the spec's rules, program days 11-01..11-25), the cluster "
                + "utilization is about: %s. Reclaim candidates on 2026-11-25 with the default settings "
                + "(7 days, 14-day window, 20 %%): %s.\n",
                st.clusters.stream().map(c -> c.clusterId() + " " + percent(c.usedHours(), c.capacityHours(), 0) + " %")
                        .collect(Collectors.joining(", ")),
                st.reclaim.stream().map(r -> f("`%s` (%s %% used, zero-use streak %d day%s)", r.allocationId(),
                        percent(r.windowUsedHours(), r.windowAllocatedHours(), 1), r.zeroUseStreak(),
                        r.zeroUseStreak() == 1 ? "" : "s")).collect(Collectors.joining(", "))));
        l.add("## Job files\n");
        l.add("One file per in-service cluster and day (the cluster's own zone), with every job that "
                + "overlapped that day, sorted by JobID, as `sacct --allusers --allocations --parsable2 "
                + "--starttime D --endtime D+1` prints them:\n");
        l.add("- A job still running at the end of the file's day has End `Unknown` and State "
                + "`RUNNING`; it appears again in the next days' files, finished in the file of the day "
                + "it ended (COMPLETED, FAILED, CANCELLED or TIMEOUT). Several jobs are still running "
                + "in the files of 2026-11-25.");
        l.add("- Jobs submitted but not yet started when the file was written are `PENDING` with "
                + "Start and End `Unknown` and an empty AllocTRES (as sacct prints them); a job cancelled "
                + "while pending has Start `None`, End the cancel time and State `CANCELLED`. Neither is usage "
                + "nor an error.");
        l.add("- Times are local to the cluster (`2026-11-25T03:12:44`); about 4 % of jobs use "
                + "`+09:00` or `Z` instead.");
        l.add("- AllocTRES: mostly `gres/gpu=N`, some typed `gres/gpu:h100=N` only, some both; "
                + "CPU-only jobs have no GPU entry. Array tasks look like `" + st.arrayExample + "`.");
        l.add("- Accounts are allocation ids; `admin` (node health checks) and `benchmark` jobs, and "
                + "two jobs on another cluster's allocation id (`AL-2026-039` on `gaon-b200`, "
                + "`AL-2026-020` on `saebyeok-h100`), are unattributed usage.");
        l.add("- Concurrent GPU use never exceeds a cluster's capacity, and attributed jobs run only "
                + "within their allocation's dates (checked by the generator when it runs).\n");
        l.add(f("- **Submit**: every job file has sacct's `Submit` column (`%s`), except those of %s, "
                + "whose operator still runs an older export (`%s`): their waits are not measured "
                + "(empty in `operators.csv`).", SampleProgram.HEADER_SUBMIT,
                SampleProgram.NO_SUBMIT.stream().sorted().map(c -> "`" + c + "`").collect(Collectors.joining(", ")),
                SampleProgram.HEADER));
        l.add("- **A small cluster with telemetry**: `saebyeok-dev` (16 H100, two allocations of 8 GPUs).\n");
        l.add("### Telemetry\n");
        l.add(f("`inbox/gpu-metrics-%s-%s.csv`: DCGM `DCGM_FI_DEV_GPU_UTIL` every %d s on %s, nodes `sd-n01` "
                + "(GPUs 0-7) and `sd-n02` (GPUs 8-15), job GPUs given lowest index first. Rows of GPUs without "
                + "a job are left out (they count for no figure). The cluster's accounting runs ahead of its "
                + "measurements: from %02d:00 the exporter of `sd-n02` loses the job mapping (%d samples with an "
                + "empty `job_id`), so the jobs there are measured short and some not at all (jobs without "
                + "samples); and an operator's test outside Slurm shows up as job `%s` on GPU %d from %02d:00 for %d minutes "
                + "(%d samples of an unknown job). %d samples carry a known job id.\n",
                SampleProgram.TELEMETRY_CLUSTER, SampleProgram.TELEMETRY_DAY, SampleProgram.TELEMETRY_INTERVAL,
                SampleProgram.TELEMETRY_DAY, SampleProgram.UNMAPPED_NODE_FROM_HOUR, telemetry.unmapped(),
                SampleProgram.UNKNOWN_JOB_ID, telemetry.unknownGpu(), telemetry.unknownFrom() / 3600,
                SampleProgram.UNKNOWN_JOB_SECONDS / 60, telemetry.unknown(), telemetry.jobSamples()));
        l.add("### The missing file\n");
        l.add(f("`inbox/%s` is deliberately absent (every other in-service cluster-day 2026-11-01 .. "
                + "2026-11-25 has its file). Jobs that ran through that day still show up in the next "
                + "day's file; jobs that started and ended on it are lost.\n",
                SampleProgram.fileName(SampleProgram.MISSING_FILE_CLUSTER, SampleProgram.MISSING_FILE_DAY)));
        l.add("### Deliberate defects\n");
        l.add("Line numbers count the header as line 1. Every other line is valid.\n");
        l.add("| file | line | what is wrong |\n| --- | --- | --- |");
        List<String> names = new ArrayList<>(defects.keySet());
        names.sort(Comparator.comparing(SampleReadme::defectDay));
        for (String name : names) {
            for (SacctFileBuilder.DefectLine d : defects.get(name)) {
                String text = d.kind().text();
                if (d.kind() == DefectKind.DUPLICATE) {
                    List<String> lines = Arrays.asList(
                            Files.readString(inbox.resolve(name), StandardCharsets.UTF_8).split("\n", -1));
                    text += f(": line %d repeats line %d", d.lineNumber(), lines.indexOf(lines.get(d.lineNumber() - 1)) + 1);
                }
                l.add(f("| `inbox/%s` | %d | %s |", name, d.lineNumber(), text));
            }
        }
        l.add("");
        return String.join("\n", l);
    }

    private String allocationPercent(String allocationId) {
        SampleStatistics.AllocationUse use = st.allocs.get(allocationId);
        return percent(use.usedHours(), use.allocatedHours(), 0);
    }

    /** The day of the first defect listed for a file (the README lists the files in that order). */
    private static LocalDate defectDay(String fileName) {
        return SampleProgram.DEFECTS.stream()
                .filter(d -> SampleProgram.fileName(d.clusterId(), d.day()).equals(fileName))
                .findFirst().orElseThrow().day();
    }
}
