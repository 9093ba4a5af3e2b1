package kr.gpuprogram.reports.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import kr.gpuprogram.reports.ingest.inbox.FileEncoding;
import kr.gpuprogram.reports.support.ChildRuns;
import kr.gpuprogram.reports.support.CommandRun;
import kr.gpuprogram.reports.support.DemoProgram;
import kr.gpuprogram.reports.support.NativeExports;
import kr.gpuprogram.reports.support.NativeExports.Job;
import kr.gpuprogram.reports.support.NativeExports.Sample;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code validate}: an operator's files read with run's readers, without a database, one line per
 * file on standard output and exit 1 when one of them cannot be read.
 */
class ValidateCommandTests {

    @TempDir
    Path work;

    @Test
    void aBinaryFileCannotBeReadACp949FileIsReadAsCp949AndATelemetryFileShowsItsRejects() throws Exception {
        // given the small program's data dir and, for 2026-11-07, three uploads
        Path data = new ChildRuns(work.resolve("child")).data();
        Files.write(data.resolve("inbox/jobs-grow-2026-11-07.csv"), new byte[] {'P', 'K', 3, 4, 0, 0, 0, 0, 8, 0, (byte) 0xff});
        Files.write(data.resolve("inbox/jobs-demo-2026-11-07.csv"), (DemoProgram.HEADER
                + "701|demo|P-1|김철수|2026-11-07T01:00:00|2026-11-07T03:00:00|COMPLETED|gres/gpu=2\n"
                + "701.batch|demo|P-1|김철수|2026-11-07T01:00:00|2026-11-07T03:00:00|COMPLETED|gres/gpu=2\n"
                + "702|demo|P-1|이영희|2026-11-07T04:00:00|2026-11-07T05:00:00|COMPLETED|gres/gpu=99\n")
                .getBytes(FileEncoding.CP949));
        Files.writeString(data.resolve("inbox/gpu-metrics-demo-2026-11-07.csv"), DemoProgram.TELEMETRY_HEADER
                + "2026-11-07T01:00:00+09:00,demo,node1,0,701,50\n"
                + "2026-11-07T01:01:00+09:00,demo,node1,0,701,140\n"
                + "2026-11-07T01:02:00+09:00,demo,node1,0,701,60\n");

        // when
        CommandRun validate = CommandRun.of("validate", "--date", "2026-11-07", "--data-dir", data.toString(),
                "--state-dir", work.resolve("state").toString());

        // then every reference file and each of the day's files has its line; the binary one fails the command
        assertThat(validate.status()).as(validate.err()).isEqualTo(1);
        assertThat(validate.out().lines().toList()).containsExactly(
                "reference/operators.csv  reference CSV  UTF-8  rows: 2 read, 2 used, 0 rejected",
                "reference/clusters.csv  reference CSV  UTF-8  rows: 4 read, 4 used, 0 rejected",
                "reference/institutions.csv  reference CSV  UTF-8  rows: 4 read, 4 used, 0 rejected",
                "reference/allocations.csv  reference CSV  UTF-8  rows: 2 read, 2 used, 0 rejected",
                "reference/rates.csv  reference CSV  UTF-8  rows: 4 read, 4 used, 0 rejected",
                "inbox/gpu-metrics-demo-2026-11-07.csv  telemetry CSV  UTF-8  samples: 3 read, 2 used, 1 rejected",
                "    line 3: gpu_util 140 is outside 0-100: 2026-11-07T01:01:00+09:00,demo,node1,0,701,140",
                "inbox/jobs-demo-2026-11-07.csv  sacct text  CP949  jobs: 3 read, 1 used, 1 rejected, 1 steps",
                "    line 4: 99 GPUs is more than cluster demo has (8): 702|demo|P-1|이영희|2026-11-07T04:00:00|2026-11-07T05:00:00|COMPLETED|gres/gpu=99",
                validate.out().lines().filter(l -> l.startsWith("inbox/jobs-grow")).findFirst().orElse("(missing)"),
                // utc1 is in service and sent nothing: run would count its day as missing
                "no job file for 2026-11-07 from 1 cluster(s) in service: utc1",
                "8 file(s): 7 can be read, 1 cannot (inbox files of 2026-11-07)");
        assertThat(validate.out()).containsPattern("inbox/jobs-grow-2026-11-07.csv  sacct text  cannot be read: .+");
        // no database was started: the state dir was never made
        assertThat(work.resolve("state")).doesNotExist();
        assertThat(validate.err()).isEmpty();
    }

    @Test
    void theOperatorsNativeExportsAreReadByTheirOwnReaders() throws Exception {
        // given for 2026-11-07 demo's sacct --json (a job, and one of more GPUs than demo has) and its
        // Prometheus range query (a sample outside 0-100)
        Path data = new ChildRuns(work.resolve("child")).data();
        Files.writeString(data.resolve("inbox/jobs-demo-2026-11-07.json"), NativeExports.sacctJsonV41(List.of(
                new Job(701, "demo", "P-1", "kim", "2026-11-07T01:00:00+09:00", "2026-11-07T03:00:00+09:00", "COMPLETED", "gpu", 2),
                new Job(702, "demo", "P-1", "lee", "2026-11-07T04:00:00+09:00", "2026-11-07T05:00:00+09:00", "COMPLETED", "gpu", 99))));
        long t = NativeExports.epoch("2026-11-07T01:00:00+09:00");
        Files.writeString(data.resolve("inbox/gpu-metrics-demo-2026-11-07.json"), NativeExports.prometheusMatrix(List.of(
                new Sample("node1", 0, "701", t, "50"), new Sample("node1", 0, "701", t + 60, "140"),
                new Sample("node1", 0, "701", t + 120, "60")), "demo"));

        // when
        CommandRun validate = CommandRun.of("validate", "--date", "2026-11-07", "--data-dir", data.toString(),
                "--state-dir", work.resolve("state").toString());

        // then each is named by its form and counted as run would count it
        assertThat(validate.status()).as(validate.out()).isZero();
        assertThat(validate.out()).contains("inbox/gpu-metrics-demo-2026-11-07.json  Prometheus JSON  UTF-8  samples: 3 read, 2 used, 1 rejected")
                .contains("inbox/jobs-demo-2026-11-07.json  sacct JSON  UTF-8  jobs: 2 read, 1 used, 1 rejected")
                .contains("99 GPUs is more than cluster demo has (8)")
                .contains("7 file(s): 7 can be read, 0 cannot (inbox files of 2026-11-07)");
        assertThat(work.resolve("state")).doesNotExist();
    }

    @Test
    void everyFileOfAGoodDataDirCanBeReadAndAMistypedOneIsRefused() throws Exception {
        Path data = new ChildRuns(work.resolve("child")).data();

        CommandRun all = CommandRun.of("validate", "--data-dir", data.toString());
        CommandRun typo = CommandRun.of("validate", "--data-dir", data + "x");

        assertThat(all.status()).as(all.out()).isZero();
        // 5 reference files and 12 job files (two clusters, six days)
        assertThat(all.out().lines().toList()).last().isEqualTo("17 file(s): 17 can be read, 0 cannot");
        assertThat(all.out()).contains("inbox/jobs-demo-2026-11-01.csv  sacct text  UTF-8  jobs: 8 read, 8 used, 0 rejected");
        assertThat(typo.status()).isEqualTo(2);
        assertThat(typo.err().strip()).isEqualTo("gpu-usage-reports: data dir " + data + "x does not exist: nothing computed, written or mailed");
    }

    @Test
    void aReferenceFileSavedByKoreanExcelIsReadWithOneDatedWarningOnStandardErrorNotInTheAnswer() throws Exception {
        // given institutions.csv as Korean Excel saves it
        Path data = new ChildRuns(work.resolve("child")).data();
        Files.write(data.resolve("reference/institutions.csv"), DemoProgram.INSTITUTIONS.getBytes(FileEncoding.CP949));

        // when
        CommandRun validate = CommandRun.of("validate", "--date", "2026-11-06", "--data-dir", data.toString());

        // then standard output is the answer alone, which names the encoding ...
        assertThat(validate.status()).as(validate.err()).isZero();
        assertThat(validate.out().lines().toList())
                .contains("reference/institutions.csv  reference CSV  CP949  rows: 4 read, 4 used, 0 rejected")
                .allMatch(line -> line.startsWith("reference/") || line.startsWith("inbox/") || line.startsWith("no job file ") || line.matches("\\d+ file\\(s\\): .*"));
        // ... and the warning is one line on standard error, dated in the program zone
        assertThat(validate.err().lines().toList()).singleElement().asString()
                .matches("2\\d{3}-\\d{2}-\\d{2}T\\d{2}:\\d{2}:\\d{2}\\.\\d{3}\\+09:00 WARN  ReferenceFileReader - "
                        + "reference/institutions.csv is not UTF-8 but decodes cleanly as CP949 .*");
    }
}
