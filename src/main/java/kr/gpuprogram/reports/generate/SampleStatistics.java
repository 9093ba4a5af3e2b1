package kr.gpuprogram.reports.generate;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * What the README quotes of the files as read back: utilization over program days 11-01..11-25,
 * over-allocated days, heavy and daily over-use, and reclaim candidates on 11-25 with the
 * report's default settings (7 days, 14-day window, 20 %).
 */
final class SampleStatistics {

    record ClusterUse(String clusterId, long capacityHours, double usedHours) {
    }

    record OverAllocatedDay(LocalDate day, int allocated, int capacity) {
    }

    record AllocationUse(long allocatedHours, double usedHours) {
    }

    record OverUse(String allocationId, int days) {
    }

    record ReclaimCandidate(String allocationId, int windowDays, long windowAllocatedHours, double windowUsedHours,
                            int zeroUseStreak) {
    }

    private record Span(long start, long end, int gpus) {
    }

    final List<ClusterUse> clusters = new ArrayList<>();
    final Map<String, AllocationUse> allocs = new LinkedHashMap<>();
    final Map<String, List<OverAllocatedDay>> overAllocated = new LinkedHashMap<>();
    final List<ReclaimCandidate> reclaim = new ArrayList<>();
    final List<OverUse> overUse = new ArrayList<>();
    final double selfUse;
    final String arrayExample;

    private final Map<String, List<Span>> byKey = new HashMap<>();

    SampleStatistics(Map<String, SampleCluster> clusterMap, List<SampleAllocation> allocations,
                     Map<SampleSelfCheck.RecordKey, SampleSelfCheck.JobRecord> records) {
        LocalDate first = SampleProgram.FIRST_DAY;
        LocalDate last = SampleProgram.LAST_DAY;
        long p0 = SampleTime.midnight(first);
        long p1 = SampleTime.midnight(last.plusDays(1));
        records.forEach((key, r) -> {
            Span span = new Span(r.start(), r.end(), r.gpus());
            byKey.computeIfAbsent(key.clusterId() + "|", k -> new ArrayList<>()).add(span);
            byKey.computeIfAbsent(key.clusterId() + "|" + r.account(), k -> new ArrayList<>()).add(span);
        });
        selfUse = usedBetween("hanbit-h100", SampleProgram.SELF_USE_ACCOUNT, p0, p1);
        arrayExample = records.keySet().stream().map(SampleSelfCheck.RecordKey::jobId).filter(id -> id.contains("_"))
                .min(Comparator.comparingLong((String id) -> Long.parseLong(id.substring(0, id.indexOf('_'))))
                        .thenComparingInt(id -> Integer.parseInt(id.substring(id.indexOf('_') + 1))))
                .orElseThrow();
        List<LocalDate> programDays = SampleTime.days(first, last);
        for (SampleCluster c : clusterMap.values()) {
            long capacity = 0;
            for (LocalDate day : programDays) {
                capacity += c.capacityOn(day) * 24L;
            }
            clusters.add(new ClusterUse(c.id, capacity, usedBetween(c.id, "", p0, p1)));
            for (LocalDate day : programDays) {
                int allocated = allocations.stream().filter(a -> a.cluster.equals(c.id) && a.activeOn(day))
                        .mapToInt(a -> a.gpus).sum();
                if (allocated > c.capacityOn(day)) {
                    overAllocated.computeIfAbsent(c.id, k -> new ArrayList<>())
                            .add(new OverAllocatedDay(day, allocated, c.capacityOn(day)));
                }
            }
        }
        for (SampleAllocation a : allocations) {
            List<LocalDate> days = programDays.stream().filter(a::activeOn).toList();
            if (days.isEmpty()) {
                continue;
            }
            long allocatedHours = (long) a.gpus * 24 * days.size();
            double usedHours = 0;
            int overUseDays = 0;
            for (LocalDate day : days) {
                usedHours += usedOn(a, day);
            }
            for (LocalDate day : days) {
                if (usedOn(a, day) > a.gpus * 24) {
                    overUseDays++;
                }
            }
            allocs.put(a.id, new AllocationUse(allocatedHours, usedHours));
            if (overUseDays > 0) {
                overUse.add(new OverUse(a.id, overUseDays));
            }
            if (a.activeOn(last) && !a.start.isAfter(last.minusDays(7))) {
                LocalDate w0 = a.start.isAfter(last.minusDays(13)) ? a.start : last.minusDays(13);
                int windowDays = SampleTime.days(w0, last).size();
                long windowAllocated = (long) a.gpus * 24 * windowDays;
                double windowUsed = usedBetween(a.cluster, a.id, SampleTime.midnight(w0), SampleTime.midnight(last.plusDays(1)));
                if (windowUsed < 0.2 * windowAllocated) {
                    int streak = 0;
                    List<LocalDate> since = SampleTime.days(a.start.isAfter(first) ? a.start : first, last);
                    for (int i = since.size() - 1; i >= 0 && usedOn(a, since.get(i)) <= 0; i--) {
                        streak++;
                    }
                    reclaim.add(new ReclaimCandidate(a.id, windowDays, windowAllocated, windowUsed, streak));
                }
            }
        }
    }

    /** GPU-hours of a cluster's jobs (account "": all of them) between two instants. */
    private double usedBetween(String clusterId, String account, long from, long to) {
        long total = 0;
        for (Span s : byKey.getOrDefault(clusterId + "|" + account, List.of())) {
            total += s.gpus() * Math.max(0, Math.min(s.end(), to) - Math.max(s.start(), from));
        }
        return total / 3600.0;
    }

    private double usedOn(SampleAllocation a, LocalDate day) {
        return usedBetween(a.cluster, a.id, SampleTime.midnight(day), SampleTime.midnight(day.plusDays(1)));
    }
}
