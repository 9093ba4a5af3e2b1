package kr.gpuprogram.reports.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import kr.gpuprogram.reports.support.ChildRuns;
import kr.gpuprogram.reports.support.CommandRun;
import kr.gpuprogram.reports.support.FolderChecksums;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * What an operator's ordinary mistakes get (SPEC, "What an operator's mistakes get"): a mistyped
 * data dir is refused before anything is touched, a reference file gone missing is read from its
 * last readable version with one warning line, a night without any job file exits 3.
 */
class OperatorMistakesFunctionalTests {

    @TempDir
    Path work;

    private String[] dirs(Path data) {
        return new String[] {"--data-dir", data.toString(), "--report-dir", work.resolve("reports").toString(),
                "--state-dir", work.resolve("state").toString()};
    }

    private CommandRun run(String date, Path data) {
        String[] dirs = dirs(data);
        return CommandRun.of("run", "--date", date, dirs[0], dirs[1], dirs[2], dirs[3], dirs[4], dirs[5]);
    }

    @Test
    void aMistypedDataDirLeavesThePublishedReportUntouchedAndAMissingRecipientsFileKeepsTheOperatorFolders()
            throws Exception {
        // given a published 2026-11-06 with operator op's own folder (op is a recipient scope)
        Path data = new ChildRuns(work.resolve("child")).data();
        Files.writeString(data.resolve("reference/recipients.csv"), """
                email,name,scope
                pm@example.org,사업 담당,PROGRAM
                noc@op.example.org,데모 운영,op
                """);
        CommandRun first = run("2026-11-06", data);
        assertThat(first.status()).as(first.err()).isZero();
        Path published = work.resolve("reports/2026-11-06");
        assertThat(published.resolve("operator-op")).isDirectory();
        Map<String, String> before = FolderChecksums.of(work.resolve("reports"));

        // when the same day runs with one letter missing from the data dir, and with one without reference/
        Path typo = data.resolveSibling("dat"); // data, one letter missing
        Files.createDirectories(work.resolve("child/empty"));
        CommandRun mistyped = run("2026-11-06", typo);
        CommandRun noReference = run("2026-11-06", work.resolve("child/empty"));

        // then both are refused with one line naming the folder, and no byte of the reports changed
        assertThat(mistyped.status()).isEqualTo(2);
        assertThat(mistyped.errLines()).containsExactly(
                "gpu-usage-reports: data dir " + typo + " does not exist: nothing computed, written or mailed");
        assertThat(mistyped.out()).as("the refusal alone, not Spring Boot's failure-analysis block")
                .doesNotContain("APPLICATION FAILED TO START");
        assertThat(noReference.status()).isEqualTo(2);
        assertThat(noReference.errLines()).containsExactly("gpu-usage-reports: data dir " + work.resolve("child/empty")
                + " holds no reference/ folder: nothing computed, written or mailed");
        assertThat(FolderChecksums.of(work.resolve("reports"))).isEqualTo(before);

        // when recipients.csv goes missing and the day runs again
        Files.delete(data.resolve("reference/recipients.csv"));
        CommandRun withoutRecipients = run("2026-11-06", data);

        // then its last readable version keeps op's folder, and one warning line names the file
        assertThat(withoutRecipients.status()).as(withoutRecipients.err()).isZero();
        assertThat(published.resolve("operator-op")).isDirectory();
        assertThat(published.resolve("operator-op/clusters.csv")).content().contains("demo,");
        assertThat(withoutRecipients.errLines()).filteredOn(l -> l.contains("recipients.csv")).singleElement()
                .asString().startsWith("gpu-usage-reports: warning: reference file " + data.resolve("reference/recipients.csv")
                        + " is missing or unreadable; its last readable version (SHA-256 ");
    }

    @Test
    void aDataDirWithoutInboxIsAWarningAndANightWithoutAnyJobFileExits3AfterItsReport() throws Exception {
        // given the small program, whose inbox holds 2026-11-01 to 11-06 only
        Path data = new ChildRuns(work.resolve("child")).data();

        // when 2026-11-07 runs: both clusters are in service, neither uploaded
        CommandRun empty = run("2026-11-07", data);

        // then the report is written as usual (provisional) and the run exits 3 with one line
        assertThat(empty.status()).as(empty.err()).isEqualTo(3);
        assertThat(work.resolve("reports/2026-11-07/clusters.csv")).exists();
        assertThat(empty.errLines()).endsWith("gpu-usage-reports: no job file arrived for any cluster on 2026-11-07");
        assertThat(empty.errLines()).anyMatch(l -> l.startsWith("gpu-usage-reports: warning: report 2026-11-07 is provisional"));
        // and every line of its log carries the date and Seoul's offset
        assertThat(empty.out().lines().filter(l -> l.contains(" INFO ") || l.contains(" WARN ")))
                .isNotEmpty()
                .allMatch(l -> l.matches("^2\\d{3}-\\d{2}-\\d{2}T\\d{2}:\\d{2}:\\d{2}\\.\\d{3}\\+09:00 (INFO|WARN) .*"));

        // when the inbox folder is gone: a warning, and the run goes on from what is stored
        Path inbox = data.resolve("inbox");
        Files.move(inbox, work.resolve("inbox-away"));
        CommandRun noInbox = run("2026-11-06", data);
        assertThat(noInbox.status()).as(noInbox.err()).isZero();
        assertThat(noInbox.errLines()).first().isEqualTo(
                "gpu-usage-reports: warning: data dir " + data + " holds no inbox/ folder: no upload is read");
        assertThat(work.resolve("reports/2026-11-06/clusters.csv")).content().contains("demo,");
    }
}
