package kr.gpuprogram.reports.figures;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.entry;

import java.time.LocalDate;
import java.time.LocalTime;
import kr.gpuprogram.reports.support.Allocations;
import kr.gpuprogram.reports.support.DemoProgram;
import kr.gpuprogram.reports.support.FunctionalTestSupport;
import kr.gpuprogram.reports.support.ReportCsv;
import org.junit.jupiter.api.Test;

/** The scorecard's telemetry columns: does an operator's accounting agree with what its GPUs measured? */
class OperatorTelemetryFunctionalTests extends FunctionalTestSupport {

    private static final LocalDate NOV_5 = LocalDate.parse("2026-11-05");
    private static final LocalDate NOV_6 = LocalDate.parse("2026-11-06");

    @Test
    void observedAgainstAccountedWithAJobWithoutSamplesAndSamplesOfAnUnknownJob() throws Exception {
        // given: on demo, 301 holds 2 GPUs 10:00-12:00 (4 GPU-hours) but only GPU 0 reports its job
        // id; 302 (1 GPU 10:00-11:00) has no sample at all; 303 never started and 304 holds no GPU
        // (neither is a job without samples); GPU 3 reports a job 999 that no record knows, GPU 2 no
        // job. On the 6th demo has a job (305, 4 GPU-hours) and no telemetry; grow never has any.
        givenTheDemoReference();
        reference("allocations.csv", Allocations.of()
                .row("P-1", "I-1", "거대언어모델 연구", "demo", 4, "2026-11-01", "2026-11-30")
                .row("P-2", "I-2", "비전 모델", "grow", 2, "2026-11-01", "2026-11-30")
                .csv());
        reference("recipients.csv", "email,name,scope\nops@demo.example,데모 운영팀,op\n");
        inbox("jobs-demo-2026-11-05.csv", DemoProgram.HEADER + """
                301|demo|P-1|kim|2026-11-05T10:00:00|2026-11-05T12:00:00|COMPLETED|gres/gpu=2
                302|demo|P-1|lee|2026-11-05T10:00:00|2026-11-05T11:00:00|COMPLETED|gres/gpu=1
                303|demo|P-1|lee|Unknown|Unknown|PENDING|gres/gpu=1
                304|demo|P-1|kim|2026-11-05T13:00:00|2026-11-05T14:00:00|COMPLETED|cpu=4,node=1
                """);
        inbox("jobs-demo-2026-11-06.csv", DemoProgram.HEADER
                + "305|demo|P-1|kim|2026-11-06T10:00:00|2026-11-06T11:00:00|COMPLETED|gres/gpu=4\n");
        inbox("jobs-grow-2026-11-05.csv", DemoProgram.HEADER
                + "401|grow|P-2|kim|2026-11-05T10:00:00|2026-11-05T12:00:00|COMPLETED|gres/gpu=1\n");
        StringBuilder telemetry = new StringBuilder(DemoProgram.TELEMETRY_HEADER);
        for (int minute = 0; minute < 120; minute++) {
            String time = "2026-11-05T" + LocalTime.of(10, 0).plusMinutes(minute) + ":00+09:00";
            telemetry.append(time).append(",demo,n1,0,301,70\n");
            if (minute < 60) {
                telemetry.append(time).append(",demo,n1,2,,0\n");
            }
            if (minute < 30) {
                telemetry.append(time).append(",demo,n1,3,999,50\n");
            }
        }
        inbox("gpu-metrics-demo-2026-11-05.csv", telemetry.toString());

        // when
        assertCompleted(run(NOV_6));
        assertCompleted(rerun(NOV_5, NOV_6));

        // then, the 5th: observed (120 + 30) samples x 60 s = 2.5 GPU-hours, of which 999's 30 are of
        // an unknown job (0.5); used 4 + 1 = 5, so coverage 50 %; one job without samples (302)
        assertThat(report("2026-11-05", "operators.csv").row("cluster_id", "demo")).contains(
                entry("used_gpu_hours", "5.00"), entry("observed_job_gpu_hours", "2.50"),
                entry("telemetry_coverage_pct", "50.00"), entry("jobs_without_samples", "1"),
                entry("unknown_job_sample_gpu_hours", "0.50"));
        // grow has no telemetry: no measurement, so empty rather than 0
        assertThat(report("2026-11-05", "operators.csv").row("cluster_id", "grow")).contains(
                entry("used_gpu_hours", "2.00"), entry("observed_job_gpu_hours", ""),
                entry("telemetry_coverage_pct", ""), entry("jobs_without_samples", ""),
                entry("unknown_job_sample_gpu_hours", ""));
        // the 6th alone: demo unmeasured too
        assertThat(report("2026-11-06", "operators.csv").row("cluster_id", "demo")).contains(
                entry("used_gpu_hours", "4.00"), entry("telemetry_coverage_pct", ""), entry("jobs_without_samples", ""));
        // the range: used 9, but coverage compares observed with the use of the measured day only
        // (2.5 / 5); 305 ran on an unmeasured day and is no job without samples
        assertThat(report("2026-11-05_2026-11-06", "operators.csv").row("cluster_id", "demo")).contains(
                entry("used_gpu_hours", "9.00"), entry("observed_job_gpu_hours", "2.50"),
                entry("telemetry_coverage_pct", "50.00"), entry("jobs_without_samples", "1"),
                entry("unknown_job_sample_gpu_hours", "0.50"));
        // the program lists every cluster; op's own report only op's (utc1 is op2's)
        assertThat(report("2026-11-05", "operators.csv").column("cluster_id")).containsExactly("demo", "grow", "utc1");
        ReportCsv own = report("2026-11-05", "operator-op/operators.csv");
        assertThat(own.column("cluster_id")).containsExactly("demo", "grow");
        assertThat(own.column("operator_id")).containsOnly("op");
    }
}
