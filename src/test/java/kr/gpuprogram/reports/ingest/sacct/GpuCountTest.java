package kr.gpuprogram.reports.ingest.sacct;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import kr.gpuprogram.reports.ingest.LineProblem;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** GPUs from Slurm's AllocTRES as real exports write it. */
class GpuCountTest {

    @ParameterizedTest(name = "{0} -> {1}")
    @CsvSource(delimiter = ';', value = {
            "billing=16,cpu=32,gres/gpu=2,node=1;2",
            "cpu=64,gres/gpu:h100=4,node=1;4",
            "cpu=4,gres/gpu:h100=2,gres/gpu=3;3",         // the untyped entry wins
            "gres/gpu:a100=2,gres/gpu:h100=1;3",          // typed entries add up
            "cpu=16,mem=64G;0",
            "'';0",
            "gres/gpumem=40G,gres/gpu=1;1",
    })
    void gpusOfAJob(String allocTres, int gpus) {
        assertThat(GpuCount.fromAllocTres(allocTres)).isEqualTo(gpus);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = ';', value = {
            "gres/gpu=-1;negative GPU count",
            "gres/gpu=two;is not a whole number",
            "gres/gpu=99999999999;is not a whole number",
            "gres/gpu:a=2000000000,gres/gpu:b=2000000000;add up beyond any cluster",
    })
    void absurdCountsAreLineProblemsNotCrashes(String allocTres, String reason) {
        assertThatThrownBy(() -> GpuCount.fromAllocTres(allocTres))
                .isInstanceOf(LineProblem.class).hasMessageContaining(reason);
    }
}
