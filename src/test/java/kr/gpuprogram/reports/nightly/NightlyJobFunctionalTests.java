package kr.gpuprogram.reports.nightly;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.entry;

import java.time.LocalDate;
import java.util.Map;
import kr.gpuprogram.reports.support.Allocations;
import kr.gpuprogram.reports.support.Clusters;
import kr.gpuprogram.reports.support.DemoProgram;
import kr.gpuprogram.reports.support.FunctionalTestSupport;
import kr.gpuprogram.reports.support.ReportCsv;
import org.junit.jupiter.api.Test;

/** The nightly job on SPEC.md's worked day and its neighbours, with figures computed by hand. */
class NightlyJobFunctionalTests extends FunctionalTestSupport {

    private static final LocalDate NOV_4 = LocalDate.parse("2026-11-04");
    private static final LocalDate NOV_5 = LocalDate.parse("2026-11-05");
    private static final LocalDate NOV_6 = LocalDate.parse("2026-11-06");

    private void givenTheWorkedDay() throws Exception {
        reference("operators.csv", DemoProgram.OPERATORS);
        reference("clusters.csv", Clusters.single("demo", "op", "H100", 8, "2026-01-01"));
        reference("institutions.csv", DemoProgram.INSTITUTIONS);
        reference("allocations.csv", Allocations.of()
                .row("P-1", "I-1", "거대언어모델 연구", "demo", 4, "2026-11-01", "2026-11-30")
                .csv());
        reference("rates.csv", DemoProgram.RATES);
        inbox("jobs-demo-2026-11-05.csv", DemoProgram.HEADER + """
                101|demo|P-1|kim|2026-11-04T22:00:00|2026-11-05T02:00:00|COMPLETED|billing=16,cpu=32,gres/gpu=2,node=1
                102|demo|P-1|lee|2026-11-05T20:00:00|Unknown|RUNNING|cpu=64,gres/gpu:h100=4,node=1
                103|demo|other|park|2026-11-05T01:00:00Z|2026-11-05T03:00:00Z|COMPLETED|gres/gpu=1
                104|demo|P-1|choi|Unknown|Unknown|PENDING|gres/gpu=8
                """);
    }

    @Test
    void theWorkedDayOfTheSpecification() throws Exception {
        // given
        givenTheWorkedDay();

        // when
        assertCompleted(run(NOV_5));

        // then: 101 gives 4 (its hours before midnight belong to the 4th), 102 gives 16 (running to
        // the end of the file's day), 103 gives 2 unattributed (10:00-12:00 in Seoul), 104 never started.
        Map<String, String> demo = report("2026-11-05", "clusters.csv").row("cluster_id", "demo");
        assertThat(demo).contains(
                entry("operator_id", "op"), entry("gpu_model", "H100"),
                entry("capacity_gpu_hours", "192.00"), entry("allocated_gpu_hours", "96.00"),
                entry("used_gpu_hours", "22.00"), entry("unattributed_gpu_hours", "2.00"),
                entry("unallocated_gpu_hours", "96.00"), entry("allocated_idle_gpu_hours", "76.00"),
                entry("idle_gpu_hours", "170.00"), entry("utilization_pct", "11.46"));
        Map<String, String> university = report("2026-11-05", "institutions.csv").row("institution_id", "I-1");
        assertThat(university).contains(
                entry("institution_name", "한빛대학교"), entry("sector", "ACADEMIA"),
                entry("allocated_gpu_hours", "96.00"), entry("used_gpu_hours", "20.00"),
                entry("allocated_idle_gpu_hours", "76.00"), entry("allocation_utilization_pct", "20.83"),
                entry("jobs", "2"), entry("allocated_krw", "288000"), entry("used_krw", "60000"));
        ReportCsv sectors = report("2026-11-05", "sectors.csv");
        assertThat(sectors.column("sector")).containsExactly("INDUSTRY", "ACADEMIA", "RESEARCH", "PUBLIC");
        assertThat(sectors.row("sector", "ACADEMIA")).contains(entry("institutions", "1"),
                entry("allocated_gpu_hours", "96.00"), entry("used_gpu_hours", "20.00"),
                entry("allocation_utilization_pct", "20.83"), entry("allocated_krw", "288000"), entry("used_krw", "60000"));
        assertThat(sectors.row("sector", "INDUSTRY")).contains(entry("institutions", "0"),
                entry("allocation_utilization_pct", ""));
        assertThat(report("2026-11-05", "rejects.csv").rows()).as("a job that never started is no reject").isEmpty();
        assertThat(report("2026-11-05", "missing.csv").rows()).as("no telemetry was given")
                .containsExactly(Map.of("cluster_id", "demo", "date", "2026-11-05", "kind", "telemetry"));
    }

    @Test
    void aRunningJobsEndArrivesTheNextDayAndTheFifthStaysAsItWas() throws Exception {
        // given
        givenTheWorkedDay();
        assertCompleted(run(NOV_5));
        inbox("jobs-demo-2026-11-06.csv", DemoProgram.HEADER + """
                102|demo|P-1|lee|2026-11-05T20:00:00|2026-11-06T01:30:00|COMPLETED|cpu=64,gres/gpu:h100=4,node=1
                """);

        // when
        assertCompleted(run(NOV_6));
        assertCompleted(rerun(NOV_4, NOV_6));

        // then: the 6th gains 4 x 1.5 h from job 102; the 5th is unchanged; the 4th holds 101's 2 x 2 h
        assertThat(report("2026-11-06", "clusters.csv").row("cluster_id", "demo"))
                .contains(entry("used_gpu_hours", "6.00"), entry("unattributed_gpu_hours", "0.00"));
        assertThat(report("2026-11-05", "clusters.csv").row("cluster_id", "demo"))
                .contains(entry("used_gpu_hours", "22.00"), entry("unattributed_gpu_hours", "2.00"));
        assertThat(report("2026-11-04", "clusters.csv").row("cluster_id", "demo"))
                .contains(entry("used_gpu_hours", "4.00"), entry("capacity_gpu_hours", "192.00"));
        // the range: 4 + 22 + 6, and the two P-1 jobs counted once each although 102 spans two days
        ReportCsv range = report("2026-11-04_2026-11-06", "institutions.csv");
        assertThat(range.row("institution_id", "I-1")).contains(entry("used_gpu_hours", "30.00"),
                entry("allocated_gpu_hours", "288.00"), entry("jobs", "2"));
        assertThat(report("2026-11-04_2026-11-06", "clusters.csv").row("cluster_id", "demo"))
                .contains(entry("used_gpu_hours", "32.00"), entry("capacity_gpu_hours", "576.00"));
        // no file for the 4th: a gap, listed as such
        assertThat(report("2026-11-04_2026-11-06", "missing.csv").rows().stream().filter(r -> r.get("kind").equals("jobs")))
                .containsExactly(Map.of("cluster_id", "demo", "date", "2026-11-04", "kind", "jobs"));
    }

    @Test
    void aChangedFileReplacesItsOldVersionAndAnUnchangedOneIsNotReadAgain() throws Exception {
        // given
        givenTheWorkedDay();
        assertCompleted(run(NOV_5));

        // when: the operator re-uploads the 5th without job 103 and with 101 on 3 GPUs
        inbox("jobs-demo-2026-11-05.csv", DemoProgram.HEADER + """
                101|demo|P-1|kim|2026-11-04T22:00:00|2026-11-05T02:00:00|COMPLETED|gres/gpu=3
                102|demo|P-1|lee|2026-11-05T20:00:00|Unknown|RUNNING|gres/gpu=4
                """);
        assertCompleted(run(NOV_5));
        assertCompleted(run(NOV_5));

        // then: 3 x 2 + 16, nothing unattributed any more; the old version is superseded, read once
        assertThat(report("2026-11-05", "clusters.csv").row("cluster_id", "demo"))
                .contains(entry("used_gpu_hours", "22.00"), entry("unattributed_gpu_hours", "0.00"));
        assertThat(jdbc.queryForList("SELECT status FROM inbox_file ORDER BY file_id", String.class))
                .containsExactly("SUPERSEDED", "INGESTED");
        assertThat(jdbc.queryForList("SELECT job_id FROM job_record ORDER BY job_id", String.class))
                .as("103 and 104 went with the old version").containsExactly("101", "102");
    }
}
