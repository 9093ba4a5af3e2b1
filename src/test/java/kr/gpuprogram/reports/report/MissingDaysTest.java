package kr.gpuprogram.reports.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import kr.gpuprogram.reports.report.PeriodReport.MissingRow;
import org.junit.jupiter.api.Test;

/** How the mail and the PDF name the missing cluster-days: one line per cluster and kind, days as ranges. */
class MissingDaysTest {

    private static MissingRow row(String cluster, String day, String kind) {
        return new MissingRow(cluster, LocalDate.parse(day), kind);
    }

    @Test
    void consecutiveDaysAreOneRangeAndClustersAndKindsAreApart() {
        List<MissingDays> groups = MissingDays.group(List.of(
                row("grow", "2026-11-04", "jobs"), row("grow", "2026-11-01", "jobs"), row("grow", "2026-11-02", "jobs"),
                row("grow", "2026-11-03", "jobs"), row("grow", "2026-11-07", "jobs"), row("grow", "2026-11-07", "telemetry"),
                row("demo", "2026-11-30", "jobs"), row("demo", "2026-12-01", "jobs")));

        assertThat(groups).extracting(g -> g.clusterId() + " " + g.kind() + ": " + g.ranges() + " (" + g.days() + ")")
                .containsExactly(
                        "demo jobs: 2026-11-30 ~ 2026-12-01 (2)",
                        "grow jobs: 2026-11-01 ~ 2026-11-04, 2026-11-07 (5)",
                        "grow telemetry: 2026-11-07 (1)");
    }
}
