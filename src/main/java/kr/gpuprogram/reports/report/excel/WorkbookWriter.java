package kr.gpuprogram.reports.report.excel;

import static kr.gpuprogram.reports.figures.GpuHours.percent;

import java.io.IOException;
import java.io.OutputStream;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import kr.gpuprogram.reports.ReportSettings;
import kr.gpuprogram.reports.figures.GpuHours;
import kr.gpuprogram.reports.report.MissingDays;
import kr.gpuprogram.reports.report.PeriodFigures;
import kr.gpuprogram.reports.report.PeriodFigures.ClusterRow;
import kr.gpuprogram.reports.report.PeriodFigures.DayTotals;
import kr.gpuprogram.reports.report.PeriodFigures.InstitutionRow;
import kr.gpuprogram.reports.report.PeriodFigures.MissingRow;
import kr.gpuprogram.reports.report.PeriodFigures.ReclaimRow;
import kr.gpuprogram.reports.report.PeriodFigures.RejectRow;
import kr.gpuprogram.reports.report.PeriodFigures.SectorRow;
import kr.gpuprogram.reports.report.ReportPart;
import kr.gpuprogram.reports.report.excel.DailyDetailQuery.DetailRow;
import kr.gpuprogram.reports.report.excel.WorkbookStyles.Kind;
import org.apache.poi.ss.SpreadsheetVersion;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/**
 * The period's workbook {@code gpu-usage-<period>.xlsx}: the figures of the CSV extracts as a
 * person reads them (see docs/workbook.md for sheets and headers). Every figure is a number
 * cell rounded as the CSV extract rounds it: GPU-hours to 2 decimals, KRW whole, percentages
 * stored as fractions (0.2083) shown as {@code 0.00%}. Written with SXSSF so that the Daily
 * detail of a month of a large program streams from the database to the file.
 */
@Component
@Order(2)
public class WorkbookWriter implements ReportPart {

    static final String SUMMARY = "Summary";
    static final String CLUSTERS = "Clusters";
    static final String INSTITUTIONS = "Institutions";
    static final String SECTORS = "Sectors";
    static final String RECLAIM = "Reclaim";
    static final String DAILY_DETAIL = "Daily detail";
    static final String REJECTS = "Rejects";
    static final String PROVENANCE = "Provenance";

    /** Rows SXSSF keeps in memory per sheet before flushing them to its temporary file. */
    private static final int ROW_WINDOW = 200;

    static final List<Column> CLUSTER_COLUMNS = List.of(
            Column.text("클러스터", "Cluster"),
            Column.text("운영사", "Operator"),
            Column.text("GPU 모델", "GPU model"),
            Column.hours("용량 GPU-시간", "Capacity GPU-h"),
            Column.hours("할당 GPU-시간", "Allocated GPU-h"),
            Column.hours("사용 GPU-시간", "Used GPU-h"),
            Column.hours("미귀속 사용 GPU-시간", "Unattributed GPU-h"),
            Column.hours("미할당 GPU-시간", "Unallocated GPU-h"),
            Column.hours("할당 유휴 GPU-시간", "Allocated idle GPU-h"),
            Column.hours("유휴 GPU-시간", "Idle GPU-h"),
            Column.hours("활성 유휴 GPU-시간", "Active idle GPU-h"),
            Column.of(Kind.PERCENT, "가동률", "Utilization"),
            Column.hours("초과 할당 GPU-시간", "Over-allocated GPU-h"),
            Column.of(Kind.PERCENT, "평균 GPU 사용률", "Mean GPU util"));

    static final List<Column> INSTITUTION_COLUMNS = List.of(
            Column.text("기관 ID", "Institution ID"),
            Column.text("기관명", "Institution"),
            Column.text("부문", "Sector"),
            Column.hours("할당 GPU-시간", "Allocated GPU-h"),
            Column.hours("사용 GPU-시간", "Used GPU-h"),
            Column.hours("할당 유휴 GPU-시간", "Allocated idle GPU-h"),
            Column.hours("활성 유휴 GPU-시간", "Active idle GPU-h"),
            Column.of(Kind.PERCENT, "할당 대비 사용률", "Allocation utilization"),
            Column.of(Kind.INTEGER, "작업 수", "Jobs"),
            Column.of(Kind.KRW, "할당 지원액(원)", "Allocated KRW"),
            Column.of(Kind.KRW, "사용 지원액(원)", "Used KRW"),
            Column.hours("초과 사용 GPU-시간", "Over-use GPU-h"),
            Column.of(Kind.PERCENT, "평균 GPU 사용률", "Mean GPU util"));

    static final List<Column> SECTOR_COLUMNS = List.of(
            Column.text("부문", "Sector"),
            Column.text("부문명", "Sector name"),
            Column.of(Kind.INTEGER, "기관 수", "Institutions"),
            Column.hours("할당 GPU-시간", "Allocated GPU-h"),
            Column.hours("사용 GPU-시간", "Used GPU-h"),
            Column.of(Kind.PERCENT, "할당 대비 사용률", "Allocation utilization"),
            Column.of(Kind.KRW, "할당 지원액(원)", "Allocated KRW"),
            Column.of(Kind.KRW, "사용 지원액(원)", "Used KRW"));

    static final List<Column> RECLAIM_COLUMNS = List.of(
            Column.text("할당 ID", "Allocation ID"),
            Column.text("기관 ID", "Institution ID"),
            Column.text("기관명", "Institution"),
            Column.text("클러스터", "Cluster"),
            Column.of(Kind.INTEGER, "기간 일수", "Window days"),
            Column.hours("기간 할당 GPU-시간", "Window allocated GPU-h"),
            Column.hours("기간 사용 GPU-시간", "Window used GPU-h"),
            Column.hours("기간 유휴 GPU-시간", "Window idle GPU-h"),
            Column.of(Kind.KRW, "유휴 금액(원)", "Window idle KRW"),
            Column.of(Kind.INTEGER, "연속 미사용 일수", "Zero-use streak days"),
            Column.of(Kind.INTEGER, "파일 누락 일수", "Window missing days"));

    static final List<Column> DAILY_DETAIL_COLUMNS = List.of(
            Column.of(Kind.DATE, "날짜", "Day"),
            Column.text("할당 ID", "Allocation ID"),
            Column.text("기관 ID", "Institution ID"),
            Column.text("기관명", "Institution"),
            Column.text("부문", "Sector"),
            Column.text("클러스터", "Cluster"),
            Column.text("운영사", "Operator"),
            Column.hours("할당 GPU-시간", "Allocated GPU-h"),
            Column.hours("사용 GPU-시간", "Used GPU-h"),
            Column.hours("할당 유휴 GPU-시간", "Allocated idle GPU-h"),
            Column.hours("초과 사용 GPU-시간", "Over-use GPU-h"),
            Column.hours("활성 유휴 GPU-시간", "Active idle GPU-h"),
            Column.of(Kind.PERCENT, "할당 대비 사용률", "Allocation utilization"),
            Column.of(Kind.KRW, "단가(원/GPU-시간)", "Rate KRW per GPU-h"),
            Column.of(Kind.KRW, "할당 지원액(원)", "Allocated KRW"),
            Column.of(Kind.KRW, "사용 지원액(원)", "Used KRW"));

    static final List<Column> REJECT_COLUMNS = List.of(
            Column.text("파일", "File"),
            Column.of(Kind.INTEGER, "줄", "Line"),
            Column.text("사유", "Reason"),
            Column.text("내용", "Content"));

    static final List<Column> PROVENANCE_COLUMNS = List.of(
            Column.text("종류", "Kind"),
            Column.text("파일", "File"),
            Column.of(Kind.INTEGER, "크기(바이트)", "Size (bytes)"),
            Column.text("SHA-256", "SHA-256"),
            Column.text("인코딩", "Encoding"),
            Column.of(Kind.INTEGER, "읽은 줄", "Lines read"),
            Column.of(Kind.INTEGER, "사용 줄", "Lines used"),
            Column.of(Kind.INTEGER, "미시작 작업 줄", "Never started"),
            Column.of(Kind.INTEGER, "작업 단계 줄", "Job step lines"),
            Column.of(Kind.INTEGER, "거부 줄", "Lines rejected"),
            Column.text("상태", "Status"));

    static final List<Column> SUMMARY_COLUMNS = List.of(
            Column.text("항목", "Figure"),
            Column.text("값", "Value"),
            Column.text("단위", "Unit"));

    static final List<Column> DAILY_TOTAL_COLUMNS = List.of(
            Column.of(Kind.DATE, "날짜", "Day"),
            Column.hours("용량 GPU-시간", "Capacity GPU-h"),
            Column.hours("할당 GPU-시간", "Allocated GPU-h"),
            Column.hours("사용 GPU-시간", "Used GPU-h"),
            Column.of(Kind.PERCENT, "가동률", "Utilization"));

    static final List<Column> MISSING_COLUMNS = List.of(
            Column.text("클러스터", "Cluster"),
            Column.text("파일 종류", "File kind"),
            Column.of(Kind.INTEGER, "일수", "Days"),
            Column.text("날짜", "Dates"));

    static final Map<String, String> SECTOR_NAMES = Map.of(
            "INDUSTRY", "산업", "ACADEMIA", "학계", "RESEARCH", "연구", "PUBLIC", "공공");

    private final DailyDetailQuery dailyDetail;
    private final ReportSettings settings;

    public WorkbookWriter(DailyDetailQuery dailyDetail, ReportSettings settings) {
        this.dailyDetail = dailyDetail;
        this.settings = settings;
    }

    public static String fileName(String periodName) {
        return "gpu-usage-" + periodName + ".xlsx";
    }

    @Override
    public void write(PeriodFigures figures, Path folder) throws IOException {
        Path file = folder.resolve(fileName(figures.period().name()));
        SXSSFWorkbook workbook = new SXSSFWorkbook(ROW_WINDOW);
        try {
            workbook.setCompressTempFiles(true);
            WorkbookStyles styles = new WorkbookStyles(workbook);
            SummaryLayout summary = writeSummary(figures, new SheetWriter(workbook.createSheet(SUMMARY), styles));
            writeClusters(figures, new SheetWriter(workbook.createSheet(CLUSTERS), styles));
            writeInstitutions(figures, new SheetWriter(workbook.createSheet(INSTITUTIONS), styles));
            writeSectors(figures, new SheetWriter(workbook.createSheet(SECTORS), styles));
            writeReclaim(figures, new SheetWriter(workbook.createSheet(RECLAIM), styles));
            int operatorsHeader = OperatorsSheet.write(figures,
                    new SheetWriter(workbook.createSheet(OperatorsSheet.NAME), styles));
            writeDailyDetail(figures, workbook, styles);
            writeRejects(figures, new SheetWriter(workbook.createSheet(REJECTS), styles));
            writeProvenance(figures, new SheetWriter(workbook.createSheet(PROVENANCE), styles));
            SummaryCharts.draw(workbook.getXSSFWorkbook().getSheet(SUMMARY), figures, summary);
            OperatorsSheet.drawCharts(workbook.getXSSFWorkbook().getSheet(OperatorsSheet.NAME), figures, operatorsHeader);
            ReproducibleWorkbook.fixMetadata(workbook.getXSSFWorkbook(), figures.period());
            try (OutputStream out = Files.newOutputStream(file)) {
                workbook.write(out);
            }
        } finally {
            workbook.close();
            workbook.dispose();
        }
    }

    /** Where the Summary's daily totals sit, for the line chart's references. */
    record SummaryLayout(int dailyHeaderRow, int dailyRows) {
    }

    private SummaryLayout writeSummary(PeriodFigures figures, SheetWriter out) {
        WorkbookStyles styles = stylesOf(out);
        out.row().styled("GPU 지원사업 사용 현황 / GPU support program usage", styles.title);
        var period = figures.period();
        String span = period.isSingleDay() ? period.from().toString()
                : period.from() + " ~ " + period.to() + " (" + period.days() + "일 / days)";
        // Period, scope and notes run over the empty cells to their right: they do not size columns.
        out.row().text("기간 / Period").styled(span, styles.note);
        out.row().text("범위 / Scope").styled(figures.operatorScope() == null ? "사업 전체 / Whole program"
                : "운영사 / Operator " + figures.operatorScope(), styles.note);
        out.skipRows(1);

        ClusterRow total = figures.programTotals();
        long institutionsAllocated = 0;
        long institutionsUsed = 0;
        long jobs = 0;
        BigDecimal allocatedKrw = BigDecimal.ZERO;
        BigDecimal usedKrw = BigDecimal.ZERO;
        for (InstitutionRow i : figures.institutions()) {
            institutionsAllocated += i.allocatedGs();
            institutionsUsed += i.usedGs();
            jobs += i.jobs();
            allocatedKrw = add(allocatedKrw, i.allocatedKrw());
            usedKrw = add(usedKrw, i.usedKrw());
        }
        int header = out.header(SUMMARY_COLUMNS);
        out.freezeAbove(header + 1);
        String gpuHours = "GPU-시간 / GPU-h";
        String won = "원 / KRW";
        out.row().text("용량 / Capacity").hours(total.capacityGs()).styled(gpuHours, styles.unit);
        out.row().text("할당 / Allocated").hours(total.allocatedGs()).styled(gpuHours, styles.unit);
        out.row().text("사용 / Used").hours(total.usedGs()).styled(gpuHours, styles.unit);
        out.row().text("  미귀속 사용 / of which unattributed").hours(total.unattributedGs()).styled(gpuHours, styles.unit);
        out.row().text("미할당 / Unallocated").hours(total.unallocatedGs()).styled(gpuHours, styles.unit);
        out.row().text("유휴 / Idle").hours(total.idleGs()).styled(gpuHours, styles.unit);
        out.row().text("할당 유휴 / Allocated idle").hours(total.allocatedIdleGs()).styled(gpuHours, styles.unit);
        activeIdle(out.row().text("활성 유휴 / Active idle"), total.measured(), total.activeIdleGs()).styled(gpuHours, styles.unit);
        out.row().text("가동률 / Utilization").percent(percent(total.usedGs(), total.capacityGs())).styled("사용 ÷ 용량 / used ÷ capacity", styles.unit);
        out.row().text("할당 대비 사용률 / Allocation utilization")
                .percent(percent(institutionsUsed, institutionsAllocated)).styled("할당 사용 ÷ 할당 / used ÷ allocated", styles.unit);
        out.row().text("할당 지원액 / Allocated support").krw(allocatedKrw).styled(won, styles.unit);
        out.row().text("사용 지원액 / Used support").krw(usedKrw).styled(won, styles.unit);
        out.row().text("클러스터 / Clusters").integer(figures.clusters().size()).styled("개 / count", styles.unit);
        out.row().text("기관 / Institutions").integer(figures.institutions().size()).styled("개 / count", styles.unit);
        out.row().text("작업 / Jobs").integer(jobs).styled("건 / count", styles.unit);
        out.row().text("회수 후보 / Reclaim candidates").integer(figures.reclaimCandidates().size()).styled("건 / count", styles.unit);
        out.row().text("확인 불가 회수 후보 / Unverified (job files missing)").integer(figures.reclaimUnverified().size())
                .styled("건 / count", styles.unit);
        out.row().text("거부된 입력 줄 / Rejected input lines").integer(figures.rejects().size()).styled("줄 / lines", styles.unit);
        out.skipRows(1);

        out.row().styled("데이터 완전성 / Data completeness", styles.subtitle);
        List<MissingRow> missing = figures.missing();
        if (missing.isEmpty()) {
            out.row().styled("모든 운영 클러스터-일의 파일이 있습니다 / Every in-service cluster-day has its files.", styles.note);
        } else {
            out.row().styled("잠정 / PROVISIONAL: 파일이 없는 날이 있어 수치가 바뀔 수 있습니다 / "
                    + "files are missing, so these figures may change.", styles.note);
            out.row().styled("파일이 없는 클러스터-일 " + missing.size() + "건 (아래 목록): 사용량 0은 유휴가 아니라 자료 누락일 수 있습니다.",
                    styles.note);
            out.row().styled(missing.size() + " cluster-days without a file (listed below): zero use there may be missing data, "
                    + "not idleness.", styles.note);
        }
        if (!figures.reclaimUnverified().isEmpty()) {
            out.row().styled("회수 판단 구간에 작업 파일이 없는 할당 " + figures.reclaimUnverified().size()
                    + "건은 후보가 아니라 확인 불가로 따로 표시합니다 (Reclaim 시트).", styles.note);
            out.row().styled(figures.reclaimUnverified().size() + " allocation(s) whose reclaim window lacks job files are "
                    + "shown apart as unverified, not as candidates (Reclaim sheet).", styles.note);
        }
        out.skipRows(1);

        int dailyHeader = -1;
        List<DayTotals> days = figures.days();
        if (!period.isSingleDay()) {
            out.row().styled("일별 합계 / Daily totals", styles.subtitle);
            dailyHeader = out.header(DAILY_TOTAL_COLUMNS);
            for (DayTotals d : days) {
                out.row().date(d.day()).hours(d.capacityGs()).hours(d.allocatedGs()).hours(d.usedGs())
                        .percent(percent(d.usedGs(), d.capacityGs()));
            }
            out.table(dailyHeader, dailyHeader + days.size(), 0, DAILY_TOTAL_COLUMNS.size() - 1);
            out.skipRows(1);
        }

        if (!missing.isEmpty()) {
            out.row().styled("파일이 없는 클러스터-일 / Cluster-days without a file", styles.subtitle);
            out.header(MISSING_COLUMNS);
            for (MissingDays group : MissingDays.group(missing)) {
                out.row().text(group.clusterId()).text(group.kind()).integer(group.days()).text(group.ranges());
            }
        }
        out.measure(1, 14);
        out.measure(2, 14);
        out.sizeColumns();
        out.printLandscapeOnePageWide(-1);
        return new SummaryLayout(dailyHeader, days.size());
    }

    private void writeClusters(PeriodFigures figures, SheetWriter out) {
        int header = out.header(CLUSTER_COLUMNS);
        for (ClusterRow c : figures.clusters()) {
            clusterCells(out.row().text(c.clusterId()).text(c.operatorId()).text(c.gpuModel()), c);
        }
        out.table(header, header + figures.clusters().size(), 0, CLUSTER_COLUMNS.size() - 1);
        clusterCells(out.totalsRow().text("합계 / Total").blank().blank(), figures.programTotals());
        finishTable(out, header);
    }

    private static void clusterCells(SheetWriter out, ClusterRow c) {
        out.hours(c.capacityGs()).hours(c.allocatedGs()).hours(c.usedGs()).hours(c.unattributedGs())
                .hours(c.unallocatedGs()).hours(c.allocatedIdleGs()).hours(c.idleGs());
        activeIdle(out, c.measured(), c.activeIdleGs())
                .percent(percent(c.usedGs(), c.capacityGs())).hours(c.overAllocatedGs())
                .percent(GpuHours.mean(c.utilSum(), c.utilSamples()));
    }

    private void writeInstitutions(PeriodFigures figures, SheetWriter out) {
        int header = out.header(INSTITUTION_COLUMNS);
        long[] sums = new long[9];
        BigDecimal allocatedKrw = BigDecimal.ZERO;
        BigDecimal usedKrw = BigDecimal.ZERO;
        for (InstitutionRow i : figures.institutions()) {
            out.row().text(i.institutionId()).text(i.institutionName()).text(i.sector());
            institutionCells(out, i.allocatedGs(), i.usedGs(), i.allocatedIdleGs(), i.activeIdleGs(), i.jobs(),
                    i.allocatedKrw(), i.usedKrw(), i.overUseGs(), i.utilSum(), i.utilSamples(), i.measured());
            sums[8] += i.telemetryDays();
            sums[0] += i.allocatedGs();
            sums[1] += i.usedGs();
            sums[2] += i.allocatedIdleGs();
            sums[3] += i.activeIdleGs();
            sums[4] += i.jobs();
            sums[5] += i.overUseGs();
            sums[6] += i.utilSum();
            sums[7] += i.utilSamples();
            allocatedKrw = add(allocatedKrw, i.allocatedKrw());
            usedKrw = add(usedKrw, i.usedKrw());
        }
        out.table(header, header + figures.institutions().size(), 0, INSTITUTION_COLUMNS.size() - 1);
        out.totalsRow().text("합계 / Total").blank().blank();
        institutionCells(out, sums[0], sums[1], sums[2], sums[3], sums[4], allocatedKrw, usedKrw, sums[5], sums[6], sums[7],
                sums[8] > 0);
        finishTable(out, header);
    }

    private static void institutionCells(SheetWriter out, long allocatedGs, long usedGs, long allocatedIdleGs,
                                         long activeIdleGs, long jobs, BigDecimal allocatedKrw, BigDecimal usedKrw,
                                         long overUseGs, long utilSum, long utilSamples, boolean measured) {
        activeIdle(out.hours(allocatedGs).hours(usedGs).hours(allocatedIdleGs), measured, activeIdleGs)
                .percent(percent(usedGs, allocatedGs)).integer(jobs).krw(allocatedKrw).krw(usedKrw)
                .hours(overUseGs).percent(GpuHours.mean(utilSum, utilSamples));
    }

    /** Active idle is a measurement: without telemetry the cell is empty, never 0. */
    private static SheetWriter activeIdle(SheetWriter out, boolean measured, long activeIdleGs) {
        return measured ? out.hours(activeIdleGs) : out.blank();
    }

    private void writeSectors(PeriodFigures figures, SheetWriter out) {
        int header = out.header(SECTOR_COLUMNS);
        int institutions = 0;
        long allocatedGs = 0;
        long usedGs = 0;
        BigDecimal allocatedKrw = BigDecimal.ZERO;
        BigDecimal usedKrw = BigDecimal.ZERO;
        for (SectorRow s : figures.sectors()) {
            out.row().text(s.sector()).text(SECTOR_NAMES.getOrDefault(s.sector(), "")).integer(s.institutions())
                    .hours(s.allocatedGs()).hours(s.usedGs()).percent(percent(s.usedGs(), s.allocatedGs()))
                    .krw(s.allocatedKrw()).krw(s.usedKrw());
            institutions += s.institutions();
            allocatedGs += s.allocatedGs();
            usedGs += s.usedGs();
            allocatedKrw = add(allocatedKrw, s.allocatedKrw());
            usedKrw = add(usedKrw, s.usedKrw());
        }
        out.table(header, header + figures.sectors().size(), 0, SECTOR_COLUMNS.size() - 1);
        out.totalsRow().text("합계 / Total").blank().integer(institutions).hours(allocatedGs).hours(usedGs)
                .percent(percent(usedGs, allocatedGs)).krw(allocatedKrw).krw(usedKrw);
        finishTable(out, header);
    }

    private void writeReclaim(PeriodFigures figures, SheetWriter out) {
        Map<String, String> names = new HashMap<>();
        for (InstitutionRow i : figures.institutions()) {
            names.put(i.institutionId(), i.institutionName());
        }
        int header = reclaimTable(out, figures.reclaimCandidates(), names, true);
        out.skipRows(1);
        // idleness not measured on every day of the window is never a candidate: shown apart
        out.row().styled("확인 불가: 구간에 작업 파일이 없는 날이 있는 할당 / Unverified: job files missing in the window",
                out.styles().subtitle);
        reclaimTable(out, figures.reclaimUnverified(), names, false);
        out.skipRows(1);
        out.row().styled(figures.period().to() + " 기준: 시작 후 " + settings.reclaimMinAgeDays() + "일 이상 지났고 최근 "
                + settings.reclaimWindowDays() + "일 사용률이 " + settings.reclaimThresholdPct().toPlainString()
                + "% 미만인 할당", out.styles().note);
        out.row().styled("As of " + figures.period().to() + ": allocations started at least " + settings.reclaimMinAgeDays()
                + " days ago that used under " + settings.reclaimThresholdPct().toPlainString() + "% of the last "
                + settings.reclaimWindowDays() + " days.", out.styles().note);
        finishTable(out, header);
    }

    /** A sheet has one filter: the candidates' table gets it. */
    private static int reclaimTable(SheetWriter out, List<ReclaimRow> rows, Map<String, String> names, boolean filtered) {
        int header = out.header(RECLAIM_COLUMNS);
        long allocatedGs = 0;
        long usedGs = 0;
        long idleGs = 0;
        BigDecimal idleKrw = BigDecimal.ZERO;
        for (ReclaimRow r : rows) {
            out.row().text(r.allocationId()).text(r.institutionId()).text(names.getOrDefault(r.institutionId(), ""))
                    .text(r.clusterId()).integer(r.windowDays()).hours(r.allocatedGs()).hours(r.usedGs())
                    .hours(r.idleGs()).krw(r.idleKrw()).integer(r.zeroUseStreakDays()).integer(r.windowMissingDays());
            allocatedGs += r.allocatedGs();
            usedGs += r.usedGs();
            idleGs += r.idleGs();
            idleKrw = add(idleKrw, r.idleKrw());
        }
        if (filtered) {
            out.table(header, header + rows.size(), 0, RECLAIM_COLUMNS.size() - 1);
        }
        out.totalsRow().text("합계 / Total").blank().blank().blank().blank().hours(allocatedGs).hours(usedGs)
                .hours(idleGs).krw(idleKrw).blank().blank();
        return header;
    }

    private void writeDailyDetail(PeriodFigures figures, SXSSFWorkbook workbook, WorkbookStyles styles) {
        int maxRows = SpreadsheetVersion.EXCEL2007.getMaxRows();
        SheetWriter[] current = {startDetailSheet(workbook, styles, DAILY_DETAIL)};
        int[] part = {1};
        dailyDetail.forEach(figures.period(), figures.operatorScope(), (DetailRow d) -> {
            SheetWriter out = current[0];
            if (out.nextRow() == maxRows) {
                finishDetailSheet(out);
                part[0]++;
                out = startDetailSheet(workbook, styles, DAILY_DETAIL + " (" + part[0] + ")");
                current[0] = out;
            }
            BigDecimal util = percent(d.usedGs(), d.allocatedGs());
            out.row().date(d.day()).text(d.allocationId()).text(d.institutionId()).text(d.institutionName())
                    .text(d.sector()).text(d.clusterId()).text(d.operatorId()).hours(d.allocatedGs())
                    .hours(d.usedGs()).hours(d.allocatedIdleGs()).hours(d.overUseGs()).hours(d.activeIdleGs())
                    .percent(util).number(d.krwPerGpuHour(), Kind.KRW).krw(d.allocatedKrw()).krw(d.usedKrw());
        });
        finishDetailSheet(current[0]);
    }

    private static SheetWriter startDetailSheet(SXSSFWorkbook workbook, WorkbookStyles styles, String name) {
        SheetWriter out = new SheetWriter(workbook.createSheet(name), styles);
        out.header(DAILY_DETAIL_COLUMNS);
        return out;
    }

    private static void finishDetailSheet(SheetWriter out) {
        out.table(0, out.nextRow() - 1, 0, DAILY_DETAIL_COLUMNS.size() - 1);
        finishTable(out, 0);
    }

    private void writeRejects(PeriodFigures figures, SheetWriter out) {
        int header = out.header(REJECT_COLUMNS);
        for (RejectRow r : figures.rejects()) {
            out.row().text(r.file()).integer(r.lineNo()).text(r.reason()).text(r.content());
        }
        out.table(header, header + figures.rejects().size(), 0, REJECT_COLUMNS.size() - 1);
        finishTable(out, header);
    }

    /** The inputs the period's figures came from: reference files and inbox files, with size and checksum. */
    private void writeProvenance(PeriodFigures figures, SheetWriter out) {
        int header = out.header(PROVENANCE_COLUMNS);
        for (PeriodFigures.ProvenanceRow p : figures.provenance()) {
            SheetWriter row = out.row().text(p.kind()).text(p.name()).integer(p.sizeBytes()).text(p.sha256())
                    .text(p.encoding() == null ? "" : p.encoding());
            for (Integer lines : new Integer[] {p.linesRead(), p.linesUsed(), p.linesNotStarted(), p.linesStep(),
                    p.linesRejected()}) {
                if (lines == null) {
                    row.blank();
                } else {
                    row.integer(lines);
                }
            }
            row.text(p.status());
        }
        out.table(header, header + figures.provenance().size(), 0, PROVENANCE_COLUMNS.size() - 1);
        finishTable(out, header);
    }

    /** Freezes the header row, sizes the columns, prints one page wide with the header on every page. */
    private static void finishTable(SheetWriter out, int header) {
        out.freezeAbove(header + 1);
        out.sizeColumns();
        out.printLandscapeOnePageWide(header);
    }

    private static WorkbookStyles stylesOf(SheetWriter out) {
        return out.styles();
    }

    private static BigDecimal add(BigDecimal a, BigDecimal b) {
        return b == null ? a : a.add(b);
    }
}
