package kr.gpuprogram.reports.generate;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * One extra job per deliberately broken line that is no copy of a real line: never scheduled,
 * listed only in its defect's file, where its line is then broken.
 */
final class PhantomJobs {

    private PhantomJobs() {
    }

    static List<SampleJob> make(PythonRandom rng, Map<String, SampleCluster> clusters, List<SampleAllocation> allocs) {
        List<SampleJob> out = new ArrayList<>();
        for (SampleProgram.Defect defect : SampleProgram.DEFECTS) {
            if (defect.kind() == DefectKind.WRONG_CLUSTER || defect.kind() == DefectKind.DUPLICATE) {
                continue;                                        // these copy real lines
            }
            SampleCluster c = clusters.get(defect.clusterId());
            List<SampleAllocation> active = allocs.stream()
                    .filter(a -> a.cluster.equals(defect.clusterId()) && a.activeOn(defect.day())).toList();
            SampleAllocation a = rng.choice(active);
            long base = SampleTime.midnight(defect.day(), c.zone);
            long t = base + rng.randrange(9 * 3600, 11 * 3600);
            int gpus = switch (defect.kind()) {
                case TOO_MANY_GPUS -> 9999;
                case NEGATIVE_GPUS -> -8;
                default -> 8;
            };
            String user = rng.choice(a.users);
            SampleJob j = new SampleJob(defect.clusterId(), a.id, user, t, rng.randrange(3600, 4 * 3600), gpus);
            j.phantom = defect.kind();
            j.start = t;
            j.end = t + j.duration;
            if (defect.kind() == DefectKind.END_BEFORE_START) {
                j.start = base + 14 * 3600 + 5 * 60 + 12;
                j.end = base + 9 * 3600 + 47 * 60 + 3;
            }
            out.add(j);
        }
        return out;
    }
}
