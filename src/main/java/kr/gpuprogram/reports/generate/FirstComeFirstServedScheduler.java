package kr.gpuprogram.reports.generate;

import java.util.Comparator;
import java.util.List;
import java.util.PriorityQueue;

/**
 * First come, first served: starts a job when its cluster has room for it. Jobs are admitted
 * in order of their start instant and capacity never decreases over time, so checking at each
 * start keeps the concurrent use at or below capacity at every instant. A job that waited
 * {@link SampleProgram#MAX_WAIT}, or whose allocation ended meanwhile, is cancelled while pending.
 */
final class FirstComeFirstServedScheduler {

    /** A job waiting to be tried at {@code at}; {@code order} its place in the submitted list. */
    private record Waiting(long at, int order, SampleJob job) {
    }

    /** A running job's end and GPUs. */
    private record Running(long end, int gpus) {
    }

    private FirstComeFirstServedScheduler() {
    }

    /** Sets each job's start and end, or its cancel time. */
    static void schedule(SampleCluster cluster, List<SampleJob> jobs) {
        PriorityQueue<Waiting> queue = new PriorityQueue<>(
                Comparator.comparingLong(Waiting::at).thenComparingInt(Waiting::order));
        for (int i = 0; i < jobs.size(); i++) {
            queue.add(new Waiting(jobs.get(i).earliest, i, jobs.get(i)));
        }
        PriorityQueue<Running> running = new PriorityQueue<>(Comparator.comparingLong(Running::end));
        int used = 0;
        while (!queue.isEmpty()) {
            Waiting next = queue.poll();
            long t = next.at();
            SampleJob job = next.job();
            while (!running.isEmpty() && running.peek().end() <= t) {
                used -= running.poll().gpus();
            }
            int capacity = cluster.capacityAt(t);
            boolean tooLate = job.hasLimit() && t >= job.limit - 600;
            if (!tooLate && job.gpus <= capacity - used) {
                job.start = t;
                job.end = t + job.duration;
                if (job.hasLimit() && job.end > job.limit) {
                    job.end = job.limit - 60 - (job.duration % 240);   // killed at the allocation's end
                    job.finalState = "TIMEOUT";
                }
                if (job.gpus != 0) {
                    running.add(new Running(job.end, job.gpus));
                    used += job.gpus;
                }
                continue;
            }
            long retry = running.isEmpty() ? t + 3600 : running.peek().end();
            if (tooLate || retry - job.submit > SampleProgram.MAX_WAIT) {
                job.cancel = Math.min(Math.max(t, job.submit + 60), job.submit + SampleProgram.MAX_WAIT);
                continue;
            }
            queue.add(new Waiting(retry, next.order(), job));
        }
    }
}
