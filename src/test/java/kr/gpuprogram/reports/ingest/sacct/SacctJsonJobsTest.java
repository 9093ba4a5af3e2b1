package kr.gpuprogram.reports.ingest.sacct;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** sacct --json as the text path sees it, job by job, without Spring or a database. */
class SacctJsonJobsTest {

    private static List<SacctJsonJobs.Item> items(String json) throws Exception {
        List<SacctJsonJobs.Item> items = new ArrayList<>();
        try (SacctJsonJobs jobs = SacctJsonJobs.open(new ByteArrayInputStream(json.getBytes(StandardCharsets.UTF_8)), "demo")) {
            for (SacctJsonJobs.Item item = jobs.next(); item != null; item = jobs.next()) {
                items.add(item);
            }
        }
        return items;
    }

    @Test
    void theV41ShapeBecomesTheFieldsOfATextLine() throws Exception {
        List<SacctJsonJobs.Item> items = items("""
                {"jobs": [{"job_id": 102, "cluster": "demo", "account": "P-1", "user": "lee",
                  "state": {"current": ["RUNNING"], "reason": "None"},
                  "time": {"submission": {"set": true, "infinite": false, "number": 1793872800},
                           "start": 1793876400, "end": {"set": false, "infinite": false, "number": 0}},
                  "tres": {"allocated": [{"type": "cpu", "name": "", "count": 64},
                                         {"type": "gres", "name": "gpu:h100", "id": 1002, "count": 4},
                                         {"type": "gres", "name": "gpu:a100", "id": 1003, "count": 2}]},
                  "steps": [{"step": {"id": "102.batch"}}]}], "errors": [], "warnings": []}
                """);

        assertThat(items).hasSize(2);
        SacctJsonJobs.Item job = items.get(0);
        assertThat(job.lineNo()).isEqualTo(1);
        assertThat(job.problem()).isNull();
        // JobID, Cluster, Account, User, Submit, Start, End, State, AllocTRES; 19:00 and 20:00 in Seoul
        assertThat(job.values()).containsExactly("102", "demo", "P-1", "lee", "2026-11-05T10:00:00Z",
                "2026-11-05T11:00:00Z", "Unknown", "RUNNING", "gres/gpu:h100=4,gres/gpu:a100=2");
        assertThat(job.content()).isEqualTo("job 102 on demo");
        assertThat(items.get(1).values()[0]).isEqualTo("102.0");
        assertThat(items.get(1).lineNo()).isNegative();
        assertThat(GpuCount.fromAllocTres(job.values()[8])).isEqualTo(6);
    }

    @Test
    void noValueTimesAndAStateStringOfV37() throws Exception {
        SacctJsonJobs.Item job = items("""
                {"jobs": [{"job_id": 104, "cluster": "demo", "account": "P-1", "user": "choi",
                  "state": {"current": "PENDING"}, "time": {"submission": 0, "start": 4294967294, "end": 0},
                  "tres": {"allocated": []}}]}
                """).get(0);

        assertThat(job.values()).containsExactly("104", "demo", "P-1", "choi", "", "Unknown", "Unknown", "PENDING", "");
    }

    @Test
    void aJobWhoseFieldsCannotBeReadIsARejectAndTheNextJobIsRead() throws Exception {
        List<SacctJsonJobs.Item> items = items("""
                {"jobs": [{"job_id": 1, "cluster": "demo", "time": {"start": {"set": "yes", "number": 3}, "end": 5}},
                          {"job_id": 99999999999999999999999, "cluster": "demo"},
                          "not a job",
                          {"job_id": 4, "cluster": "demo"}]}
                """);

        assertThat(items).extracting(SacctJsonJobs.Item::lineNo).containsExactly(1, 2, 3, 4);
        assertThat(items).extracting(SacctJsonJobs.Item::problem).containsExactly(
                "time.start.set is not true or false", "job_id 99999999999999999999999 is too large",
                "job #3 is the string \"not a job\", not an object", null);
    }

    @Test
    void aTruncatedDocumentEndsInOneRejectAtLineZero() throws Exception {
        List<SacctJsonJobs.Item> items = items("{\"jobs\": [{\"job_id\": 1, \"cluster\": \"demo\"}, {\"job_id\": 2, \"clu");

        assertThat(items).hasSize(2);
        assertThat(items.get(1).lineNo()).isZero();
        assertThat(items.get(1).problem()).startsWith("the file cannot be read as JSON: Unexpected end-of-input");
    }

    @Test
    void aDocumentWithoutAJobsListIsOneRejectAtLineZero() throws Exception {
        assertThat(items("[1, 2]").get(0).problem())
                .isEqualTo("the top level is a list, not the object sacct --json writes (with a \"jobs\" list)");
        assertThat(items("{\"errors\": [{\"error\": \"Unable to connect to slurmdbd\"}]}").get(0).problem())
                .isEqualTo("the top-level object has no \"jobs\" list: not sacct --json output");
    }
}
