package kr.gpuprogram.reports.generate;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;

/**
 * What the sample program's users submit. Every allocation gets "lanes" of back-to-back jobs
 * whose busy share follows its usage profile; the operators add node health checks and
 * benchmarks, one user types another cluster's allocation id, and op-hanbit's R&D team trains
 * on hanbit-h100 every night. Each draw is made in the order the original Python generator
 * made it: the sample files depend on it.
 */
final class SampleJobGenerator {

    private final PythonRandom rng;
    private final long simT0;
    private final long simT1;

    SampleJobGenerator(PythonRandom rng, long simT0, long simT1) {
        this.rng = rng;
        this.simT0 = simT0;
        this.simT1 = simT1;
    }

    /** The jobs of an allocation over the simulated time. */
    List<SampleJob> allocationJobs(SampleAllocation alloc, SampleCluster cluster) {
        List<SampleJob> jobs = new ArrayList<>();
        int colon = alloc.profile.indexOf(':');
        String profile = colon < 0 ? alloc.profile : alloc.profile.substring(0, colon);
        String arg = colon < 0 ? "" : alloc.profile.substring(colon + 1);
        long tBegin = Math.max(alloc.t0, simT0);
        long tStop = Math.min(alloc.t1, simT1);
        double widthFactor = 1.0;
        double u = rng.uniform(0.7, 0.95);
        switch (profile) {
            case "heavy" -> u = rng.uniform(0.96, 0.99);
            case "over" -> {
                widthFactor = 1.125;
                u = 0.85;
            }
            case "low" -> u = Double.parseDouble(arg);
            case "late" -> tBegin = alloc.t0 + (long) (Double.parseDouble(arg) * 3600);
            case "stop" -> {
                tStop = Math.min(tStop, SampleTime.midnight(LocalDate.parse(arg)));
                u = 0.25;
            }
            case "sparse" -> {
                return sparseJobs(alloc, cluster, tBegin, tStop);
            }
            case "normal" -> {
            }
            default -> throw new IllegalArgumentException("unknown usage profile " + alloc.profile);
        }
        if (alloc.t0 > simT0 && !profile.equals("late")) {
            tBegin = alloc.t0 + rng.randrange(2 * 3600, 20 * 3600);     // ramp-up
        }
        boolean pipelines = profile.equals("heavy") || profile.equals("over");
        for (int width : lanes(alloc, widthFactor)) {
            long meanDuration = width < 32 ? 13 * 3600 : 24 * 3600;
            double meanGap = meanDuration * (1 - u) / u;
            String laneUser = rng.choice(alloc.users);
            long t = tBegin + rng.randrange((long) meanGap + 3600);
            while (t < tStop) {
                String user = rng.random() < 0.7 ? laneUser : rng.choice(alloc.users);
                double r = rng.random();
                if (r < 0.04) {                                  // CPU-only preprocessing
                    long duration = rng.randrange(10 * 60, 3 * 3600);
                    jobs.add(new SampleJob(cluster.id, alloc.id, user, t, duration, 0, alloc.t1, t, null));
                    t += rng.randrange(5 * 60, 60 * 60);
                    continue;
                }
                if (r < 0.07 && width == 8 && !profile.equals("stop")) {   // job array
                    long n = rng.randrange(4, 13);
                    SampleJob.ArrayKey key = new SampleJob.ArrayKey(alloc.id, t);
                    for (int i = 0; i < n; i++) {
                        long duration = rng.randrange(20 * 60, 2 * 3600);
                        jobs.add(new SampleJob(cluster.id, alloc.id, user, t, duration, 1, alloc.t1, t,
                                new SampleJob.ArrayTask(key, i + 1)));
                    }
                    t += rng.randrange(30 * 60, 3 * 3600);
                    continue;
                }
                int gpus;
                if (pipelines) {
                    gpus = width;                                // automated training pipelines
                } else if (width == 8) {
                    gpus = rng.choices(List.of(1, 2, 4, 8), 1, 1, 2, 10);
                } else {
                    gpus = rng.choices(List.of(width, width / 2, 8), 8, 1, 1);
                }
                long duration = drawDuration(width);
                long wait = rng.random() < 0.12 ? rng.randrange(60, 2 * 3600) : 0;
                jobs.add(new SampleJob(cluster.id, alloc.id, user, t, duration, gpus, alloc.t1, t + wait, null));
                long gap = meanGap > 0 ? (long) rng.expovariate(1 / meanGap) : 0;
                t = t + wait + duration + gap + rng.randrange(30, 600);
                if (!pipelines) {
                    t = nudgeToWorkingHours(t);
                }
            }
        }
        return jobs;
    }

    /** A 1-GPU test job every few days. */
    private List<SampleJob> sparseJobs(SampleAllocation alloc, SampleCluster cluster, long tBegin, long tStop) {
        List<SampleJob> jobs = new ArrayList<>();
        long t = tBegin + rng.randrange(2 * 86400);
        while (t < tStop) {
            long duration = rng.randrange(15 * 60, 90 * 60);
            jobs.add(new SampleJob(cluster.id, alloc.id, rng.choice(alloc.users), t, duration, 1, alloc.t1, t, null));
            t = nudgeToWorkingHours(t + (long) (rng.uniform(2.5, 5.5) * 86400));
        }
        return jobs;
    }

    /** Operator health checks and benchmarks, plus a user on a wrong account. */
    List<SampleJob> unattributedJobs(SampleCluster cluster) {
        List<SampleJob> jobs = new ArrayList<>();
        List<String> users = SampleProgram.OPS_USERS.get(cluster.operator);
        LocalDate inService = cluster.periods.stream().map(SampleCluster.Period::from).min(LocalDate::compareTo).orElseThrow();
        LocalDate firstDay = inService.isAfter(SampleProgram.SIM_FROM) ? inService : SampleProgram.SIM_FROM;
        long t = Math.max(simT0, SampleTime.midnight(firstDay)) + rng.randrange(36 * 3600);
        while (t < simT1) {                                      // node health checks
            String user = rng.choice(users);
            jobs.add(new SampleJob(cluster.id, "admin", user, t, rng.randrange(8 * 60, 20 * 60), 8));
            t += rng.randrange(24 * 3600, 60 * 3600);
        }
        t = Math.max(simT0, SampleTime.midnight(firstDay)) + rng.randrange(5 * 86400);
        while (t < simT1) {                                      // NCCL / MLPerf style runs
            String user = rng.choice(users);
            long duration = rng.randrange(40 * 60, 2 * 3600);
            jobs.add(new SampleJob(cluster.id, "benchmark", user, t, duration, rng.choice(List.of(16, 32, 64))));
            t += rng.randrange(5 * 86400, 8 * 86400);
        }
        if (cluster.id.equals("hanbit-b200")) {                  // acceptance tests on day one
            long t0 = SampleTime.midnight(LocalDate.of(2026, 11, 10));
            jobs.add(new SampleJob(cluster.id, "benchmark", users.get(0), t0 + 1800 + 17, 3 * 3600 + 412, 128));
            jobs.add(new SampleJob(cluster.id, "benchmark", users.get(1), t0 + 4 * 3600 + 95, 50 * 60, 64));
        }
        if (cluster.id.equals("gaon-b200")) {                    // typed gaon-h200's allocation id
            jobs.add(new SampleJob(cluster.id, "AL-2026-039", "yoomj",
                    SampleTime.midnight(LocalDate.of(2026, 11, 19)) + 14 * 3600 + 321, 3 * 3600 + 1201, 8));
        }
        if (cluster.id.equals("saebyeok-h100")) {                // typed saebyeok-h200's allocation id
            jobs.add(new SampleJob(cluster.id, "AL-2026-020", "ahnsh",
                    SampleTime.midnight(LocalDate.of(2026, 11, 8)) + 2 * 3600 + 44, 5 * 3600 + 930, 4));
        }
        return jobs;
    }

    /**
     * op-hanbit's own training runs on hanbit-h100, drawn from their own stream: nightly 64 GPUs
     * for about 9 h, at weekends 128 GPUs for about 20 h, submitted at 21:00 and queued like any
     * job (program users may then wait).
     */
    static List<SampleJob> selfUseJobs(PythonRandom own, SampleCluster cluster, long simT0, long simT1) {
        List<SampleJob> jobs = new ArrayList<>();
        if (!cluster.id.equals("hanbit-h100")) {
            return jobs;
        }
        String user = SampleProgram.OPS_USERS.get(cluster.operator).get(1);
        for (LocalDate day = SampleTime.localDate(simT0); SampleTime.midnight(day) < simT1; day = day.plusDays(1)) {
            long t = SampleTime.midnight(day) + 21 * 3600 + own.randrange(600);
            if (SampleTime.weekend(day)) {
                jobs.add(new SampleJob(cluster.id, SampleProgram.SELF_USE_ACCOUNT, user, t, 20 * 3600 + own.randrange(3600), 128));
            } else {
                jobs.add(new SampleJob(cluster.id, SampleProgram.SELF_USE_ACCOUNT, user, t, 9 * 3600 + own.randrange(3600), 64));
            }
        }
        return jobs;
    }

    private long drawDuration(int width) {
        double r = rng.random();
        if (width >= 32) {
            r = Math.min(0.999, r + 0.25);                       // big multi-node runs are long
        }
        double hours;
        if (r < 0.22) {
            hours = rng.uniform(0.08, 1.0);
        } else if (r < 0.62) {
            hours = rng.uniform(1.0, 8.0);
        } else if (r < 0.92) {
            hours = rng.uniform(8.0, 30.0);
        } else {
            hours = rng.uniform(30.0, 80.0);
        }
        return (long) (hours * 3600) + rng.randrange(60);
    }

    /** People submit less at night and at weekends. */
    private long nudgeToWorkingHours(long t) {
        LocalDateTime at = SampleTime.dateTime(t, SampleTime.KST);
        if (1 <= at.getHour() && at.getHour() < 7 && rng.random() < 0.6) {
            return t + (8 - at.getHour()) * 3600L + rng.randrange(3 * 3600);
        } else if (SampleTime.weekend(at.toLocalDate()) && rng.random() < 0.35) {
            return t + (long) rng.expovariate(1 / (10.0 * 3600));
        }
        return t;
    }

    /** The allocation's GPUs split into lanes of back-to-back jobs. */
    static List<Integer> lanes(SampleAllocation alloc, double widthFactor) {
        int total = (int) Math.rint(alloc.gpus * widthFactor / 8.0) * 8;   // Python's round: half to even
        List<Integer> lanes = new ArrayList<>();
        if (total >= 48) {                                       // one multi-node lane for big allocations
            lanes.add(32);
            total -= 32;
        }
        while (total >= 24 && lanes.size() < 2) {
            lanes.add(16);
            total -= 16;
        }
        while (total > 0) {
            lanes.add(8);
            total -= 8;
        }
        return lanes;
    }
}
