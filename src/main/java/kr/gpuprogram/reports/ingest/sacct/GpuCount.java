package kr.gpuprogram.reports.ingest.sacct;

import kr.gpuprogram.reports.ingest.LineProblem;

/**
 * GPUs of a job from Slurm's AllocTRES: the untyped {@code gres/gpu=N} entry, else the
 * sum of typed {@code gres/gpu:MODEL=N} entries, else 0.
 */
final class GpuCount {

    private GpuCount() {
    }

    public static int fromAllocTres(String allocTres) {
        Integer untyped = null;
        int typed = 0;
        boolean anyTyped = false;
        for (String entry : allocTres.split(",")) {
            int eq = entry.indexOf('=');
            if (eq < 0) {
                continue;
            }
            String key = entry.substring(0, eq).strip();
            String value = entry.substring(eq + 1).strip();
            if (key.equals("gres/gpu")) {
                untyped = count(entry, value);
            } else if (key.startsWith("gres/gpu:")) {
                try {
                    typed = Math.addExact(typed, count(entry, value));
                } catch (ArithmeticException e) {
                    throw new LineProblem("GPU counts in AllocTRES '" + allocTres + "' add up beyond any cluster");
                }
                anyTyped = true;
            }
        }
        if (untyped != null) {
            return untyped;
        }
        return anyTyped ? typed : 0;
    }

    private static int count(String entry, String value) {
        try {
            int n = Integer.parseInt(value);
            if (n < 0) {
                throw new LineProblem("negative GPU count in AllocTRES entry '" + entry + "'");
            }
            return n;
        } catch (NumberFormatException e) {
            throw new LineProblem("GPU count in AllocTRES entry '" + entry + "' is not a whole number");
        }
    }
}
