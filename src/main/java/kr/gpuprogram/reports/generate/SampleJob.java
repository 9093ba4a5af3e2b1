package kr.gpuprogram.reports.generate;

/**
 * A job of the sample program: what its user submitted, then what the scheduler made of it
 * (start and end, or the cancel while pending), then how sacct prints it (state, time style,
 * AllocTRES, job id). A phantom is an extra job whose line is deliberately broken.
 */
final class SampleJob {

    /** A job array: the allocation and submit instant that name it. */
    record ArrayKey(String allocationId, long submit) {
    }

    /** One task of a job array (index from 1). */
    record ArrayTask(ArrayKey key, int index) {
    }

    static final long NOT_SET = Long.MIN_VALUE;

    final String cluster;
    final String account;
    final String user;
    final long submit;
    final long earliest;
    final long duration;
    final int gpus;
    /** The instant the job must end by (its allocation's end), or NOT_SET. */
    final long limit;
    /** Null for a job that is no array task. */
    final ArrayTask array;

    long start = NOT_SET;
    long end = NOT_SET;
    long cancel = NOT_SET;
    String tres;
    SampleTime.Style style;
    String finalState;
    String jobId;
    DefectKind phantom;

    SampleJob(String cluster, String account, String user, long submit, long duration, int gpus, long limit,
              long earliest, ArrayTask array) {
        this.cluster = cluster;
        this.account = account;
        this.user = user;
        this.submit = submit;
        this.duration = duration;
        this.gpus = gpus;
        this.limit = limit;
        this.earliest = earliest;
        this.array = array;
    }

    /** A job without limit, earliest start or array. */
    SampleJob(String cluster, String account, String user, long submit, long duration, int gpus) {
        this(cluster, account, user, submit, duration, gpus, NOT_SET, submit, null);
    }

    boolean started() {
        return start != NOT_SET;
    }

    boolean hasLimit() {
        return limit != NOT_SET;
    }

    /** The array task index, 0 for a job that is no array task (the sort keys' tie-breaker). */
    int arrayIndex() {
        return array == null ? 0 : array.index();
    }
}
