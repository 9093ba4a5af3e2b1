package kr.gpuprogram.reports.ingest.sacct;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.entry;

import java.time.LocalDate;
import java.util.Map;
import kr.gpuprogram.reports.support.Allocations;
import kr.gpuprogram.reports.support.DemoProgram;
import kr.gpuprogram.reports.support.FunctionalTestSupport;
import kr.gpuprogram.reports.support.ReportCsv;
import org.junit.jupiter.api.Test;

/** Bad lines go to rejects.csv with their reason; the run goes on; every line is accounted for. */
class JobFileIngestFunctionalTests extends FunctionalTestSupport {

    @Test
    void everyLineIsUsedRejectedOrANeverStartedJob() throws Exception {
        // given
        givenTheDemoReference();
        reference("allocations.csv", Allocations.of()
                .row("P-1", "I-1", "거대언어모델 연구", "demo", 4, "2026-11-01", "2026-11-30")
                .row("P-9", "I-9", "없는 기관", "demo", 4, "2026-11-01", "2026-11-30")
                .csv());
        inbox("jobs-demo-2026-11-05.csv", DemoProgram.HEADER + """
                201|demo|P-1|kim|2026-11-05T01:00:00|2026-11-05T02:00:00|COMPLETED|gres/gpu=1
                202|other|P-1|kim|2026-11-05T01:00:00|2026-11-05T02:00:00|COMPLETED|gres/gpu=1
                203|demo|P-1|kim|2026-11-05T01:00:00|2026-11-05T02:00:00|COMPLETED|gres/gpu=9
                204|demo|P-1|kim|2026-11-05T01:00:00|COMPLETED|gres/gpu=1
                201|demo|P-1|kim|2026-11-05T01:00:00|2026-11-05T04:00:00|COMPLETED|gres/gpu=1
                205|demo|P-1|kim|2026-11-05T05:00:00|2026-11-05T04:00:00|COMPLETED|gres/gpu=1
                206|demo|P-1|kim|2026-11-31T05:00:00|2026-11-05T06:00:00|COMPLETED|gres/gpu=1
                207|demo|P-1|kim|Unknown|Unknown|PENDING|gres/gpu=1
                208|demo|P-1|kim|2026-11-05T05:00:00|2026-11-05T06:00:00|COMPLETED|cpu=4,gres/gpu=-1
                209|demo|P-1|kim|2026-11-05T06:00:00|2026-11-05T07:00:00|COMPLETED|cpu=4,gres/gpu:h100=2,gres/gpu=3
                210.batch|demo|P-1|kim|2026-11-05T06:00:00|2026-11-05T07:00:00|COMPLETED|gres/gpu=1
                211|demo|P-1|kim|2026-11-05T08:00:00|2026-11-05T09:00:00|COMPLETED|cpu=16,mem=64G
                """);
        inbox("jobs-nowhere-2026-11-05.csv", DemoProgram.HEADER
                + "1|nowhere|P-1|kim|2026-11-05T01:00:00|2026-11-05T02:00:00|COMPLETED|gres/gpu=1\n");
        inbox("jobs-demo-2026-11-04.csv", "1,demo,P-1,kim\n");
        inbox("readme.txt", "not a job file\n");

        // when
        assertCompleted(run(LocalDate.parse("2026-11-05")));
        assertCompleted(rerun(LocalDate.parse("2026-11-04"), LocalDate.parse("2026-11-04")));

        // then: 201 (its last line, 3 h) and 209 (the untyped entry wins: 3 GPUs x 1 h) count; 211 has no GPU
        assertThat(report("2026-11-05", "clusters.csv").row("cluster_id", "demo"))
                .contains(entry("used_gpu_hours", "6.00"));
        assertThat(report("2026-11-05", "institutions.csv").row("institution_id", "I-1"))
                .contains(entry("jobs", "2"));
        ReportCsv rejects = report("2026-11-05", "rejects.csv");
        assertThat(reason(rejects, "inbox/jobs-demo-2026-11-05.csv", 2)).startsWith("duplicate: job 201 is listed again at line 6");
        assertThat(reason(rejects, "inbox/jobs-demo-2026-11-05.csv", 3)).isEqualTo("Cluster 'other' is not the file's cluster 'demo'");
        assertThat(reason(rejects, "inbox/jobs-demo-2026-11-05.csv", 4)).isEqualTo("9 GPUs is more than cluster demo has (8)");
        assertThat(reason(rejects, "inbox/jobs-demo-2026-11-05.csv", 5)).isEqualTo("expected 8 fields separated by '|', found 7");
        assertThat(reason(rejects, "inbox/jobs-demo-2026-11-05.csv", 7)).startsWith("End 2026-11-05T04:00:00 is before Start");
        assertThat(reason(rejects, "inbox/jobs-demo-2026-11-05.csv", 8)).isEqualTo("Start '2026-11-31T05:00:00' is not an ISO-8601 date-time");
        assertThat(reason(rejects, "inbox/jobs-demo-2026-11-05.csv", 10)).startsWith("negative GPU count");
        assertThat(reason(rejects, "inbox/jobs-nowhere-2026-11-05.csv", 2)).startsWith("unknown cluster 'nowhere'");
        assertThat(reason(rejects, "inbox/readme.txt", 0)).contains("file not read");
        assertThat(reason(rejects, "reference/allocations.csv", 3)).isEqualTo("unknown institution_id I-9");
        assertThat(rejects.rows().stream().filter(r -> r.get("file").equals("inbox/jobs-demo-2026-11-05.csv"))).hasSize(7);
        assertThat(rejects.row("line", "3").get("content"))
                .isEqualTo("202|other|P-1|kim|2026-11-05T01:00:00|2026-11-05T02:00:00|COMPLETED|gres/gpu=1");
        // the 4th's file is neither a sacct header nor a line of the program's --format: one reject at line 0
        assertThat(reason(report("2026-11-04", "rejects.csv"), "inbox/jobs-demo-2026-11-04.csv", 0))
                .startsWith("no usable header");

        // 210.batch is a job step: neither usage nor a reject, counted
        Map<String, Object> counts = jdbc.queryForMap("SELECT lines_read, lines_used, lines_rejected, lines_not_started, "
                + "lines_step FROM inbox_file WHERE file_name = 'jobs-demo-2026-11-05.csv'");
        assertThat(counts).containsEntry("lines_read", 12).containsEntry("lines_used", 3)
                .containsEntry("lines_rejected", 7).containsEntry("lines_not_started", 1).containsEntry("lines_step", 1);
    }

    private static String reason(ReportCsv rejects, String file, int line) {
        return rejects.rows().stream()
                .filter(r -> r.get("file").equals(file) && r.get("line").equals(String.valueOf(line)))
                .map(r -> r.get("reason"))
                .findFirst()
                .orElseThrow(() -> new AssertionError("no reject for " + file + ":" + line + " in " + rejects.rows()));
    }
}
