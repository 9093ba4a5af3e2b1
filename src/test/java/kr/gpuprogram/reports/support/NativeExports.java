package kr.gpuprogram.reports.support;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * Writes jobs and samples in the forms operators' tools write them, for tests: {@code sacct
 * --json} in the v0.0.37 shape (plain numbers, a state string) and the v0.0.41+ shape (number
 * objects, state lists), and a Prometheus range query's body; and the same rows as our CSV forms.
 */
public final class NativeExports {

    private NativeExports() {
    }

    /** A job as a sacct line has it; times ISO with offset, null for none. */
    public record Job(long jobId, String cluster, String account, String user, String submit, String start, String end,
               String state, String gpuName, int gpus, int steps, Long arrayJobId, Integer arrayTaskId) {

        public Job(long jobId, String cluster, String account, String user, String start, String end, String state,
            String gpuName, int gpus) {
            this(jobId, cluster, account, user, start, start, end, state, gpuName, gpus, 0, null, null);
        }

        public Job withSteps(int n) {
            return new Job(jobId, cluster, account, user, submit, start, end, state, gpuName, gpus, n, arrayJobId, arrayTaskId);
        }

        public Job asArrayElement(long arrayJob, int task) {
            return new Job(jobId, cluster, account, user, submit, start, end, state, gpuName, gpus, steps, arrayJob, task);
        }
    }

    /** One sample as a CSV row has it; {@code job} null for a GPU without a job (hpc_job absent), "" for an empty label. */
    public record Sample(String host, int gpu, String job, long epochSecond, String value) {
    }

    public static long epoch(String isoWithOffset) {
        return OffsetDateTime.parse(isoWithOffset).toEpochSecond();
    }

    public static String sacctJsonV37(List<Job> jobs) {
        return "{\"meta\":{\"plugin\":{\"type\":\"openapi/dbv0.0.37\",\"name\":\"Slurm OpenAPI dbv0.0.37\"},"
                + "\"Slurm\":{\"version\":{\"major\":21,\"micro\":8,\"minor\":8},\"release\":\"21.08.8\"}},\"errors\":[],\n"
                + "\"jobs\":[" + jobs.stream().map(j -> v37(j)).collect(Collectors.joining(",\n")) + "]}\n";
    }

    private static String v37(Job j) {
        return "{\"account\":" + str(j.account()) + ",\"allocation_nodes\":1,"
                + "\"array\":{\"job_id\":" + (j.arrayJobId() == null ? 0 : j.arrayJobId()) + ",\"limits\":{\"max\":{\"running\":{\"tasks\":0}}},"
                + "\"task\":null,\"task_id\":" + (j.arrayTaskId() == null ? "null" : j.arrayTaskId()) + "},"
                + "\"cluster\":" + str(j.cluster()) + ",\"comment\":{\"administrator\":null},\"derived_exit_code\":{\"status\":\"SUCCESS\",\"return_code\":0},"
                + "\"job_id\":" + j.jobId() + ",\"name\":\"train\",\"partition\":\"gpu\","
                + "\"state\":{\"current\":" + str(j.state()) + ",\"reason\":\"None\"},"
                + "\"steps\":[" + steps(j) + "],"
                + "\"time\":{\"elapsed\":0,\"eligible\":" + secs(j.submit()) + ",\"end\":" + secs(j.end())
                + ",\"start\":" + secs(j.start()) + ",\"submission\":" + secs(j.submit()) + ",\"suspended\":0,"
                + "\"system\":{\"seconds\":0,\"microseconds\":0},\"limit\":4294967294},"
                + "\"tres\":{\"allocated\":[{\"type\":\"cpu\",\"name\":null,\"id\":1,\"count\":32},"
                + "{\"type\":\"mem\",\"name\":null,\"id\":2,\"count\":131072},"
                + "{\"type\":\"gres\",\"name\":" + str(j.gpuName()) + ",\"id\":1001,\"count\":" + j.gpus() + "},"
                + "{\"type\":\"node\",\"name\":null,\"id\":4,\"count\":1}],\"requested\":[]},"
                + "\"user\":" + str(j.user()) + ",\"wckey\":{\"wckey\":\"\",\"flags\":[]}}";
    }

    public static String sacctJsonV41(List<Job> jobs) {
        return "{\"jobs\":[" + jobs.stream().map(j -> v41(j)).collect(Collectors.joining(",\n")) + "],\n"
                + "\"meta\":{\"plugin\":{\"type\":\"\",\"name\":\"\",\"data_parser\":\"data_parser/v0.0.41\",\"accounting_storage\":\"accounting_storage/slurmdbd\"},"
                + "\"client\":{\"source\":\"/dev/pts/0\",\"user\":\"root\",\"group\":\"root\"},"
                + "\"command\":[\"sacct\",\"--json\"],\"slurm\":{\"version\":{\"major\":\"24\",\"micro\":\"1\",\"minor\":\"05\"},\"release\":\"24.05.1\",\"cluster\":\"demo\"}},"
                + "\"errors\":[],\"warnings\":[]}\n";
    }

    private static String v41(Job j) {
        return "{\"account\":" + str(j.account()) + ",\"allocation_nodes\":1,"
                + "\"array\":{\"job_id\":" + (j.arrayJobId() == null ? 0 : j.arrayJobId()) + ",\"limits\":{\"max\":{\"running\":{\"tasks\":0}}},"
                + "\"task_id\":" + numberObject(j.arrayTaskId() == null ? null : (long) j.arrayTaskId()) + ",\"task\":\"\"},"
                + "\"cluster\":" + str(j.cluster()) + ",\"job_id\":" + j.jobId() + ",\"name\":\"train\","
                + "\"state\":{\"current\":[" + str(j.state()) + "],\"reason\":\"None\"},"
                + "\"steps\":[" + steps(j) + "],"
                + "\"time\":{\"elapsed\":0,\"eligible\":" + secs(j.submit()) + ",\"end\":"
                + numberObject(j.end() == null ? null : epoch(j.end()))
                + ",\"limit\":{\"set\":true,\"infinite\":false,\"number\":1440},"
                + "\"planned\":{\"set\":true,\"infinite\":false,\"number\":0},"
                + "\"start\":" + (j.start() == null ? "4294967294" : secs(j.start()))
                + ",\"submission\":" + numberObject(j.submit() == null ? null : epoch(j.submit())) + ",\"suspended\":0,"
                + "\"system\":{\"seconds\":0,\"microseconds\":0},\"total\":{\"seconds\":0,\"microseconds\":0}},"
                + "\"tres\":{\"allocated\":[{\"type\":\"cpu\",\"name\":\"\",\"id\":1,\"count\":32},"
                + "{\"type\":\"gres\",\"name\":" + str(j.gpuName()) + ",\"id\":1001,\"count\":" + j.gpus() + "},"
                + "{\"type\":\"billing\",\"name\":\"\",\"id\":5,\"count\":16}],\"requested\":[]},"
                + "\"user\":" + str(j.user()) + "}";
    }

    private static String steps(Job j) {
        List<String> steps = new ArrayList<>();
        String[] names = {"batch", "extern", "0", "1"};
        for (int n = 0; n < j.steps(); n++) {
            steps.add("{\"step\":{\"id\":\"" + j.jobId() + "." + names[n % names.length] + "\",\"name\":\"" + names[n % names.length]
                    + "\"},\"state\":\"COMPLETED\",\"tres\":{\"allocated\":[{\"type\":\"gres\",\"name\":\"gpu\",\"count\":1}]}}");
        }
        return String.join(",", steps);
    }

    private static String str(String text) {
        return text == null ? "null" : '"' + text.replace("\\", "\\\\").replace("\"", "\\\"") + '"';
    }

    private static String numberObject(Long n) {
        return n == null ? "{\"set\":false,\"infinite\":false,\"number\":0}"
                : "{\"set\":true,\"infinite\":false,\"number\":" + n + "}";
    }

    /** v0.0.37 writes 0 for no time (Slurm's "no value" in places): seconds or 0. */
    private static String secs(String iso) {
        return iso == null ? "0" : String.valueOf(epoch(iso));
    }

    /** The same jobs as a text export with Submit, as the program's --format writes them. */
    public static String sacctText(List<Job> jobs) {
        StringBuilder text = new StringBuilder("JobID|Cluster|Account|User|Submit|Start|End|State|AllocTRES\n");
        for (Job j : jobs) {
            text.append(j.jobId()).append('|').append(j.cluster()).append('|').append(j.account()).append('|')
                    .append(j.user()).append('|').append(j.submit() == null ? "Unknown" : j.submit()).append('|')
                    .append(j.start() == null || j.state().equals("PENDING") ? "Unknown" : j.start()).append('|')
                    .append(j.end() == null ? "Unknown" : j.end()).append('|').append(j.state()).append('|')
                    .append("cpu=32,gres/").append(j.gpuName()).append('=').append(j.gpus()).append('\n');
        }
        return text.toString();
    }

    /** A range query's answer: one series per (host, gpu, job), samples in the order given. */
    public static String prometheusMatrix(List<Sample> samples, String clusterLabel) {
        Map<String, List<Sample>> series = new LinkedHashMap<>();
        for (Sample s : samples) {
            series.computeIfAbsent(s.host() + '|' + s.gpu() + '|' + s.job(), k -> new ArrayList<>()).add(s);
        }
        StringBuilder body = new StringBuilder("{\"status\":\"success\",\"data\":{\"resultType\":\"matrix\",\"result\":[");
        boolean first = true;
        for (List<Sample> one : series.values()) {
            Sample s = one.get(0);
            body.append(first ? "" : ",").append("\n{\"metric\":{\"__name__\":\"DCGM_FI_DEV_GPU_UTIL\",\"DCGM_FI_DRIVER_VERSION\":\"550.54.15\",")
                    .append("\"Hostname\":\"").append(s.host()).append("\",\"UUID\":\"GPU-").append(s.host()).append('-').append(s.gpu())
                    .append("\",\"device\":\"nvidia").append(s.gpu()).append("\",\"gpu\":\"").append(s.gpu()).append('"')
                    .append(clusterLabel == null ? "" : ",\"cluster\":\"" + clusterLabel + "\"")
                    .append(s.job() == null ? "" : ",\"hpc_job\":\"" + s.job() + "\"")
                    .append(",\"instance\":\"").append(s.host()).append(":9400\",\"job\":\"dcgm\",\"modelName\":\"NVIDIA H100 80GB HBM3\",")
                    .append("\"pci_bus_id\":\"00000000:18:00.0\"},\"values\":[");
            body.append(one.stream().map(x -> "[" + x.epochSecond() + ",\"" + x.value() + "\"]").collect(Collectors.joining(",")));
            body.append("]}");
            first = false;
        }
        return body.append("]}}\n").toString();
    }

    /** The same samples as our CSV, in the order given. */
    public static String telemetryCsv(String cluster, List<Sample> samples) {
        StringBuilder csv = new StringBuilder("timestamp,cluster_id,hostname,gpu,job_id,gpu_util\n");
        for (Sample s : samples) {
            csv.append(Instant.ofEpochSecond(s.epochSecond()).toString()).append(',').append(cluster).append(',')
                    .append(s.host()).append(',').append(s.gpu()).append(',').append(s.job() == null ? "" : s.job())
                    .append(',').append(s.value()).append('\n');
        }
        return csv.toString();
    }
}
