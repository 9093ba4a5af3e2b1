package kr.gpuprogram.reports.generate;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/** Gives a cluster's scheduled jobs what sacct prints of them: state, time style, AllocTRES and job id. */
final class SacctJobFinisher {

    private final PythonRandom rng;

    SacctJobFinisher(PythonRandom rng) {
        this.rng = rng;
    }

    /** States, styles and AllocTRES in list order, then job ids in submit order. */
    void finish(SampleCluster cluster, List<SampleJob> jobs) {
        Map<SampleJob.ArrayKey, SampleTime.Style> arrayStyle = new HashMap<>();
        for (SampleJob j : jobs) {
            if (j.finalState == null) {
                if (j.account.equals("admin") || j.account.equals("benchmark")) {
                    j.finalState = rng.random() < 0.95 ? "COMPLETED" : "FAILED";
                } else {
                    j.finalState = rng.choices(List.of("COMPLETED", "FAILED", "CANCELLED", "TIMEOUT"), 80, 8, 7, 5);
                }
            }
            double r = rng.random();
            j.style = r < 0.96 ? SampleTime.Style.LOCAL : (r < 0.98 ? SampleTime.Style.KST : SampleTime.Style.UTC);
            if (j.array != null) {                              // one array's tasks are printed alike
                j.style = arrayStyle.computeIfAbsent(j.array.key(), k -> j.style);
            }
            j.tres = tres(cluster.model, j.gpus);
        }
        long nextId = SampleProgram.FIRST_JOB_ID.get(cluster.id);
        Map<SampleJob.ArrayKey, Long> arrays = new HashMap<>();
        List<SampleJob> bySubmit = new ArrayList<>(jobs);
        bySubmit.sort(Comparator.comparingLong((SampleJob j) -> j.submit).thenComparingInt(SampleJob::arrayIndex));
        for (SampleJob j : bySubmit) {
            if (j.array != null) {
                long first = nextId;                            // an array's id is its first task's
                j.jobId = arrays.computeIfAbsent(j.array.key(), k -> first) + "_" + j.array.index();
            } else {
                j.jobId = Long.toString(nextId);
            }
            boolean otherIds = rng.random() < 0.3;              // other users' steps and ids in between
            long skipped = rng.randrange(1, 4);
            nextId += 1 + (otherIds ? skipped : 0);
        }
    }

    /** AllocTRES as sacct prints it (entries in alphabetical order). */
    private String tres(String model, int gpus) {
        int nodes = Math.max(1, -Math.floorDiv(-gpus, 8));
        if (gpus == 0) {
            int cpu = rng.choice(List.of(8, 16, 32, 64));
            return "billing=" + cpu + ",cpu=" + cpu + ",mem=" + cpu * 4 + "G,node=1";
        }
        int cpu = gpus * rng.choice(List.of(8, 12, 16));
        int mem = gpus * rng.choice(List.of(128, 224, 240));
        String typed = "gres/gpu:" + model.toLowerCase(Locale.ROOT) + "=" + gpus;
        String plain = "gres/gpu=" + gpus;
        double r = rng.random();
        String gres = r < 0.72 ? plain : (r < 0.90 ? typed : plain + "," + typed);
        return "billing=" + cpu + ",cpu=" + cpu + "," + gres + ",mem=" + mem + "G,node=" + nodes;
    }
}
