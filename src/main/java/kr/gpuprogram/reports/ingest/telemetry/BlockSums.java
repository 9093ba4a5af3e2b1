package kr.gpuprogram.reports.ingest.telemetry;

import java.util.Arrays;
import java.util.HashMap;
import java.util.Map;
import java.util.function.IntFunction;
import kr.gpuprogram.reports.ingest.telemetry.TelemetryAggregate.Key;
import kr.gpuprogram.reports.ingest.telemetry.TelemetryAggregate.Sums;

/**
 * A block's sums per (day, job), both small ints: samples, the sum of gpu_util and its
 * histogram in primitive arrays, one slot per pair, found through per-day tables indexed by
 * job. {@link #take} hands them over as {@link Sums} by {@link Key} and starts the next block.
 */
final class BlockSums {

    static final int NO_JOB = -1;

    private int[][] slotOfJob = new int[0][];
    private int[] slotOfNoJob = new int[0];
    private int slots;
    private int[] slotDay = new int[64];
    private int[] slotJob = new int[64];
    private long[] slotSamples = new long[64];
    private double[] slotUtil = new double[64];
    private long[] slotHistogram = new long[64 * 101];

    /** One sample of {@code util} percent on day index {@code day} for job id {@code job} ({@link #NO_JOB}: none). */
    void add(int day, int job, double util) {
        int slot;
        if (job == NO_JOB) {
            if (day >= slotOfNoJob.length) {
                int old = slotOfNoJob.length;
                slotOfNoJob = Arrays.copyOf(slotOfNoJob, day + 4);
                Arrays.fill(slotOfNoJob, old, slotOfNoJob.length, -1);
            }
            slot = slotOfNoJob[day];
            if (slot < 0) {
                slot = newSlot(day, job);
                slotOfNoJob[day] = slot;
            }
        } else {
            if (day >= slotOfJob.length) {
                slotOfJob = Arrays.copyOf(slotOfJob, day + 4);
            }
            int[] ofJob = slotOfJob[day];
            if (ofJob == null || job >= ofJob.length) {
                int old = ofJob == null ? 0 : ofJob.length;
                ofJob = ofJob == null ? new int[Math.max(256, job * 2)] : Arrays.copyOf(ofJob, Math.max(old * 2, job + 1));
                Arrays.fill(ofJob, old, ofJob.length, -1);
                slotOfJob[day] = ofJob;
            }
            slot = ofJob[job];
            if (slot < 0) {
                slot = newSlot(day, job);
                ofJob[job] = slot;
            }
        }
        slotSamples[slot]++;
        slotUtil[slot] += util;
        slotHistogram[slot * 101 + (int) Math.floor(util)]++;
    }

    private int newSlot(int day, int job) {
        if (slots == slotDay.length) {
            int n = slots * 2;
            slotDay = Arrays.copyOf(slotDay, n);
            slotJob = Arrays.copyOf(slotJob, n);
            slotSamples = Arrays.copyOf(slotSamples, n);
            slotUtil = Arrays.copyOf(slotUtil, n);
            slotHistogram = Arrays.copyOf(slotHistogram, n * 101);
        }
        int slot = slots++;
        slotDay[slot] = day;
        slotJob[slot] = job;
        slotSamples[slot] = 0;
        slotUtil[slot] = 0;
        Arrays.fill(slotHistogram, slot * 101, slot * 101 + 101, 0);
        return slot;
    }

    /** The block's sums, with days and jobs named by {@code dayOf} and {@code jobOf}; empties the block. */
    Map<Key, Sums> take(IntFunction<java.time.LocalDate> dayOf, IntFunction<String> jobOf) {
        Map<Key, Sums> sums = new HashMap<>(slots * 2);
        for (int slot = 0; slot < slots; slot++) {
            int day = slotDay[slot];
            int job = slotJob[slot];
            Sums s = new Sums();
            s.samples = slotSamples[slot];
            s.utilSum = slotUtil[slot];
            System.arraycopy(slotHistogram, slot * 101, s.histogram, 0, 101);
            sums.put(new Key(dayOf.apply(day), job == NO_JOB ? "" : jobOf.apply(job)), s);
            if (job == NO_JOB) {
                slotOfNoJob[day] = -1;
            } else {
                slotOfJob[day][job] = -1;
            }
        }
        slots = 0;
        return sums;
    }
}
