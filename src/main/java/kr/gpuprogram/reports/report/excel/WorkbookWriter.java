package kr.gpuprogram.reports.report.excel;

import static kr.gpuprogram.reports.figures.GpuHours.percent;

import java.io.IOException;
import java.io.OutputStream;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;
import kr.gpuprogram.reports.ReportSettings;
import kr.gpuprogram.reports.report.GroupedNumbers;
import kr.gpuprogram.reports.report.PeriodReport;
import kr.gpuprogram.reports.report.PeriodReport.ClusterRow;
import kr.gpuprogram.reports.report.PeriodReport.InstitutionRow;
import kr.gpuprogram.reports.report.PeriodReport.RejectRow;
import kr.gpuprogram.reports.report.PeriodReport.SectorRow;
import kr.gpuprogram.reports.report.ReportColumn;
import kr.gpuprogram.reports.report.ReportPart;
import kr.gpuprogram.reports.report.ReportTables;
import kr.gpuprogram.reports.report.Term;
import kr.gpuprogram.reports.report.Wording;
import kr.gpuprogram.reports.report.DailyDetail;
import kr.gpuprogram.reports.report.Measured;
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
class WorkbookWriter implements ReportPart {

    @Override
    public boolean streamsFromSnapshot() {
        return true;
    }

    static final String CLUSTERS = "Clusters";
    static final String INSTITUTIONS = "Institutions";
    static final String SECTORS = "Sectors";
    static final String DAILY_DETAIL = "Daily detail";
    static final String REJECTS = "Rejects";
    static final String PROVENANCE = "Provenance";

    /**
     * A person reads a few thousand rejected lines, not the million of one damaged export, and
     * the workbook goes out by mail: the rest are counted, and listed in rejects.csv.
     */
    static final int REJECT_ROWS_SHOWN = 10_000;

    /** Rows SXSSF keeps in memory per sheet before flushing them to its temporary file. */
    private static final int ROW_WINDOW = 200;

    static final List<Column> CLUSTER_COLUMNS = withShare(ReportTables.CLUSTERS);
    static final List<Column> INSTITUTION_COLUMNS = withShare(ReportTables.INSTITUTIONS);

    static final List<Column> SECTOR_COLUMNS = sectorColumns();

    static final List<Column> DAILY_DETAIL_COLUMNS = List.of(
            Column.of(Kind.DATE, Term.DAY),
            Column.text(Term.ALLOCATION_ID),
            Column.text(Term.INSTITUTION_ID),
            Column.text(Term.INSTITUTION),
            Column.text(Term.SECTOR),
            Column.text(Term.CLUSTER),
            Column.text(Term.OPERATOR),
            Column.hours(Term.ALLOCATED),
            Column.hours(Term.USED),
            Column.hours(Term.ALLOCATED_IDLE),
            Column.hours(Term.OVER_USE),
            Column.hours(Term.ACTIVE_IDLE),
            Column.of(Kind.PERCENT, Term.ALLOCATION_UTILIZATION),
            Column.of(Kind.KRW, Term.RATE, Term.UNIT_KRW_PER_GPU_HOUR),
            Column.of(Kind.KRW, Term.ALLOCATED_SUPPORT, Term.UNIT_KRW),
            Column.of(Kind.KRW, Term.USED_SUPPORT, Term.UNIT_KRW));

    static final List<Column> REJECT_COLUMNS = List.of(
            Column.text(Term.FILE),
            Column.of(Kind.INTEGER, Term.LINE),
            Column.text(Term.REASON),
            Column.text(Term.CONTENT));

    static final List<Column> PROVENANCE_COLUMNS = List.of(
            Column.text(Term.KIND),
            Column.text(Term.FILE),
            Column.of(Kind.INTEGER, Term.SIZE, Term.UNIT_BYTES),
            Column.text(Term.SHA256),
            Column.text(Term.ENCODING),
            Column.of(Kind.INTEGER, Term.LINES_READ),
            Column.of(Kind.INTEGER, Term.LINES_USED),
            Column.of(Kind.INTEGER, Term.LINES_NOT_STARTED),
            Column.of(Kind.INTEGER, Term.LINES_STEP),
            Column.of(Kind.INTEGER, Term.LINES_REJECTED),
            Column.text(Term.STATUS));

    private final ReportSettings settings;

    public WorkbookWriter(ReportSettings settings) {
        this.settings = settings;
    }

    public static String fileName(String periodName) {
        return "gpu-usage-" + periodName + ".xlsx";
    }

    @Override
    public void write(PeriodReport figures, Path folder) throws IOException {
        Path file = folder.resolve(fileName(figures.period().name()));
        SXSSFWorkbook workbook = new SXSSFWorkbook(ROW_WINDOW);
        try {
            workbook.setCompressTempFiles(true);
            WorkbookStyles styles = new WorkbookStyles(workbook);
            SummarySheet.Layout summary = SummarySheet.write(figures, new SheetWriter(workbook.createSheet(SummarySheet.NAME), styles));
            writeClusters(figures, new SheetWriter(workbook.createSheet(CLUSTERS), styles));
            writeInstitutions(figures, new SheetWriter(workbook.createSheet(INSTITUTIONS), styles));
            writeSectors(figures, new SheetWriter(workbook.createSheet(SECTORS), styles));
            ReclaimSheet.write(figures, new SheetWriter(workbook.createSheet(ReclaimSheet.NAME), styles), settings);
            OutlookSheet.write(figures, new SheetWriter(workbook.createSheet(OutlookSheet.NAME), styles), settings);
            int operatorsHeader = OperatorsSheet.write(figures,
                    new SheetWriter(workbook.createSheet(OperatorsSheet.NAME), styles));
            writeDailyDetail(figures, workbook, styles);
            writeRejects(figures, new SheetWriter(workbook.createSheet(REJECTS), styles));
            writeProvenance(figures, new SheetWriter(workbook.createSheet(PROVENANCE), styles));
            SummaryCharts.draw(workbook.getXSSFWorkbook().getSheet(SummarySheet.NAME), figures, summary);
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

    /** A table's columns and, after them, how much of its active idle was measured. */
    private static List<Column> withShare(List<? extends ReportColumn<?>> columns) {
        List<Column> out = new ArrayList<>(Column.of(columns));
        out.add(Column.text(Term.MEASURED_CLUSTER_DAYS));
        return List.copyOf(out);
    }

    private void writeClusters(PeriodReport figures, SheetWriter out) {
        writeTable(out, ReportTables.CLUSTERS, figures.clusters(), figures.totals().clusters(), ClusterRow::share);
    }

    private void writeInstitutions(PeriodReport figures, SheetWriter out) {
        writeTable(out, ReportTables.INSTITUTIONS, figures.institutions(), figures.totals().institutions(),
                InstitutionRow::share);
    }

    /**
     * The rows, then their total: the total names itself in the first column and leaves the other text columns
     * (identifiers of a single row) empty.
     */
    private static <R> void writeTable(SheetWriter out, List<ReportColumn<R>> columns, List<R> rows, R total,
                                       Function<R, Measured> share) {
        int header = out.header(withShare(columns));
        for (R r : rows) {
            out.row().cells(columns, r).text(share.apply(r).label());
        }
        out.table(header, header + rows.size(), 0, columns.size());
        SheetWriter row = out.totalsRow().text(Term.TOTAL.pair());
        for (ReportColumn<R> c : columns.subList(1, columns.size())) {
            if (c.kind() == ReportColumn.Kind.TEXT) {
                row.blank();
            } else {
                row.cell(c.kind(), c.of(total));
            }
        }
        row.text(share.apply(total).label());
        finishTable(out, header);
    }

    /** The sector's code, then its name for a reader, then the rest of sectors.csv's columns. */
    private static List<Column> sectorColumns() {
        List<Column> out = new ArrayList<>();
        out.add(Column.of(ReportTables.SECTORS.get(0)));
        out.add(Column.text(Term.SECTOR_NAME));
        out.addAll(Column.of(ReportTables.SECTORS.subList(1, ReportTables.SECTORS.size())));
        return List.copyOf(out);
    }

    private void writeSectors(PeriodReport figures, SheetWriter out) {
        int header = out.header(SECTOR_COLUMNS);
        for (SectorRow s : figures.sectors()) {
            sectorCells(out.row().text(s.sector().name()).text(s.sector().term().ko()), s);
        }
        out.table(header, header + figures.sectors().size(), 0, SECTOR_COLUMNS.size() - 1);
        // the sectors sum the institutions, so their total is the institutions' total
        InstitutionRow total = figures.totals().institutions();
        sectorCells(out.totalsRow().text(Term.TOTAL.pair()).blank(), new SectorRow(null, figures.institutions().size(),
                total.allocatedGs(), total.usedGs(), total.allocatedKrw(), total.usedKrw()));
        finishTable(out, header);
    }

    private static void sectorCells(SheetWriter row, SectorRow s) {
        row.cells(ReportTables.SECTORS.subList(1, ReportTables.SECTORS.size()), s);
    }

    private void writeDailyDetail(PeriodReport figures, SXSSFWorkbook workbook, WorkbookStyles styles) {
        int maxRows = SpreadsheetVersion.EXCEL2007.getMaxRows();
        SheetWriter[] current = {startDetailSheet(workbook, styles, DAILY_DETAIL)};
        int[] part = {1};
        figures.dailyDetail().forEach((DailyDetail.Row d) -> {
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
                    .hours(d.usedGs()).hours(d.allocatedIdleGs()).hours(d.overUseGs());
            // an unmeasured cluster-day is empty, as clusters.csv leaves it, not 0
            out.hours(d.activeIdle()).percent(util).number(d.krwPerGpuHour(), Kind.KRW).krw(d.allocatedKrw()).krw(d.usedKrw());
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

    /**
     * The first {@link #REJECT_ROWS_SHOWN} rejected lines and, below them, how many more there
     * are in rejects.csv, which lists every one.
     */
    private void writeRejects(PeriodReport figures, SheetWriter out) {
        int header = out.header(REJECT_COLUMNS);
        figures.rejects().forFirst(REJECT_ROWS_SHOWN, (RejectRow r) ->
                out.row().text(r.file()).integer(r.lineNo()).text(r.reason()).text(r.content()));
        out.table(header, out.nextRow() - 1, 0, REJECT_COLUMNS.size() - 1);
        long more = figures.rejects().count() - (out.nextRow() - header - 1);
        if (more > 0) {
            out.row().styled(Wording.REJECTS_MORE.text(GroupedNumbers.count(more)), out.styles().note);
        }
        finishTable(out, header);
    }

    /** The inputs the period's figures came from: reference files and inbox files, with size and checksum. */
    private void writeProvenance(PeriodReport figures, SheetWriter out) {
        int header = out.header(PROVENANCE_COLUMNS);
        for (PeriodReport.ProvenanceRow p : figures.provenance()) {
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
    static void finishTable(SheetWriter out, int header) {
        out.freezeAbove(header + 1);
        out.sizeColumns();
        out.printLandscapeOnePageWide(header);
    }
}
