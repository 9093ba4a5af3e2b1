package kr.gpuprogram.reports.report.pdf;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.nio.file.Files;
import kr.gpuprogram.reports.report.Period;
import kr.gpuprogram.reports.report.PeriodReport;
import kr.gpuprogram.reports.report.PeriodReportQuery;
import kr.gpuprogram.reports.support.Allocations;
import kr.gpuprogram.reports.support.Clusters;
import kr.gpuprogram.reports.support.DemoProgram;
import kr.gpuprogram.reports.support.FunctionalTestSupport;
import kr.gpuprogram.reports.support.PdfText;
import kr.gpuprogram.reports.support.ReportCsv;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDResources;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.pdmodel.graphics.PDXObject;
import org.apache.pdfbox.pdmodel.graphics.form.PDFormXObject;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** The PDF report of a period, read back with PDFBox: its text, its pages and its fonts. */
class PdfReportFunctionalTests extends FunctionalTestSupport {

    @Autowired
    private PeriodReportQuery query;
    @Autowired
    private PdfReportWriter pdfWriter;

    private static final YearMonth NOVEMBER = YearMonth.parse("2026-11");

    /** The demo cluster (8 H100) and three Korean institutions with allocations on it. */
    private void givenThreeKoreanInstitutionsOnTheDemoCluster() throws Exception {
        reference("operators.csv", DemoProgram.OPERATORS);
        reference("clusters.csv", Clusters.single("demo", "op", "H100", 8, "2026-01-01"));
        reference("institutions.csv", DemoProgram.INSTITUTIONS);
        reference("rates.csv", DemoProgram.RATES);
        reference("allocations.csv", Allocations.of()
                .row("P-1", "I-1", "거대언어모델 연구", "demo", 4, "2026-11-01", "2026-11-30")
                .row("P-2", "I-2", "비전 모델", "demo", 2, "2026-11-01", "2026-11-30")
                .row("P-3", "I-3", "기후 모델", "demo", 1, "2026-11-01", "2026-11-30")
                .csv());
        inbox("jobs-demo-2026-11-05.csv", DemoProgram.HEADER + """
                1|demo|P-1|kim|2026-11-05T00:00:00|2026-11-05T10:00:00|COMPLETED|gres/gpu=4
                2|demo|P-2|lee|2026-11-05T08:00:00|2026-11-05T11:00:00|COMPLETED|gres/gpu:h100=2
                3|demo|other|park|2026-11-05T12:00:00|2026-11-05T13:00:00|COMPLETED|gres/gpu=1
                """);
        inbox("jobs-demo-2026-11-06.csv", DemoProgram.HEADER
                + "4|demo|P-1|kim|2026-11-06T00:00:00|2026-11-06T05:00:00|COMPLETED|gres/gpu=2\n");
    }

    @Test
    void theMonthPdfShowsTheKoreanInstitutionsAndTheTotalsOfTheCsvExtracts() throws Exception {
        // given
        givenThreeKoreanInstitutionsOnTheDemoCluster();

        // when
        assertCompleted(run(LocalDate.parse("2026-11-06")));
        assertCompleted(monthReport(NOVEMBER));

        // then: capacity 8 x 720 = 5760, allocated 7 x 720 = 5040, used 40 + 6 + 1 + 10 = 57 (1 unattributed)
        Path pdf = settings.reportDir().resolve("2026-11").resolve("gpu-usage-2026-11.pdf");
        String text = PdfText.of(pdf);
        Map<String, String> demo = report("2026-11", "clusters.csv").row("cluster_id", "demo");
        assertThat(demo).containsEntry("capacity_gpu_hours", "5760.00").containsEntry("used_gpu_hours", "57.00")
                .containsEntry("utilization_pct", "0.99");
        assertThat(text).contains("국가 AI 컴퓨팅 GPU 지원사업", "2026년 11월 (2026-11-01 ~ 2026-11-30, 30일)", "사업 전체");
        // the summary's lines (summary.csv): the first line starting with a term is its top or first breakdown line
        assertThat(line(text, "용량")).contains(demo.get("capacity_gpu_hours"));
        assertThat(line(text, "할당 ")).contains(demo.get("allocated_gpu_hours"));
        assertThat(line(text, "사용")).contains(demo.get("used_gpu_hours"));
        assertThat(line(text, "미귀속 사용")).contains(demo.get("unattributed_gpu_hours"));
        assertThat(line(text, "유휴 ")).contains(demo.get("idle_gpu_hours"));
        assertThat(line(text, "미할당")).contains(demo.get("unallocated_gpu_hours"));
        assertThat(line(text, "할당 유휴")).contains(demo.get("allocated_idle_gpu_hours"));
        assertThat(line(text, "가동률 ")).contains(demo.get("utilization_pct") + " %");
        // support: the sums of the institutions' KRW at 3,000 KRW an H100-hour
        ReportCsv institutions = report("2026-11", "institutions.csv");
        assertThat(line(text, "할당 지원액")).contains("15120000");
        assertThat(line(text, "사용 지원액")).contains("168000");
        assertThat(institutions.column("allocated_krw")).containsExactlyInAnyOrder("8640000", "4320000", "2160000");

        // each institution's row carries its CSV figures; the table is sorted by allocation utilization
        for (Map<String, String> row : institutions.rows()) {
            assertThat(row(text, row.get("institution_id") + " " + row.get("institution_name")))
                    .as(row.get("institution_name"))
                    .contains(row.get("allocated_gpu_hours") + " " + row.get("used_gpu_hours") + " "
                            + row.get("allocated_idle_gpu_hours"))
                    .contains(row.get("allocation_utilization_pct"))
                    .endsWith(row.get("allocated_krw") + " " + row.get("used_krw"));
        }
        assertThat(text.indexOf("I-1 한빛대학교")).isLessThan(text.indexOf("I-2 (주)딥러닝랩"));
        assertThat(text.indexOf("I-2 (주)딥러닝랩")).isLessThan(text.indexOf("I-3 국가AI연구원"));
        Map<String, String> academia = report("2026-11", "sectors.csv").row("sector", "ACADEMIA");
        assertThat(line(text, "학계 (ACADEMIA)")).isEqualTo(String.join(" ", academia.get("institutions"),
                academia.get("allocated_gpu_hours"), academia.get("used_gpu_hours"),
                academia.get("allocation_utilization_pct"), academia.get("allocated_krw"), academia.get("used_krw")));
        assertThat(academia.get("allocated_gpu_hours")).isEqualTo("2880.00");

        // the data-completeness note names the missing cluster-days, and every page is numbered n / N
        // 28 days without a job file (usage unknown) and, apart, 30 without telemetry (active idle unmeasured)
        assertThat(text).contains("작업 파일이 없는 클러스터-일 28건")
                .contains("텔레메트리 파일이 없는 클러스터-일 30건: 사용량은 완전하며")
                .contains("demo (작업 파일): 2026-11-01 ~ 2026-11-04, 2026-11-07 ~ 2026-11-30 (28일)")
                .contains("demo (텔레메트리 파일): 2026-11-01 ~ 2026-11-30 (30일)");
        int pages = pageCount(pdf);
        assertThat(text).contains("1 / " + pages, pages + " / " + pages);
        assertThat(text).contains("GPU 사용 현황 보고서 · 2026-11");
    }

    @Test
    void everyTextOfThePdfIsInTheEmbeddedKoreanFamily() throws Exception {
        // given
        givenThreeKoreanInstitutionsOnTheDemoCluster();

        // when
        assertCompleted(run(LocalDate.parse("2026-11-06")));
        assertCompleted(monthReport(NOVEMBER));

        // then: on every page, the charts' forms included, the only fonts are embedded NanumGothic subsets
        Path pdf = settings.reportDir().resolve("2026-11").resolve("gpu-usage-2026-11.pdf");
        try (PDDocument document = Loader.loadPDF(pdf.toFile())) {
            List<PDFont> fonts = new ArrayList<>();
            for (PDPage page : document.getPages()) {
                collectFonts(page.getResources(), fonts);
            }
            assertThat(fonts).isNotEmpty();
            Set<String> names = new TreeSet<>();
            for (PDFont font : fonts) {
                names.add(font.getName());
                assertThat(font.isEmbedded()).as(font.getName() + " embedded").isTrue();
                assertThat(font.getName()).as("font").matches("[A-Z]{6}\\+NanumGothic(Bold)?");
            }
            assertThat(names).anyMatch(name -> name.endsWith("+NanumGothic"));
        }
        // and the Hangul in them extracts as Hangul, not as blanks or boxes
        assertThat(PdfText.of(pdf)).contains("한빛대학교", "기관별 현황", "데이터 완전성");
    }

    @Test
    void aLongInstitutionsTableBreaksAcrossPagesWithItsHeaderRepeated() throws Exception {
        // given: 80 institutions with an allocation each
        reference("operators.csv", DemoProgram.OPERATORS);
        reference("clusters.csv", Clusters.single("big", "op", "H100", 100, "2026-01-01"));
        reference("rates.csv", DemoProgram.RATES);
        StringBuilder institutions = new StringBuilder("institution_id,institution_name,sector,region\n");
        Allocations allocations = Allocations.of();
        for (int i = 1; i <= 80; i++) {
            String id = String.format("K-%02d", i);
            institutions.append(id).append(",가나다연구소 ").append(i).append("호,RESEARCH,대전\n");
            allocations.row("A-" + i, id, "과제", "big", 1, "2026-11-01", "2026-11-30");
        }
        reference("institutions.csv", institutions.toString());
        reference("allocations.csv", allocations.csv());

        // when
        assertCompleted(run(LocalDate.parse("2026-11-03")));

        // then
        Path pdf = settings.reportDir().resolve("2026-11-03").resolve("gpu-usage-2026-11-03.pdf");
        List<String> pages = PdfText.pages(pdf);
        List<Integer> pagesWithRows = new ArrayList<>();
        for (int p = 0; p < pages.size(); p++) {
            if (pages.get(p).contains("가나다연구소")) {
                pagesWithRows.add(p);
                assertThat(pages.get(p)).as("page %d", p + 1).contains("기관별 현황").contains("순위 기관 ID 기관명 부문");
            }
            assertThat(pages.get(p)).contains((p + 1) + " / " + pages.size());
        }
        assertThat(pagesWithRows).as("pages of the institutions table").hasSizeGreaterThanOrEqualTo(2);
        String all = String.join("\n", pages);
        for (int i = 1; i <= 80; i++) {
            assertThat(all).contains(String.format("K-%02d 가나다연구소 %d호", i, i));
        }
    }

    /** What follows the label on the first line that contains it. */
    private static String row(String text, String label) {
        Matcher m = Pattern.compile("(?m)^.*?" + Pattern.quote(label) + "(.*)$").matcher(text);
        assertThat(m.find()).as("a line with " + label + " in:\n" + text).isTrue();
        return m.group(1).strip();
    }

    @Test
    void theOperatorSectionShowsTheScorecardOfTheCsvAndPointsAtWaitingDuringSelfUse() throws Exception {
        // given: SPEC.md's "Self-use and waiting" day
        givenThreeKoreanInstitutionsOnTheDemoCluster();
        inbox("jobs-demo-2026-11-07.csv", DemoProgram.HEADER_WITH_SUBMIT + """
                201|demo|P-1|kim|2026-11-07T08:00:00|2026-11-07T10:00:00|2026-11-07T12:00:00|COMPLETED|gres/gpu=4
                202|demo|op-own|ops|2026-11-07T07:00:00|2026-11-07T07:00:00|2026-11-07T10:00:00|COMPLETED|gres/gpu=8
                203|demo|P-1|lee|2026-11-07T21:00:00|Unknown|Unknown|PENDING|gres/gpu=2
                204|demo|op-own|ops|2026-11-07T22:00:00|2026-11-07T22:00:00|Unknown|RUNNING|gres/gpu=4
                """);

        // when
        assertCompleted(run(LocalDate.parse("2026-11-07")));

        // then: the row holds the CSV's figures in its order, the empty telemetry columns print nothing
        String text = PdfText.of(settings.reportDir().resolve("2026-11-07").resolve("gpu-usage-2026-11-07.pdf"));
        Map<String, String> demo = report("2026-11-07", "operators.csv").row("cluster_id", "demo");
        assertThat(row(text, "데모 클라우드 demo")).isEqualTo(String.join(" ", demo.get("capacity_gpu_hours"),
                demo.get("used_gpu_hours"), demo.get("self_use_gpu_hours"), demo.get("self_use_on_unallocated_gpu_hours"),
                demo.get("self_use_on_allocated_gpu_hours"), demo.get("self_use_krw"),
                demo.get("waiting_during_self_use_gpu_hours"), demo.get("jobs_started"), demo.get("mean_wait_hours"),
                demo.get("p90_wait_hours")));
        assertThat(demo.get("waiting_during_self_use_gpu_hours")).isEqualTo("12.00");
        // 7 of the 8 GPUs are allocated: of the 32 self-use GPU-hours only 24 fit the unallocated 1 x 24,
        // 8 ran on allocated GPUs. The reading aid, and what it points at: self-use on allocated GPUs,
        // and users who waited 12 GPU-hours while op ran its own jobs
        assertThat(demo.get("self_use_on_allocated_gpu_hours")).isEqualTo("8.00");
        assertThat(text).contains("운영사 점검", "읽는 법",
                "• demo (데모 클라우드): 할당분 자체 사용 8.00 GPU-시간, 자체 사용 중 대기 12.00 GPU-시간");
    }

    @Test
    void aReportScopedToOneOperatorSaysSoAndShowsNothingOfAnother() throws Exception {
        // given: the demo cluster (operator op) and utc1 (operator op2), 세종시청 allocated on utc1 only
        givenThreeKoreanInstitutionsOnTheDemoCluster();
        reference("clusters.csv", DemoProgram.CLUSTERS);
        reference("allocations.csv", Allocations.of()
                .row("P-1", "I-1", "거대언어모델 연구", "demo", 4, "2026-11-01", "2026-11-30")
                .row("U-1", "I-4", "민원 분석", "utc1", 2, "2026-11-01", "2026-11-30")
                .csv());
        assertCompleted(run(LocalDate.parse("2026-11-06")));

        // when
        PeriodReport figures = query.load(Period.month(NOVEMBER), "op2");
        Path folder = Files.createDirectories(settings.reportDir().resolve("op2-2026-11"));
        pdfWriter.write(figures, folder);

        // then
        String text = PdfText.of(folder.resolve("gpu-usage-2026-11.pdf"));
        assertThat(text).contains("운영사 op2 전용", "utc1", "I-4 세종시청")
                .doesNotContain("한빛대학교", "demo ", "grow", "사업 전체");
    }

    private static void collectFonts(PDResources resources, List<PDFont> fonts) throws IOException {
        if (resources == null) {
            return;
        }
        for (COSName name : resources.getFontNames()) {
            fonts.add(resources.getFont(name));
        }
        for (COSName name : resources.getXObjectNames()) {
            PDXObject xObject = resources.getXObject(name);
            if (xObject instanceof PDFormXObject form) {
                collectFonts(form.getResources(), fonts);
            }
        }
    }

    private static int pageCount(Path pdf) throws IOException {
        try (PDDocument document = Loader.loadPDF(pdf.toFile())) {
            return document.getNumberOfPages();
        }
    }

    /** The first line of the text that starts with the label, with the label cut off. */
    private static String line(String text, String label) {
        Matcher m = Pattern.compile("(?m)^" + Pattern.quote(label) + "(.*)$").matcher(text);
        assertThat(m.find()).as("a line starting with " + label + " in:\n" + text).isTrue();
        return m.group(1).strip();
    }
}
