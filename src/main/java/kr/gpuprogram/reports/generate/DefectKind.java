package kr.gpuprogram.reports.generate;

import java.util.Locale;

/** The kinds of deliberately broken job lines, with the README's words for each. */
enum DefectKind {
    MISSING_FIELD("8 fields instead of 9 (the User field is missing)"),
    WRONG_CLUSTER("Cluster is `gaon-b200`, not the file's cluster `gaon-h200` "
            + "(a line of gaon-b200's export of the same day pasted in)"),
    BAD_START("unparseable Start"),
    END_BEFORE_START("End before Start"),
    TOO_MANY_GPUS("gres/gpu=9999: more GPUs than the cluster has"),
    DUPLICATE("exact duplicate of an earlier line of the same file (same job listed twice)"),
    NEGATIVE_GPUS("negative GPU count (gres/gpu=-8)");

    private final String text;

    DefectKind(String text) {
        this.text = text;
    }

    /** What is wrong, as the README's defect table says it. */
    String text() {
        return text;
    }

    /** The kind as the generator's summary prints it: {@code missing_field}. */
    String label() {
        return name().toLowerCase(Locale.ROOT);
    }
}
