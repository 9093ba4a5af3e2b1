package kr.gpuprogram.reports.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import kr.gpuprogram.reports.report.PeriodReport.ClusterRow;
import kr.gpuprogram.reports.report.Restatements.Change;
import kr.gpuprogram.reports.report.csv.CsvExtractWriter;
import kr.gpuprogram.reports.support.GlossaryFixture;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Two reports' rows compared; the published side as read back from the CSV files written. */
class RestatementsTest {

    @TempDir
    Path published;

    @Test
    void theSameFiguresRestateNothing() throws Exception {
        PeriodReport figures = GlossaryFixture.month();
        new CsvExtractWriter().write(figures, published);

        assertThat(Restatements.between(Extracts.read(published), Extracts.of(figures))).isEmpty();
        assertThat(Restatements.between(Extracts.of(figures), Extracts.of(figures))).isEmpty();
    }

    @Test
    void aChangedFigureAndANewRowAreRestated() throws Exception {
        PeriodReport before = GlossaryFixture.month();
        new CsvExtractWriter().write(before, published);
        ClusterRow demo = before.clusters().get(0);
        List<ClusterRow> clusters = new ArrayList<>(List.of(new ClusterRow(demo.clusterId(), demo.operatorId(),
                demo.gpuModel(), demo.capacityGs(), demo.allocatedGs(), demo.usedGs() + 3600, demo.unattributedGs(),
                demo.unallocatedGs(), demo.overAllocatedGs(), demo.allocatedIdleGs(), demo.idleGs() - 3600,
                demo.activeIdleGs(), demo.utilSamples(), demo.utilSum(), demo.telemetryDays())));
        clusters.add(new ClusterRow("late", "op", "H100", 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0));
        PeriodReport after = new PeriodReport(before.period(), null, clusters, before.institutions(), before.sectors(),
                before.reclaim(), before.missing(), before.rejects(), before.days(), before.provenance(),
                before.operators());

        List<Change> expected = List.of(
                new Change("clusters.csv", "demo", "used_gpu_hours", "57.00", "58.00"),
                new Change("clusters.csv", "demo", "idle_gpu_hours", "5703.00", "5702.00"),
                new Change("clusters.csv", "demo", "utilization_pct", "0.99", "1.01"),
                new Change("clusters.csv", "late", "(row)", "absent", "present"));
        assertThat(Restatements.between(Extracts.of(before), Extracts.of(after))).isEqualTo(expected);
        assertThat(Restatements.between(Extracts.read(published), Extracts.of(after))).as("read back from the files")
                .isEqualTo(expected);
    }
}
