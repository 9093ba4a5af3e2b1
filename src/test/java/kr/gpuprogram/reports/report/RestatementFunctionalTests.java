package kr.gpuprogram.reports.report;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.entry;

import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.time.LocalDate;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import kr.gpuprogram.reports.support.Allocations;
import kr.gpuprogram.reports.support.Clusters;
import kr.gpuprogram.reports.support.DemoProgram;
import kr.gpuprogram.reports.support.FunctionalTestSupport;
import kr.gpuprogram.reports.support.ReportCsv;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;

/** Provenance of a period's figures, and restatements when a rewrite changes published figures. */
class RestatementFunctionalTests extends FunctionalTestSupport {

    private static final LocalDate NOV_5 = LocalDate.parse("2026-11-05");
    private static final String JOBS_FILE = "jobs-demo-2026-11-05.csv";

    private void givenTheWorkedDayPublished() throws Exception {
        reference("operators.csv", DemoProgram.OPERATORS);
        reference("clusters.csv", Clusters.single("demo", "op", "H100", 8, "2026-01-01"));
        reference("institutions.csv", DemoProgram.INSTITUTIONS);
        reference("allocations.csv", Allocations.of()
                .row("P-1", "I-1", "거대언어모델 연구", "demo", 4, "2026-11-01", "2026-11-30")
                .csv());
        reference("rates.csv", DemoProgram.RATES);
        inbox(JOBS_FILE, DemoProgram.HEADER + """
                101|demo|P-1|kim|2026-11-04T22:00:00|2026-11-05T02:00:00|COMPLETED|gres/gpu=2
                102|demo|P-1|lee|2026-11-05T20:00:00|Unknown|RUNNING|gres/gpu:h100=4
                103|demo|other|park|2026-11-05T01:00:00Z|2026-11-05T03:00:00Z|COMPLETED|gres/gpu=1
                """);
        assertCompleted(run(NOV_5));
    }

    @Test
    void eachReportNamesTheFilesItsFiguresCameFrom() throws Exception {
        // given / when
        givenTheWorkedDayPublished();

        // then
        ReportCsv provenance = report("2026-11-05", "provenance.csv");
        assertThat(provenance.column("file")).containsExactly("reference/allocations.csv", "reference/clusters.csv",
                "reference/institutions.csv", "reference/operators.csv", "reference/rates.csv", "inbox/" + JOBS_FILE);
        Path jobs = settings.inboxDir().resolve(JOBS_FILE);
        assertThat(provenance.row("file", "inbox/" + JOBS_FILE)).contains(entry("kind", "jobs"),
                entry("size_bytes", String.valueOf(Files.size(jobs))), entry("sha256", sha256(jobs)));
        assertThat(provenance.row("file", "reference/rates.csv"))
                .contains(entry("sha256", sha256(settings.referenceDir().resolve("rates.csv"))));
        Path folder = settings.reportDir().resolve("2026-11-05");
        try (XSSFWorkbook workbook = new XSSFWorkbook(Files.newInputStream(folder.resolve("gpu-usage-2026-11-05.xlsx")))) {
            var sheet = workbook.getSheet("Provenance");
            assertThat(sheet).isNotNull();
            assertThat(sheet.getRow(6).getCell(1).getStringCellValue()).isEqualTo("inbox/" + JOBS_FILE);
            assertThat(sheet.getRow(6).getCell(3).getStringCellValue()).isEqualTo(sha256(jobs));
        }
        try (var pdf = Loader.loadPDF(folder.resolve("gpu-usage-2026-11-05.pdf").toFile())) {
            assertThat(new PDFTextStripper().getText(pdf)).contains("출처 / Provenance: 작업 파일 1개, 텔레메트리 파일 0개");
        }
    }

    @Test
    void aRewriteThatChangesPublishedFiguresKeepsTheOldReportAndListsEveryChange() throws Exception {
        // given
        givenTheWorkedDayPublished();
        assertThat(settings.reportDir().resolve("2026-11-05/restatement.csv")).doesNotExist();

        // when the operator re-uploads the day with job 103 on 2 GPUs, and the day is run again, then rerun
        inbox(JOBS_FILE, Files.readString(settings.inboxDir().resolve(JOBS_FILE))
                .replace("COMPLETED|gres/gpu=1", "COMPLETED|gres/gpu=2"));
        assertCompleted(run(NOV_5));
        byte[] restatement = Files.readAllBytes(settings.reportDir().resolve("2026-11-05/restatement.csv"));
        assertCompleted(rerun(NOV_5, NOV_5));

        // then: 103 is unattributed, so only the cluster's used, unattributed, idle and utilization change
        ReportCsv changes = report("2026-11-05", "restatement.csv");
        assertThat(changes.rows()).extracting(r -> List.of(r.get("superseded_version"), r.get("file"), r.get("key"),
                r.get("column"), r.get("old_value"), r.get("new_value"))).containsExactly(
                List.of("v1", "clusters.csv", "demo", "used_gpu_hours", "22.00", "24.00"),
                List.of("v1", "clusters.csv", "demo", "unattributed_gpu_hours", "2.00", "4.00"),
                List.of("v1", "clusters.csv", "demo", "idle_gpu_hours", "170.00", "168.00"),
                List.of("v1", "clusters.csv", "demo", "utilization_pct", "11.46", "12.50"));
        assertThat(report("2026-11-05", "superseded/v1/clusters.csv").row("cluster_id", "demo"))
                .contains(entry("used_gpu_hours", "22.00"));
        assertThat(settings.reportDir().resolve("2026-11-05/superseded/v1/gpu-usage-2026-11-05.pdf")).exists();
        assertThat(report("2026-11-05", "clusters.csv").row("cluster_id", "demo")).contains(entry("used_gpu_hours", "24.00"));
        // the rerun changed nothing: no new version, the same restatement bytes
        assertThat(settings.reportDir().resolve("2026-11-05/superseded/v2")).doesNotExist();
        assertThat(Files.readAllBytes(settings.reportDir().resolve("2026-11-05/restatement.csv"))).isEqualTo(restatement);
        Map<String, String> provenance = report("2026-11-05", "provenance.csv").row("file", "inbox/" + JOBS_FILE);
        assertThat(provenance.get("sha256")).isEqualTo(sha256(settings.inboxDir().resolve(JOBS_FILE)));
    }

    private static String sha256(Path file) throws Exception {
        return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(Files.readAllBytes(file)));
    }
}
