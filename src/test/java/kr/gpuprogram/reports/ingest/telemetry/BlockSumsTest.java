package kr.gpuprogram.reports.ingest.telemetry;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.Map;
import kr.gpuprogram.reports.ingest.telemetry.TelemetryAggregate.Key;
import kr.gpuprogram.reports.ingest.telemetry.TelemetryAggregate.Sums;
import org.junit.jupiter.api.Test;

class BlockSumsTest {

    private static final LocalDate[] DAYS = {LocalDate.of(2026, 11, 25), LocalDate.of(2026, 11, 26)};
    private static final String[] JOBS = {"1001", "1002"};

    private static Map<Key, Sums> take(BlockSums sums) {
        return sums.take(i -> DAYS[i], i -> JOBS[i]);
    }

    @Test
    void samplesAddUpPerDayAndJobWithTheirHistogram() {
        BlockSums sums = new BlockSums();
        sums.add(0, 0, 10.5);
        sums.add(0, 0, 99.9);
        sums.add(0, BlockSums.NO_JOB, 0);
        sums.add(1, 0, 100);
        sums.add(0, 1, 3);
        Map<Key, Sums> block = take(sums);
        assertThat(block).hasSize(4);
        Sums job1001 = block.get(new Key(DAYS[0], "1001"));
        assertThat(job1001.samples).isEqualTo(2);
        assertThat(job1001.utilSum).isEqualTo(10.5 + 99.9);
        assertThat(job1001.histogram[10]).isEqualTo(1);
        assertThat(job1001.histogram[99]).isEqualTo(1);
        assertThat(block.get(new Key(DAYS[0], "")).histogram[0]).isEqualTo(1);
        assertThat(block.get(new Key(DAYS[1], "1001")).histogram[100]).isEqualTo(1);
        assertThat(block.get(new Key(DAYS[0], "1002")).samples).isEqualTo(1);
    }

    @Test
    void takingABlockStartsAnEmptyOne() {
        BlockSums sums = new BlockSums();
        sums.add(0, 0, 50);
        take(sums);
        assertThat(take(sums)).isEmpty();
        sums.add(0, 0, 20);
        Sums again = take(sums).get(new Key(DAYS[0], "1001"));
        assertThat(again.samples).isEqualTo(1);
        assertThat(again.histogram[50]).isZero();
    }

    @Test
    void manyJobsAndSlotsGrowTheTables() {
        BlockSums sums = new BlockSums();
        String[] jobs = new String[5000];
        for (int j = 0; j < jobs.length; j++) {
            jobs[j] = "j" + j;
            sums.add(j % 2, j, j % 101);
        }
        Map<Key, Sums> block = sums.take(i -> DAYS[i], i -> jobs[i]);
        assertThat(block).hasSize(5000);
        assertThat(block.get(new Key(DAYS[1], "j4999")).histogram[4999 % 101]).isEqualTo(1);
    }
}
