package kr.gpuprogram.reports.report.excel;

import java.math.BigDecimal;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import kr.gpuprogram.reports.figures.GpuHours;
import kr.gpuprogram.reports.report.PeriodReport;
import kr.gpuprogram.reports.report.PeriodReport.ClusterRow;
import kr.gpuprogram.reports.report.PeriodReport.OperatorRow;
import kr.gpuprogram.reports.report.ReportColumn;
import kr.gpuprogram.reports.report.ReportTables;
import kr.gpuprogram.reports.report.Term;
import kr.gpuprogram.reports.report.Wording;
import org.apache.poi.ss.util.CellReference;
import org.apache.poi.xddf.usermodel.XDDFColor;
import org.apache.poi.xddf.usermodel.XDDFShapeProperties;
import org.apache.poi.xddf.usermodel.XDDFSolidFillProperties;
import org.apache.poi.xddf.usermodel.chart.AxisCrosses;
import org.apache.poi.xddf.usermodel.chart.AxisPosition;
import org.apache.poi.xddf.usermodel.chart.BarDirection;
import org.apache.poi.xddf.usermodel.chart.ChartTypes;
import org.apache.poi.xddf.usermodel.chart.LegendPosition;
import org.apache.poi.xddf.usermodel.chart.XDDFBarChartData;
import org.apache.poi.xddf.usermodel.chart.XDDFCategoryDataSource;
import org.apache.poi.xddf.usermodel.chart.XDDFDataSourcesFactory;
import org.apache.poi.xddf.usermodel.chart.XDDFValueAxis;
import org.apache.poi.xssf.usermodel.XSSFChart;
import org.apache.poi.xssf.usermodel.XSSFClientAnchor;
import org.apache.poi.xssf.usermodel.XSSFDrawing;
import org.apache.poi.xssf.usermodel.XSSFSheet;

/**
 * The Operators sheet (운영사 점검): the operator scorecard of {@code operators.csv}, one row per
 * cluster, plus each cluster's allocated idle GPU-hours (from the Clusters figures), so that the
 * chart sets the operator's own use beside the allocated capacity that sat idle; and a chart of
 * telemetry coverage per cluster. Empty cells where SPEC leaves a figure empty (no Submit column,
 * no telemetry, no started job).
 */
final class OperatorsSheet {

    static final String NAME = "Operators";

    /** The chart's columns, found by name in operators.csv's; allocated idle follows the table's columns. */
    private static final int CLUSTER = ReportColumn.indexOf(ReportTables.OPERATORS, "cluster_id");
    private static final int SELF_USE = ReportColumn.indexOf(ReportTables.OPERATORS, "self_use_gpu_hours");
    private static final int COVERAGE = ReportColumn.indexOf(ReportTables.OPERATORS, "telemetry_coverage_pct");
    private static final int ALLOCATED_IDLE = ReportTables.OPERATORS.size();
    private static final byte[] TEAL = {(byte) 0x00, (byte) 0x66, (byte) 0x80};
    private static final byte[] ORANGE = {(byte) 0xE0, (byte) 0x8A, (byte) 0x1E};

    private OperatorsSheet() {
    }

    /**
     * operators.csv's columns and, after them, the cluster's allocated idle GPU-hours (clusters.csv's), which the
     * sheet sets beside the operator's own use.
     */
    static List<ReportColumn<OperatorRow>> columns(Map<String, ClusterRow> clusters) {
        return ReportColumn.plus(ReportTables.OPERATORS, ReportColumn.hours("allocated_idle_gpu_hours",
                Term.ALLOCATED_IDLE, o -> {
                    ClusterRow cluster = clusters.get(o.clusterId());
                    return cluster == null ? 0L : cluster.allocatedIdleGs();
                }));
    }

    /** Writes the table and its notes; returns the header row, for the charts. */
    static int write(PeriodReport figures, SheetWriter out) {
        Map<String, ClusterRow> clusters = new HashMap<>();
        figures.clusters().forEach(c -> clusters.put(c.clusterId(), c));
        List<ReportColumn<OperatorRow>> columns = columns(clusters);
        int header = out.header(Column.of(columns));
        for (OperatorRow o : figures.operators()) {
            out.row().cells(columns, o);
        }
        out.table(header, header + figures.operators().size(), 0, columns.size() - 1);
        out.skipRows(1);
        WorkbookStyles styles = out.styles();
        out.row().styled(Term.OPERATOR_REVIEW.pair(), styles.subtitle);
        out.row().styled(Wording.SELF_USE_NOTE.text(), styles.note);
        out.row().styled(Wording.SELF_USE_NOTE_EN.text(), styles.note);
        out.row().styled(Wording.COVERAGE_NOTE.text(), styles.note);
        out.freezeAbove(header + 1);
        out.sizeColumns();
        out.printLandscapeOnePageWide(header);
        return header;
    }

    /** Charts below the notes: self-use beside allocated idle, and coverage, per cluster. */
    static void drawCharts(XSSFSheet sheet, PeriodReport figures, int header) {
        List<OperatorRow> rows = figures.operators();
        if (rows.isEmpty()) {
            return;
        }
        Map<String, ClusterRow> clusters = new HashMap<>();
        figures.clusters().forEach(c -> clusters.put(c.clusterId(), c));
        String[] ids = new String[rows.size()];
        Double[] selfUse = new Double[rows.size()];
        Double[] allocatedIdle = new Double[rows.size()];
        Double[] coverage = new Double[rows.size()];
        for (int i = 0; i < rows.size(); i++) {
            OperatorRow o = rows.get(i);
            ids[i] = o.clusterId();
            selfUse[i] = GpuHours.rounded(o.selfUseGs()).doubleValue();
            ClusterRow c = clusters.get(o.clusterId());
            allocatedIdle[i] = c == null ? 0.0 : GpuHours.rounded(c.allocatedIdleGs()).doubleValue();
            BigDecimal pct = o.coveragePct();
            // a cluster without telemetry has no bar: no measurement is not 0 %
            coverage[i] = pct == null ? null : pct.movePointLeft(2).doubleValue();
        }
        int first = header + 1;
        int last = header + rows.size();
        int top = last + 7;
        XSSFDrawing drawing = sheet.createDrawingPatriarch();
        XDDFCategoryDataSource categories = XDDFDataSourcesFactory.fromArray(ids, range(CLUSTER, first, last));

        XSSFChart versus = chart(drawing, top, 0, Wording.VERSUS.text(Term.SELF_USE.ko(), Term.ALLOCATED_IDLE.ko(),
                Term.SELF_USE.en(), Term.ALLOCATED_IDLE.en().toLowerCase(java.util.Locale.ROOT), Term.UNIT_GPU_HOURS.en()));
        versus.getOrAddLegend().setPosition(LegendPosition.BOTTOM);
        XDDFBarChartData bars = bars(versus, "#,##0");
        addBars(bars, categories, selfUse, Term.SELF_USE.pair(), range(SELF_USE, first, last), ORANGE);
        addBars(bars, categories, allocatedIdle, Term.ALLOCATED_IDLE.pair(), range(ALLOCATED_IDLE, first, last), TEAL);
        versus.plot(bars);

        XSSFChart covered = chart(drawing, top, 9, Wording.BY_CLUSTER.text(Term.TELEMETRY_COVERAGE.ko(), Term.TELEMETRY_COVERAGE.en()));
        XDDFBarChartData coverageBars = bars(covered, "0%");
        addBars(coverageBars, categories, coverage, Term.TELEMETRY_COVERAGE.pair(), range(COVERAGE, first, last), TEAL);
        covered.plot(coverageBars);
    }

    private static XSSFChart chart(XSSFDrawing drawing, int top, int left, String title) {
        XSSFClientAnchor anchor = drawing.createAnchor(0, 0, 0, 0, left, top, left + 9, top + 20);
        XSSFChart chart = drawing.createChart(anchor);
        chart.setTitleText(title);
        chart.setTitleOverlay(false);
        return chart;
    }

    private static XDDFBarChartData bars(XSSFChart chart, String format) {
        var x = chart.createCategoryAxis(AxisPosition.BOTTOM);
        XDDFValueAxis y = chart.createValueAxis(AxisPosition.LEFT);
        y.setCrosses(AxisCrosses.AUTO_ZERO);
        y.setMinimum(0);
        y.setNumberFormat(format);
        XDDFBarChartData data = (XDDFBarChartData) chart.createData(ChartTypes.BAR, x, y);
        data.setBarDirection(BarDirection.COL);
        data.setVaryColors(false);
        return data;
    }

    private static void addBars(XDDFBarChartData data, XDDFCategoryDataSource categories, Double[] values,
                                String title, String reference, byte[] colour) {
        var series = data.addSeries(categories, XDDFDataSourcesFactory.fromArray(values, reference));
        series.setTitle(title, null);
        // Excel colours a series without properties from its theme; LibreOffice draws nothing.
        XDDFShapeProperties fill = new XDDFShapeProperties();
        fill.setFillProperties(new XDDFSolidFillProperties(XDDFColor.from(colour)));
        series.setShapeProperties(fill);
    }

    private static String range(int column, int firstRow, int lastRow) {
        return "'" + NAME + "'!" + new CellReference(firstRow, column, true, true).formatAsString()
                + ":" + new CellReference(lastRow, column, true, true).formatAsString();
    }
}
