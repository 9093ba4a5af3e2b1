package kr.gpuprogram.reports.ingest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.entry;

import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import kr.gpuprogram.reports.ingest.inbox.FileHeader;
import kr.gpuprogram.reports.support.Allocations;
import kr.gpuprogram.reports.support.DemoProgram;
import kr.gpuprogram.reports.support.FunctionalTestSupport;
import kr.gpuprogram.reports.support.ReportCsv;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;

/**
 * The files real uploads bring: no file stops the run, a file that cannot be read is one reject
 * and a missing day, CP949 reads as its UTF-8 copy, every real sacct export form gives the
 * figures of the plain one, and a reclaim window with a gap is unverified, never a candidate.
 */
class BadInputFunctionalTests extends FunctionalTestSupport {

    private static final LocalDate DAY = LocalDate.parse("2026-11-05");
    private static final Charset CP949 = Charset.forName("x-windows-949");

    /** SPEC.md's worked day with a Submit column: 101 submitted at 21:00, 102 at 19:00. */
    private static final List<String[]> WORKED_DAY = List.of(
            new String[] {"101", "demo", "P-1", "kim", "2026-11-04T21:00:00", "2026-11-04T22:00:00", "2026-11-05T02:00:00", "COMPLETED", "billing=16,cpu=32,gres/gpu=2,node=1"},
            new String[] {"102", "demo", "P-1", "lee", "2026-11-05T19:00:00", "2026-11-05T20:00:00", "Unknown", "RUNNING", "cpu=64,gres/gpu:h100=4,node=1"},
            new String[] {"103", "demo", "other", "park", "2026-11-05T00:30:00Z", "2026-11-05T01:00:00Z", "2026-11-05T03:00:00Z", "COMPLETED", "gres/gpu=1"},
            new String[] {"104", "demo", "P-1", "choi", "2026-11-05T20:30:00", "Unknown", "Unknown", "PENDING", "gres/gpu=8"});
    private static final String FORMAT = "JobID|Cluster|Account|User|Submit|Start|End|State|AllocTRES";

    @Test
    void everyRealExportFormGivesTheFiguresOfThePlainOne() throws Exception {
        Map<String, String> forms = new LinkedHashMap<>();
        forms.put("plain --parsable2 without Submit", export(true, false, "", "", false));
        forms.put("with Submit", export(true, true, "", "", false));
        forms.put("--noheader without Submit", export(false, false, "", "", false));
        forms.put("--noheader with Submit", export(false, true, "", "", false));
        forms.put("--parsable: trailing | on the header and the lines", export(true, true, "|", "|", false));
        forms.put("trailing | on the lines alone", export(true, true, "", "|", false));
        forms.put("trailing | on the header alone", export(true, false, "|", "", false));
        forms.put("without --allocations: job steps", export(true, true, "", "", true));
        forms.put("SLURM_TIME_FORMAT with %z offsets", export(true, true, "", "", false)
                .replace("T21:00:00|", "T21:00:00+0900|").replace("T22:00:00|", "T22:00:00+0900|")
                .replace("T02:00:00|", "T02:00:00+0900|").replace("T19:00:00|", "T19:00:00+0900|")
                .replace("T20:00:00|", "T20:00:00+0900|").replace("T20:30:00|", "T20:30:00+0900|")
                .replace("Z|", "+0000|"));

        String plainClusters = null;
        String plainInstitutions = null;
        for (Map.Entry<String, String> form : forms.entrySet()) {
            // given
            resetDatabaseAndFolders();
            givenTheDemoReference();
            givenP1();
            inbox("jobs-demo-2026-11-05.csv", form.getValue());

            // when
            assertCompleted(run(DAY));

            // then: SPEC's worked day, whatever the form
            ReportCsv clusters = report("2026-11-05", "clusters.csv");
            assertThat(clusters.row("cluster_id", "demo")).as(form.getKey())
                    .contains(entry("used_gpu_hours", "22.00"), entry("unattributed_gpu_hours", "2.00"),
                            entry("allocated_idle_gpu_hours", "76.00"), entry("idle_gpu_hours", "170.00"));
            assertThat(report("2026-11-05", "rejects.csv").rows()).as(form.getKey()).isEmpty();
            String clustersText = Files.readString(reportFile("clusters.csv"));
            String institutionsText = Files.readString(reportFile("institutions.csv"));
            if (plainClusters == null) {
                plainClusters = clustersText;
                plainInstitutions = institutionsText;
            }
            assertThat(clustersText).as(form.getKey()).isEqualTo(plainClusters);
            assertThat(institutionsText).as(form.getKey()).isEqualTo(plainInstitutions);
            Map<String, Object> file = jdbc.queryForMap("SELECT lines_read, lines_used, lines_not_started, lines_step, "
                    + "lines_rejected, has_submit FROM inbox_file WHERE file_name = 'jobs-demo-2026-11-05.csv'");
            boolean steps = form.getKey().contains("steps");
            assertThat(file).as(form.getKey()).containsEntry("lines_used", 3).containsEntry("lines_not_started", 1)
                    .containsEntry("lines_step", steps ? 3 : 0).containsEntry("lines_rejected", 0)
                    .containsEntry("lines_read", steps ? 7 : 4)
                    .containsEntry("has_submit", FileHeader.fieldCount(form.getValue().lines().findFirst().orElseThrow()
                            .split("\\|", -1)) == 9);
            // the steps are counted in the provenance, not rejected
            Map<String, String> provenance = report("2026-11-05", "provenance.csv").row("file", "inbox/jobs-demo-2026-11-05.csv");
            assertThat(provenance).contains(entry("lines_step", steps ? "3" : "0"), entry("encoding", "UTF-8"),
                    entry("status", "read"));
        }
        // Submit is stored where the export has it: 101 waited an hour
        assertThat(jdbc.queryForObject("SELECT extract(epoch FROM start_ts - submit_ts) FROM job_record WHERE job_id = '101'",
                Double.class)).isEqualTo(3600.0);
    }

    @Test
    void aBinaryFileIsOneRejectAndAMissingDayAndRemovingItIsAllItTakes() throws Exception {
        // given: the 5th is SPEC's worked day; the 6th's upload is 3,000 random bytes; every line of the
        // 7th's is rejected; the 8th's has a header and no job
        givenTheDemoReference();
        givenP1();
        inbox("jobs-demo-2026-11-05.csv", export(true, false, "", "", false));
        byte[] garbage = new byte[3000];
        new Random(8).nextBytes(garbage);
        Files.write(settings.inboxDir().resolve("jobs-demo-2026-11-06.csv"), garbage);
        inbox("jobs-demo-2026-11-07.csv", DemoProgram.HEADER
                + "301|demo|P-1|kim|2026-11-07T01:00:00|2026-11-07T02:00:00|COMPLETED|gres/gpu:a=2000000000,gres/gpu:b=2000000000\n"
                + "302|demo|P-1|kim|2026-11-07T01:00:00|2026-11-07T02:00:00|COMPLETED\n");
        inbox("jobs-demo-2026-11-08.csv", DemoProgram.HEADER);

        // when
        assertCompleted(run(LocalDate.parse("2026-11-08")));
        assertCompleted(rerun(LocalDate.parse("2026-11-05"), LocalDate.parse("2026-11-08")));

        // then: the garbage is one reject at line 0 and its day is missing, as is the all-rejected 7th;
        // the 8th is a day without jobs
        ReportCsv rejects = report("2026-11-05_2026-11-08", "rejects.csv");
        Map<String, String> garbageReject = rejects.row("file", "inbox/jobs-demo-2026-11-06.csv");
        assertThat(garbageReject).contains(entry("line", "0"), entry("content", "(3000 bytes)"));
        assertThat(garbageReject.get("reason")).contains("no line of it can be read");
        assertThat(rejects.rows().stream().filter(r -> r.get("file").equals("inbox/jobs-demo-2026-11-06.csv"))).hasSize(1);
        assertThat(rejects.rows().stream().filter(r -> r.get("file").equals("inbox/jobs-demo-2026-11-07.csv"))
                .map(r -> r.get("reason")))
                .containsExactly("GPU counts in AllocTRES 'gres/gpu:a=2000000000,gres/gpu:b=2000000000' add up beyond any cluster",
                        "expected 8 fields separated by '|', found 7");
        assertThat(demoJobGaps("2026-11-05_2026-11-08")).containsExactly("2026-11-06", "2026-11-07");
        assertThat(report("2026-11-05_2026-11-08", "provenance.csv").row("file", "inbox/jobs-demo-2026-11-06.csv"))
                .contains(entry("status", "unreadable"), entry("encoding", ""));
        // no telemetry at all: active idle is not measured, so it is empty, not 0
        assertThat(report("2026-11-05_2026-11-08", "clusters.csv").row("cluster_id", "demo"))
                .contains(entry("active_idle_gpu_hours", ""), entry("used_gpu_hours", "22.00"));
        assertThat(report("2026-11-05_2026-11-08", "institutions.csv").row("institution_id", "I-1"))
                .contains(entry("active_idle_gpu_hours", ""));

        // when: the operator removes the garbage and uploads the real file
        Files.delete(settings.inboxDir().resolve("jobs-demo-2026-11-06.csv"));
        assertCompleted(run(LocalDate.parse("2026-11-09")));
        assertCompleted(rerun(LocalDate.parse("2026-11-06"), LocalDate.parse("2026-11-06")));
        // then: it is gone from the day's rejects, and the day is still missing
        assertThat(report("2026-11-06", "rejects.csv").rows()).isEmpty();
        assertThat(demoJobGaps("2026-11-06")).containsExactly("2026-11-06");
        inbox("jobs-demo-2026-11-06.csv", DemoProgram.HEADER
                + "401|demo|P-1|kim|2026-11-06T01:00:00|2026-11-06T03:00:00|COMPLETED|gres/gpu=4\n");
        assertCompleted(run(LocalDate.parse("2026-11-09")));
        assertCompleted(rerun(LocalDate.parse("2026-11-06"), LocalDate.parse("2026-11-06")));
        assertThat(demoJobGaps("2026-11-06")).isEmpty();
        // the 6th gains 401's 4 x 2 h (102 ran to the end of the 5th, as its file said)
        assertThat(report("2026-11-06", "clusters.csv").row("cluster_id", "demo")).contains(entry("used_gpu_hours", "8.00"));
        assertThat(report("2026-11-06", "provenance.csv").row("file", "inbox/jobs-demo-2026-11-06.csv"))
                .contains(entry("status", "read"));
    }

    @Test
    void rejectsOfFilesDatedBeforeYear1900AreStoredAsAnyOthers() throws Exception {
        // given: files whose names carry a date COPY's text would not carry as pgjdbc binds it, one bad line each
        givenTheDemoReference();
        givenP1();
        inbox("jobs-demo-1899-12-31.csv", DemoProgram.HEADER
                + "1|demo|P-1|kim|1899-12-31T01:00:00|1899-12-31T02:00:00|COMPLETED\n");
        inbox("gpu-metrics-demo-1899-12-31.csv", "timestamp,cluster_id,hostname,gpu,job_id,gpu_util\n"
                + "1899-12-31T01:00:00+09:00,demo,n1,0,1,busy\n");

        // when
        assertCompleted(run(LocalDate.parse("2026-11-05")));

        // then
        assertThat(jdbc.queryForList("SELECT file_name || ' ' || file_date || ' ' || line_no || ' ' || reason FROM input_reject "
                + "WHERE file_date < DATE '1900-01-01' ORDER BY file_name", String.class)).containsExactly(
                "inbox/gpu-metrics-demo-1899-12-31.csv 1899-12-31 2 gpu_util 'busy' is not a number",
                "inbox/jobs-demo-1899-12-31.csv 1899-12-31 2 expected 8 fields separated by '|', found 7");
    }

    @Test
    void aCp949ReferenceAndJobFileGiveTheExtractsOfTheirUtf8Copies() throws Exception {
        // given: the same program twice, once in UTF-8 and once as Korean Excel saves it
        Map<String, String> utf8 = extractsOfARunWith(StandardCharsets.UTF_8);
        Map<String, String> cp949 = extractsOfARunWith(CP949);

        // then: byte for byte the same, provenance aside (it names the files' own checksums)
        assertThat(cp949.keySet()).containsExactlyElementsOf(utf8.keySet());
        utf8.forEach((file, text) -> assertThat(cp949.get(file)).as(file).isEqualTo(text));
        assertThat(utf8.get("institutions.csv")).contains("한빛대학교");
        assertThat(jdbc.queryForObject("SELECT encoding FROM inbox_file WHERE file_name = 'jobs-demo-2026-11-05.csv'",
                String.class)).isEqualTo("CP949");
        // and the provenance says which files were read as CP949, the reference file as well as the job file
        ReportCsv provenance = report("2026-11-05", "provenance.csv");
        assertThat(provenance.row("file", "reference/institutions.csv")).contains(entry("encoding", "CP949"));
        assertThat(provenance.row("file", "reference/clusters.csv")).contains(entry("encoding", "UTF-8"));
        assertThat(provenance.row("file", "inbox/jobs-demo-2026-11-05.csv")).contains(entry("encoding", "CP949"));

        // when: a database stored before reference files had their encoding (V17) runs again on the same files
        jdbc.update("UPDATE reference_file SET encoding = NULL");
        assertCompleted(run(DAY));
        // then: the same files are loaded again, and the provenance names their encoding
        assertThat(report("2026-11-05", "provenance.csv").row("file", "reference/institutions.csv"))
                .contains(entry("encoding", "CP949"));
    }

    @Test
    void aReclaimWindowWithAMissingJobFileIsUnverifiedNeverACandidate() throws Exception {
        // given: P-1 (4 GPUs on demo) and G-1 (2 GPUs on grow) since the 1st; job files for every day of
        // the window 11-07..11-20, but grow's of the 15th is missing; P-1 ran 4 GPUs x 2 h on the 10th
        givenTheDemoReference();
        reference("allocations.csv", Allocations.of()
                .row("P-1", "I-1", "거대언어모델 연구", "demo", 4, "2026-11-01", "2026-11-30")
                .row("G-1", "I-3", "기상 예측", "grow", 2, "2026-11-01", "2026-11-30")
                .csv());
        for (int day = 7; day <= 20; day++) {
            String date = String.format("2026-11-%02d", day);
            inbox("jobs-demo-" + date + ".csv", DemoProgram.HEADER + (day == 10
                    ? "501|demo|P-1|kim|2026-11-10T09:00:00|2026-11-10T11:00:00|COMPLETED|gres/gpu=4\n" : ""));
            if (day != 15) {
                inbox("jobs-grow-" + date + ".csv", DemoProgram.HEADER);
            }
        }

        // when
        assertCompleted(run(LocalDate.parse("2026-11-20")));

        // then, by hand: P-1 4 x 24 x 14 = 1,344 h, used 8, idle 1,336 x 3,000 KRW, no use since the 10th;
        // G-1 2 x 24 x 14 = 672 h unused, 9 days x 48 h x 1,000 + 5 x 48 x 2,000 KRW, never used since its start
        ReportCsv reclaim = report("2026-11-20", "reclaim.csv");
        assertThat(reclaim.header()).endsWith("zero_use_streak_days", "window_missing_days", "status");
        assertThat(reclaim.rows()).hasSize(2);
        assertThat(reclaim.rows().get(0)).containsExactly(entry("allocation_id", "P-1"), entry("institution_id", "I-1"),
                entry("cluster_id", "demo"), entry("window_days", "14"), entry("window_allocated_gpu_hours", "1344.00"),
                entry("window_used_gpu_hours", "8.00"), entry("window_idle_gpu_hours", "1336.00"),
                entry("window_idle_krw", "4008000"), entry("zero_use_streak_days", "10"),
                entry("window_missing_days", "0"), entry("status", "CANDIDATE"));
        assertThat(reclaim.rows().get(1)).containsExactly(entry("allocation_id", "G-1"), entry("institution_id", "I-3"),
                entry("cluster_id", "grow"), entry("window_days", "14"), entry("window_allocated_gpu_hours", "672.00"),
                entry("window_used_gpu_hours", "0.00"), entry("window_idle_gpu_hours", "672.00"),
                entry("window_idle_krw", "912000"), entry("zero_use_streak_days", "20"),
                entry("window_missing_days", "1"), entry("status", "UNVERIFIED"));

        // the workbook shows the unverified allocation apart, after the candidates' table and its total
        try (XSSFWorkbook workbook = new XSSFWorkbook(Files.newInputStream(reportFile("gpu-usage-2026-11-20.xlsx")))) {
            Sheet sheet = workbook.getSheet("Reclaim");
            assertThat(sheet.getRow(1).getCell(0).getStringCellValue()).isEqualTo("P-1");
            assertThat(sheet.getRow(2).getCell(0).getStringCellValue()).startsWith("합계");
            int unverifiedTitle = -1;
            for (Row row : sheet) {
                if (row.getCell(0) != null && row.getCell(0).toString().startsWith("확인 불가")) {
                    unverifiedTitle = row.getRowNum();
                }
            }
            assertThat(unverifiedTitle).isGreaterThan(2);
            assertThat(sheet.getRow(unverifiedTitle + 2).getCell(0).getStringCellValue()).isEqualTo("G-1");
            assertThat(sheet.getRow(unverifiedTitle + 2).getCell(10).getNumericCellValue()).isEqualTo(1.0);
        }
    }

    @Test
    void aReferenceFileThatCannotBeReadIsOneRejectAndItsLastReadableVersionIsUsed() throws Exception {
        // given: a good first night
        givenTheDemoReference();
        givenP1();
        inbox("jobs-demo-2026-11-05.csv", export(true, false, "", "", false));
        assertCompleted(run(DAY));
        String clustersBefore = Files.readString(reportFile("clusters.csv"));

        // when: allocations.csv is overwritten by a broken upload, and institutions.csv loses its header
        byte[] garbage = new byte[2000];
        new Random(3).nextBytes(garbage);
        Files.write(settings.referenceDir().resolve("allocations.csv"), garbage);
        reference("institutions.csv", "I-1,한빛대학교,ACADEMIA,대전\n");
        assertCompleted(rerun(DAY, DAY));

        // then: the same figures, and each broken file is one reject at line 0 saying what was used instead
        assertThat(Files.readString(reportFile("clusters.csv"))).isEqualTo(clustersBefore);
        ReportCsv rejects = report("2026-11-05", "rejects.csv");
        assertThat(rejects.row("file", "reference/allocations.csv")).containsEntry("line", "0");
        assertThat(rejects.row("file", "reference/allocations.csv").get("reason")).contains("last readable version");
        assertThat(rejects.row("file", "reference/institutions.csv").get("reason"))
                .contains("lacks the column(s)").contains("last readable version");
        assertThat(report("2026-11-05", "institutions.csv").row("institution_id", "I-1"))
                .containsEntry("institution_name", "한빛대학교");

        // and a reference file never read before still stops the run, naming the file
        resetDatabaseAndFolders();
        givenTheDemoReference();
        Files.write(settings.referenceDir().resolve("allocations.csv"), garbage);
        var failed = run(DAY);
        assertThat(failed.getStatus().isUnsuccessful()).isTrue();
        assertThat(failed.getAllFailureExceptions().toString()).contains("allocations.csv");
    }

    private Map<String, String> extractsOfARunWith(Charset charset) throws Exception {
        resetDatabaseAndFolders();
        givenTheDemoReference();
        givenP1();
        Files.write(settings.referenceDir().resolve("institutions.csv"), DemoProgram.INSTITUTIONS.getBytes(charset));
        Files.write(settings.inboxDir().resolve("jobs-demo-2026-11-05.csv"),
                export(true, false, "", "", false).replace("|kim|", "|김민준|").getBytes(charset));
        assertCompleted(run(DAY));
        Map<String, String> extracts = new LinkedHashMap<>();
        for (String file : List.of("clusters.csv", "institutions.csv", "sectors.csv", "reclaim.csv", "missing.csv",
                "rejects.csv")) {
            extracts.put(file, Files.readString(reportFile(file), StandardCharsets.UTF_8));
        }
        return extracts;
    }

    private List<String> demoJobGaps(String period) throws Exception {
        return report(period, "missing.csv").rows().stream()
                .filter(r -> r.get("cluster_id").equals("demo") && r.get("kind").equals("jobs"))
                .map(r -> r.get("date")).toList();
    }

    private Path reportFile(String file) {
        String period = file.startsWith("gpu-usage-") ? file.substring(10, 20) : "2026-11-05";
        return settings.reportDir().resolve(period).resolve(file);
    }

    private void givenP1() throws Exception {
        reference("allocations.csv", Allocations.of()
                .row("P-1", "I-1", "거대언어모델 연구", "demo", 4, "2026-11-01", "2026-11-30")
                .csv());
    }

    /** SPEC's worked day as sacct writes it with the given options. */
    private static String export(boolean header, boolean submit, String headerTail, String lineTail, boolean steps) {
        StringBuilder out = new StringBuilder();
        if (header) {
            out.append(submit ? FORMAT : FORMAT.replace("Submit|", "")).append(headerTail).append('\n');
        }
        for (String[] job : WORKED_DAY) {
            out.append(line(job, submit)).append(lineTail).append('\n');
            if (steps && !job[5].equals("Unknown")) {
                String[] step = job.clone();
                step[0] = job[0] + (job[0].equals("101") ? ".batch" : ".0");
                out.append(line(step, submit)).append(lineTail).append('\n');
            }
        }
        return out.toString();
    }

    private static String line(String[] job, boolean submit) {
        StringBuilder line = new StringBuilder();
        for (int i = 0; i < job.length; i++) {
            if (i == 4 && !submit) {
                continue;
            }
            if (line.length() > 0) {
                line.append('|');
            }
            line.append(job[i]);
        }
        return line.toString();
    }
}
