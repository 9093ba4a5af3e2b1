package kr.gpuprogram.reports.report.pdf;

import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import kr.gpuprogram.reports.ReportSettings;
import kr.gpuprogram.reports.report.Period;
import kr.gpuprogram.reports.report.PeriodReport;
import kr.gpuprogram.reports.report.PeriodReport.ClusterRow;
import kr.gpuprogram.reports.report.PeriodReport.DayTotals;
import kr.gpuprogram.reports.report.PeriodReport.InstitutionRow;
import kr.gpuprogram.reports.report.PeriodReport.MissingRow;
import kr.gpuprogram.reports.report.PeriodReport.ReclaimRow;
import kr.gpuprogram.reports.report.PeriodReport.RejectRow;
import net.sf.jasperreports.engine.JasperPrint;

/**
 * On-demand check, not a unit test: the month PDF of a large synthetic program (400
 * institutions, 30 clusters, 30 days), with the time it takes and its page count.
 * {@code mvn -o -q test-compile exec:java} is not set up; run it from the IDE or with
 * {@code java -cp target/classes:target/test-classes:$(cat cp.txt) kr.gpuprogram.reports.report.pdf.LargeProgramPdfCheck [out-dir]}.
 */
public final class LargeProgramPdfCheck {

    private static final String[] NAMES = {"대학교", "연구원", "(주)에이아이", "테크놀로지(주)", "과학기술원", "시청", "병원", "바이오(주)"};

    private LargeProgramPdfCheck() {
    }

    public static void main(String[] args) throws Exception {
        Path out = Path.of(args.length > 0 ? args[0] : "target/large-program");
        Files.createDirectories(out);
        PeriodReport figures = figures(new Random(42));
        ReportSettings settings = ReportSettings.defaults(java.nio.file.Path.of("sample-data"), out, java.nio.file.Path.of("var"));
        PdfReportWriter writer = new PdfReportWriter(settings, "국가 AI 컴퓨팅 GPU 지원사업", Clock.systemUTC());
        for (int run = 1; run <= 2; run++) {
            long started = System.nanoTime();
            writer.write(figures, out);
            long ms = (System.nanoTime() - started) / 1_000_000;
            JasperPrint print = writer.render(figures);
            System.out.printf("run %d: %s, %d pages, %d ms (%s)%n", run, PdfReportWriter.fileName(figures),
                    print.getPages().size(), ms, run == 1 ? "templates compiled in this run" : "templates cached");
        }
    }

    static PeriodReport figures(Random random) {
        YearMonth month = YearMonth.parse("2026-11");
        Period period = Period.month(month);
        long day = 24 * 3600L;
        List<ClusterRow> clusters = new ArrayList<>();
        for (int c = 1; c <= 30; c++) {
            long gpus = 8L * (1 + random.nextInt(64));
            long capacity = gpus * day * 30;
            long allocated = capacity * (50 + random.nextInt(50)) / 100;
            long used = allocated * random.nextInt(100) / 100;
            clusters.add(new ClusterRow(String.format("cluster-%02d", c), "op-" + (c % 5), c % 2 == 0 ? "H100" : "B200",
                    capacity, allocated, used, used / 50, capacity - allocated, 0, allocated - used, capacity - used,
                    used / 20, 0, 0, 30));
        }
        List<InstitutionRow> institutions = new ArrayList<>();
        for (int i = 1; i <= 400; i++) {
            long allocated = (1 + random.nextInt(16)) * day * 30;
            long used = allocated * random.nextInt(100) / 100;
            institutions.add(new InstitutionRow(String.format("INST-%04d", i), "한국" + NAMES[i % NAMES.length] + " 제" + i + "센터",
                    kr.gpuprogram.reports.report.Sector.values()[i % 4], allocated, used, allocated - used, 0, used / 20, 0, 0, random.nextInt(500),
                    BigDecimal.valueOf(allocated * 3000 / 3600), BigDecimal.valueOf(used * 3000 / 3600), 30));
        }
        List<ReclaimRow> reclaim = new ArrayList<>();
        for (int r = 1; r <= 40; r++) {
            long allocated = 14 * day * (1 + random.nextInt(8));
            reclaim.add(new ReclaimRow("AL-" + r, String.format("INST-%04d", r * 7), "cluster-0" + (r % 9 + 1), 14,
                    allocated, allocated / 10, allocated - allocated / 10, BigDecimal.valueOf(allocated), r % 14, r % 5 == 0 ? 2 : 0,
                    r % 5 == 0 ? ReclaimRow.UNVERIFIED : ReclaimRow.CANDIDATE));
        }
        List<MissingRow> missing = new ArrayList<>();
        for (int c = 1; c <= 30; c += 3) {
            for (int d = 1; d <= 30; d += 1 + random.nextInt(6)) {
                missing.add(new MissingRow(String.format("cluster-%02d", c), month.atDay(d), "jobs"));
            }
        }
        List<RejectRow> rejects = List.of(new RejectRow("jobs-cluster-01-2026-11-03.csv", 7, "malformed", "x"));
        List<DayTotals> days = new ArrayList<>();
        long capacity = clusters.stream().mapToLong(ClusterRow::capacityGs).sum() / 30;
        for (LocalDate d = period.from(); !d.isAfter(period.to()); d = d.plusDays(1)) {
            days.add(new DayTotals(d, capacity, capacity * 7 / 10, capacity * (30 + random.nextInt(40)) / 100));
        }
        return new PeriodReport(period, null, clusters, institutions,
                kr.gpuprogram.reports.report.PeriodReportQueryAccess.sectors(institutions), reclaim, missing, kr.gpuprogram.reports.report.Rejects.listed(rejects), days,
                java.util.List.of(), java.util.List.of());
    }
}
