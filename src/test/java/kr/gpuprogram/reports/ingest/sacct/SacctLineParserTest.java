package kr.gpuprogram.reports.ingest.sacct;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Arrays;
import java.util.Map;
import kr.gpuprogram.reports.ingest.ClassifiedLine.JobLine;
import kr.gpuprogram.reports.ingest.ClassifiedLine.Rejected;
import kr.gpuprogram.reports.ingest.ClassifiedLine.Step;
import kr.gpuprogram.reports.ingest.ClassifiedLine;
import kr.gpuprogram.reports.ingest.inbox.FileHeader;
import kr.gpuprogram.reports.ingest.inbox.InboxFile;
import kr.gpuprogram.reports.ingest.inbox.InputLine;
import kr.gpuprogram.reports.ingest.reference.ClusterCatalog;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The forms real sacct exports take, line by line, without Spring or a database. */
class SacctLineParserTest {

    private static final InboxFile FILE = new InboxFile(1, "jobs-demo-2026-11-05.csv", "jobs", "demo",
            LocalDate.parse("2026-11-05"), Path.of("jobs-demo-2026-11-05.csv"));
    private static final SacctLineParser PARSER = new SacctLineParser(new ClusterCatalog(Map.of(
            "demo", new ClusterCatalog.Entry("demo", ZoneId.of("Asia/Seoul"), 8))));

    private static ClassifiedLine classify(String header, String line) {
        FileHeader fileHeader = header == null ? FileHeader.sacct(line.split("\\|", -1))
                : FileHeader.sacct(header.split("\\|", -1));
        String[] values = line.split("\\|", -1);
        return PARSER.classify(new InputLine(FILE, 2, fileHeader, Arrays.asList(values), line, null));
    }

    private static final String PLAIN = "JobID|Cluster|Account|User|Start|End|State|AllocTRES";
    private static final String SUBMIT = "JobID|Cluster|Account|User|Submit|Start|End|State|AllocTRES";

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = ';', value = {
            "SPEC's worked day;" + PLAIN + ";101|demo|P-1|kim|2026-11-04T22:00:00|2026-11-05T02:00:00|COMPLETED|billing=16,cpu=32,gres/gpu=2,node=1",
            "--parsable trailing pipes;" + PLAIN + "|;101|demo|P-1|kim|2026-11-04T22:00:00|2026-11-05T02:00:00|COMPLETED|gres/gpu=2|",
            "trailing pipe on the line only;" + PLAIN + ";101|demo|P-1|kim|2026-11-04T22:00:00|2026-11-05T02:00:00|COMPLETED|gres/gpu=2|",
            "%z offsets;" + PLAIN + ";101|demo|P-1|kim|2026-11-04T22:00:00+0900|2026-11-05T02:00:00+0900|COMPLETED|gres/gpu=2",
            "ISO offsets;" + PLAIN + ";101|demo|P-1|kim|2026-11-04T22:00:00+09:00|2026-11-05T02:00:00+09:00|COMPLETED|gres/gpu=2",
            "UTC with Z;" + PLAIN + ";101|demo|P-1|kim|2026-11-04T13:00:00Z|2026-11-04T17:00:00Z|COMPLETED|gres/gpu=2",
            "hour offsets;" + PLAIN + ";101|demo|P-1|kim|2026-11-04T14:00:00+01|2026-11-04T18:00:00+01|COMPLETED|gres/gpu=2",
            "typed gres;" + PLAIN + ";101|demo|P-1|kim|2026-11-04T22:00:00|2026-11-05T02:00:00|COMPLETED|cpu=4,gres/gpu:h100=2",
            "with Submit;" + SUBMIT + ";101|demo|P-1|kim|2026-11-04T21:00:00|2026-11-04T22:00:00|2026-11-05T02:00:00|COMPLETED|gres/gpu=2",
            "columns in another order;Account|JobID|AllocTRES|Cluster|Start|End|Extra;P-1|101|gres/gpu=2|demo|2026-11-04T22:00:00|2026-11-05T02:00:00|x",
    })
    void everyFormGivesTheSameJob(String form, String header, String line) {
        ClassifiedLine classified = classify(header, line);

        assertThat(classified).as(form).isInstanceOf(JobLine.class);
        JobLine job = (JobLine) classified;
        assertThat(job.jobId()).isEqualTo("101");
        assertThat(job.account()).isEqualTo("P-1");
        assertThat(job.gpus()).isEqualTo(2);
        assertThat(job.start()).isEqualTo(Instant.parse("2026-11-04T13:00:00Z"));
        assertThat(job.end()).isEqualTo(Instant.parse("2026-11-04T17:00:00Z"));
    }

    @Test
    void anExportWithoutHeaderIsReadInTheProgramsFormatWithOrWithoutSubmit() {
        JobLine withSubmit = (JobLine) classify(null,
                "101|demo|P-1|kim|2026-11-04T21:00:00|2026-11-04T22:00:00|Unknown|RUNNING|gres/gpu=2");
        assertThat(withSubmit.submit()).isEqualTo(Instant.parse("2026-11-04T12:00:00Z"));
        assertThat(withSubmit.end()).isNull();
        JobLine without = (JobLine) classify(null, "101|demo|P-1|kim|2026-11-04T22:00:00|Unknown|RUNNING|gres/gpu=2");
        assertThat(without.submit()).isNull();
        assertThat(without.start()).isEqualTo(Instant.parse("2026-11-04T13:00:00Z"));
    }

    @Test
    void stepsAreNeitherUsageNorRejects() {
        assertThat(classify(PLAIN, "101.batch|demo|P-1|kim|2026-11-04T22:00:00|2026-11-05T02:00:00|COMPLETED|gres/gpu=2"))
                .isInstanceOf(Step.class);
        assertThat(classify(PLAIN, "101.extern|demo|P-1||2026-11-04T22:00:00|2026-11-05T02:00:00|COMPLETED|"))
                .isInstanceOf(Step.class);
    }

    @Test
    void aJobThatNeverStartedIsNoRejectAndKeepsItsSubmit() {
        JobLine pending = (JobLine) classify(SUBMIT, "104|demo|P-1|choi|2026-11-05T20:30:00|Unknown|Unknown|PENDING|gres/gpu=8");
        assertThat(pending.start()).isNull();
        assertThat(pending.submit()).isEqualTo(Instant.parse("2026-11-05T11:30:00Z"));
        assertThat(classify(SUBMIT, "105|demo|P-1|choi|None|None|Unknown|CANCELLED|gres/gpu=8")).isInstanceOf(JobLine.class);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = ';', value = {
            "overflowing typed counts;101|demo|P-1|kim|2026-11-04T22:00:00|2026-11-05T02:00:00|COMPLETED|gres/gpu:a=2000000000,gres/gpu:b=2000000000;add up beyond any cluster",
            "a count beyond int;101|demo|P-1|kim|2026-11-04T22:00:00|2026-11-05T02:00:00|COMPLETED|gres/gpu=99999999999;is not a whole number",
            "more GPUs than the cluster;101|demo|P-1|kim|2026-11-04T22:00:00|2026-11-05T02:00:00|COMPLETED|gres/gpu=9;9 GPUs is more than cluster demo has (8)",
            "a NUL;101|demo|P-1|k\u0000m|2026-11-04T22:00:00|2026-11-05T02:00:00|COMPLETED|gres/gpu=2;invalid text",
            "an impossible date;101|demo|P-1|kim|2026-02-30T22:00:00|2026-11-05T02:00:00|COMPLETED|gres/gpu=2;Start '2026-02-30T22:00:00' is not an ISO-8601 date-time",
            "a bad offset;101|demo|P-1|kim|2026-11-04T22:00:00+9|2026-11-05T02:00:00|COMPLETED|gres/gpu=2;is not an ISO-8601 date-time",
            "too few fields;101|demo|P-1|kim|2026-11-04T22:00:00|COMPLETED|gres/gpu=2;expected 8 fields separated by '|', found 7",
            "another cluster;101|mars|P-1|kim|2026-11-04T22:00:00|2026-11-05T02:00:00|COMPLETED|gres/gpu=2;Cluster 'mars' is not the file's cluster 'demo'",
            "end before start;101|demo|P-1|kim|2026-11-05T22:00:00|2026-11-05T02:00:00|COMPLETED|gres/gpu=2;End 2026-11-05T02:00:00 is before Start",
    })
    void aBadLineIsARejectWithItsReasonNeverAnException(String problem, String line, String reason) {
        ClassifiedLine classified = classify(PLAIN, line);

        assertThat(classified).as(problem).isInstanceOf(Rejected.class);
        assertThat(((Rejected) classified).reason()).as(problem).contains(reason);
    }

    @Test
    void aFirstLineThatIsNeitherHeaderNorDataMakesTheFileUnreadable() {
        assertThat(FileHeader.sacct("JobID,Cluster,Account,User,Start,End,State,AllocTRES".split("\\|", -1)).problem())
                .startsWith("no usable header");
        assertThat(FileHeader.sacct("JobID|Cluster|Account|User|Start|End|State".split("\\|", -1)).problem())
                .startsWith("no usable header");
        assertThat(FileHeader.sacct(PLAIN.split("\\|", -1)).firstLineIsData()).isFalse();
    }

    @Test
    void anArrayElementIsKnownByItsRawIdWhereTheExportHasJobIdRaw() {
        ClassifiedLine classified = classify("JobID|JobIDRaw|Cluster|Account|User|Start|End|State|AllocTRES",
                "39999_7|40006|demo|P-1|kim|2026-11-05T10:00:00|2026-11-05T12:00:00|COMPLETED|gres/gpu=2");

        assertThat(((JobLine) classified).jobId()).isEqualTo("40006");
    }

    @Test
    void aStepOfAnArrayElementIsStillAStep() {
        assertThat(classify("JobID|JobIDRaw|Cluster|Account|User|Start|End|State|AllocTRES",
                "39999_7.batch|40006.batch|demo|P-1|kim|2026-11-05T10:00:00|2026-11-05T12:00:00|COMPLETED|gres/gpu=2"))
                .isInstanceOf(Step.class);
    }

    @Test
    void aPendingJobHasNotStartedWhateverItsExpectedStartSays() {
        JobLine job = (JobLine) classify(PLAIN,
                "105|demo|P-1|kim|2026-11-05T23:00:00|Unknown|PENDING|gres/gpu=4");

        assertThat(job.start()).isNull();
        assertThat(job.end()).isNull();
        assertThat(job.gpus()).isEqualTo(4);
    }
}
