package kr.gpuprogram.reports.ingest.inbox;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The first line of a sacct export in the forms real exports have, without Spring. */
class FileHeaderTest {

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = ';', value = {
            // header row, with and without Submit, --parsable's trailing '|'
            "JobID|Cluster|Account|User|Start|End|State|AllocTRES;false;8;false",
            "JobID|Cluster|Account|User|Submit|Start|End|State|AllocTRES;false;9;true",
            "JobID|Cluster|Account|User|Submit|Start|End|State|AllocTRES|;false;9;true",
            // other --format orders and extra columns, names in any case
            "jobid|elapsed|cluster|account|user|start|end|state|alloctres|partition;false;10;false",
            // --noheader: the program's --format, as the field count says
            "201|demo|P-1|kim|2026-11-07T08:00:00|2026-11-07T10:00:00|2026-11-07T12:00:00|COMPLETED|gres/gpu=4;true;9;true",
            "1|demo|P-1|kim|2026-11-05T01:00:00|2026-11-05T03:00:00|COMPLETED|gres/gpu=2;true;8;false",
            "1|demo|P-1|kim|2026-11-05T01:00:00|2026-11-05T03:00:00|COMPLETED|gres/gpu=2|;true;8;false",
    })
    void aSacctFirstLineIsAHeaderOrTheFirstJobLine(String firstLine, boolean firstLineIsData, int fields, boolean submit) {
        FileHeader header = FileHeader.sacct(firstLine.split("\\|", -1));

        assertThat(header.problem()).isNull();
        assertThat(header.firstLineIsData()).isEqualTo(firstLineIsData);
        assertThat(header.fields()).isEqualTo(fields);
        assertThat(header.has("submit")).isEqualTo(submit);
        assertThat(header.has("alloctres")).isTrue();
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = ';', value = {
            "JobID|Cluster|Account|User|Start|End|State",
            "1|demo|P-1|kim|2026-11-05T01:00:00|2026-11-05T03:00:00|COMPLETED",
            "JobID,Cluster,Account,User,Start,End,State,AllocTRES",
    })
    void anythingElseIsNoUsableHeader(String firstLine) {
        FileHeader header = FileHeader.sacct(firstLine.split("\\|", -1));

        assertThat(header.problem()).startsWith("no usable header: the first line is neither a sacct header");
    }

    @ParameterizedTest(name = "{0} / {1}")
    @CsvSource(delimiter = ';', value = {
            "JobID|Cluster|Account|User|Start|End|State|AllocTRES;1|demo|P-1|kim|a|b|RUNNING|gres/gpu=1;true",
            "JobID|Cluster|Account|User|Start|End|State|AllocTRES|;1|demo|P-1|kim|a|b|RUNNING|gres/gpu=1;true",
            "JobID|Cluster|Account|User|Start|End|State|AllocTRES;1|demo|P-1|kim|a|b|RUNNING|gres/gpu=1|;true",
            "JobID|Cluster|Account|User|Start|End|State|AllocTRES;1|demo|P-1|kim|a|b|RUNNING;false",
            "JobID|Cluster|Account|User|Start|End|State|AllocTRES;1|demo|P-1|kim|a|b|RUNNING|gres/gpu=1|x;false",
    })
    void aTrailingDelimiterOnTheHeaderTheLineOrBothChangesNothing(String first, String line, boolean fits) {
        assertThat(FileHeader.sacct(first.split("\\|", -1)).fits(line.split("\\|", -1))).isEqualTo(fits);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = ';', value = {
            "timestamp,cluster_id,hostname,gpu,job_id,gpu_util;",
            "Timestamp,Cluster_ID,Hostname,GPU,Job_ID,GPU_Util,extra;",
            "timestamp,cluster_id,hostname,gpu,gpu_util;job_id",
    })
    void aNamedHeaderNeedsEveryRequiredColumn(String firstLine, String missing) {
        FileHeader header = FileHeader.named(firstLine.split(",", -1),
                List.of("timestamp", "cluster_id", "hostname", "gpu", "job_id", "gpu_util"));

        if (missing == null) {
            assertThat(header.problem()).isNull();
        } else {
            assertThat(header.problem()).isEqualTo("no usable header: the first line lacks the column(s) " + missing
                    + ", so no line of the file can be read");
        }
    }
}
