package kr.gpuprogram.reports.report.excel;

import java.util.List;
import kr.gpuprogram.reports.figures.GpuHours;
import kr.gpuprogram.reports.report.PeriodReport;
import kr.gpuprogram.reports.report.PeriodReport.ClusterRow;
import kr.gpuprogram.reports.report.PeriodReport.DayTotals;
import kr.gpuprogram.reports.report.Term;
import kr.gpuprogram.reports.report.Wording;
import org.apache.poi.ss.util.CellReference;
import org.apache.poi.xddf.usermodel.XDDFColor;
import org.apache.poi.xddf.usermodel.XDDFLineProperties;
import org.apache.poi.xddf.usermodel.XDDFShapeProperties;
import org.apache.poi.xddf.usermodel.XDDFSolidFillProperties;
import org.apache.poi.xddf.usermodel.chart.AxisCrosses;
import org.apache.poi.xddf.usermodel.chart.AxisPosition;
import org.apache.poi.xddf.usermodel.chart.BarDirection;
import org.apache.poi.xddf.usermodel.chart.ChartTypes;
import org.apache.poi.xddf.usermodel.chart.LegendPosition;
import org.apache.poi.xddf.usermodel.chart.MarkerStyle;
import org.apache.poi.xddf.usermodel.chart.XDDFBarChartData;
import org.apache.poi.xddf.usermodel.chart.XDDFCategoryAxis;
import org.apache.poi.xddf.usermodel.chart.XDDFCategoryDataSource;
import org.apache.poi.xddf.usermodel.chart.XDDFChartData;
import org.apache.poi.xddf.usermodel.chart.XDDFDataSourcesFactory;
import org.apache.poi.xddf.usermodel.chart.XDDFLineChartData;
import org.apache.poi.xddf.usermodel.chart.XDDFNumericalDataSource;
import org.apache.poi.xddf.usermodel.chart.XDDFValueAxis;
import org.apache.poi.xssf.usermodel.XSSFChart;
import org.apache.poi.xssf.usermodel.XSSFClientAnchor;
import org.apache.poi.xssf.usermodel.XSSFDrawing;
import org.apache.poi.xssf.usermodel.XSSFSheet;

/**
 * The Summary sheet's charts (XDDF): utilization by cluster (bars, from the Clusters sheet)
 * and, for a month or a range, daily capacity, allocated and used GPU-hours (lines, from the
 * Summary's daily totals). Each series carries its values as a cache beside its cell
 * reference, because the streamed sheets keep no rows in memory to read them back from.
 */
final class SummaryCharts {

    /** Charts sit right of the Summary's tables, from this column on. */
    static final int FIRST_COLUMN = 6;
    static final int LAST_COLUMN = 16;

    private static final byte[] TEAL = {(byte) 0x00, (byte) 0x66, (byte) 0x80};
    private static final byte[] ORANGE = {(byte) 0xE0, (byte) 0x8A, (byte) 0x1E};
    private static final byte[] GREY = {(byte) 0x80, (byte) 0x80, (byte) 0x80};

    private SummaryCharts() {
    }

    static void draw(XSSFSheet summary, PeriodReport figures, SummarySheet.Layout layout) {
        List<ClusterRow> clusters = figures.clusters();
        List<DayTotals> days = figures.days();
        boolean daily = !figures.period().isSingleDay() && !days.isEmpty();
        if (clusters.isEmpty() && !daily) {
            return;
        }
        XSSFDrawing drawing = summary.createDrawingPatriarch();
        int top = 0;
        if (!clusters.isEmpty()) {
            utilizationByCluster(drawing, clusters, top);
            top += 20;
        }
        if (daily) {
            dailyUse(drawing, days, layout, top);
        }
    }

    private static void utilizationByCluster(XSSFDrawing drawing, List<ClusterRow> clusters, int top) {
        XSSFClientAnchor anchor = drawing.createAnchor(0, 0, 0, 0, FIRST_COLUMN, top, LAST_COLUMN, top + 19);
        XSSFChart chart = drawing.createChart(anchor);
        chart.setTitleText(Wording.BY_CLUSTER.text(Term.UTILIZATION.ko(), Term.UTILIZATION.en()));
        chart.setTitleOverlay(false);
        XDDFCategoryAxis x = chart.createCategoryAxis(AxisPosition.BOTTOM);
        XDDFValueAxis y = chart.createValueAxis(AxisPosition.LEFT);
        y.setCrosses(AxisCrosses.AUTO_ZERO);
        y.setMinimum(0);
        y.setNumberFormat("0%");

        String[] ids = new String[clusters.size()];
        Double[] utilization = new Double[clusters.size()];
        for (int i = 0; i < clusters.size(); i++) {
            ClusterRow c = clusters.get(i);
            ids[i] = c.clusterId();
            var pct = GpuHours.percent(c.usedGs(), c.capacityGs());
            utilization[i] = pct == null ? 0.0 : pct.movePointLeft(2).doubleValue();
        }
        int first = 1;
        int last = clusters.size();
        XDDFCategoryDataSource categories = XDDFDataSourcesFactory.fromArray(ids,
                range(WorkbookWriter.CLUSTERS, 0, first, last));
        XDDFNumericalDataSource<Double> values = XDDFDataSourcesFactory.fromArray(utilization,
                range(WorkbookWriter.CLUSTERS, 11, first, last));
        XDDFBarChartData data = (XDDFBarChartData) chart.createData(ChartTypes.BAR, x, y);
        data.setBarDirection(BarDirection.COL);
        data.setVaryColors(false);
        XDDFChartData.Series series = data.addSeries(categories, values);
        series.setTitle(Term.UTILIZATION.pair(), null);
        // Excel colours a series without properties from its theme; LibreOffice draws nothing.
        XDDFShapeProperties bars = new XDDFShapeProperties();
        bars.setFillProperties(solid(TEAL));
        series.setShapeProperties(bars);
        chart.plot(data);
    }

    private static void dailyUse(XSSFDrawing drawing, List<DayTotals> days, SummarySheet.Layout layout, int top) {
        XSSFClientAnchor anchor = drawing.createAnchor(0, 0, 0, 0, FIRST_COLUMN, top, LAST_COLUMN, top + 22);
        XSSFChart chart = drawing.createChart(anchor);
        chart.setTitleText(Wording.DAILY_USED_VS_CAPACITY.text());
        chart.setTitleOverlay(false);
        chart.getOrAddLegend().setPosition(LegendPosition.BOTTOM);
        XDDFCategoryAxis x = chart.createCategoryAxis(AxisPosition.BOTTOM);
        XDDFValueAxis y = chart.createValueAxis(AxisPosition.LEFT);
        y.setCrosses(AxisCrosses.AUTO_ZERO);
        y.setMinimum(0);
        y.setNumberFormat("#,##0");

        String[] labels = new String[days.size()];
        Double[] capacity = new Double[days.size()];
        Double[] allocated = new Double[days.size()];
        Double[] used = new Double[days.size()];
        for (int i = 0; i < days.size(); i++) {
            DayTotals d = days.get(i);
            labels[i] = d.day().toString().substring(5);
            capacity[i] = GpuHours.rounded(d.capacityGs()).doubleValue();
            allocated[i] = GpuHours.rounded(d.allocatedGs()).doubleValue();
            used[i] = GpuHours.rounded(d.usedGs()).doubleValue();
        }
        int first = layout.dailyHeaderRow() + 1;
        int last = layout.dailyHeaderRow() + days.size();
        XDDFCategoryDataSource categories = XDDFDataSourcesFactory.fromArray(labels,
                range(SummarySheet.NAME, 0, first, last));
        XDDFLineChartData data = (XDDFLineChartData) chart.createData(ChartTypes.LINE, x, y);
        data.setVaryColors(false);
        addLine(data, categories, capacity, Term.CAPACITY.pair(), range(SummarySheet.NAME, 1, first, last), GREY);
        addLine(data, categories, allocated, Term.ALLOCATED.pair(), range(SummarySheet.NAME, 2, first, last), ORANGE);
        addLine(data, categories, used, Term.USED.pair(), range(SummarySheet.NAME, 3, first, last), TEAL);
        chart.plot(data);
    }

    private static void addLine(XDDFLineChartData data, XDDFCategoryDataSource categories, Double[] values,
                                String title, String reference, byte[] colour) {
        XDDFLineChartData.Series series = (XDDFLineChartData.Series) data.addSeries(categories,
                XDDFDataSourcesFactory.fromArray(values, reference));
        series.setTitle(title, null);
        series.setMarkerStyle(MarkerStyle.NONE);
        series.setSmooth(false);
        XDDFLineProperties line = new XDDFLineProperties(solid(colour));
        line.setWidth(2.25);
        series.setLineProperties(line);
    }

    private static XDDFSolidFillProperties solid(byte[] rgb) {
        return new XDDFSolidFillProperties(XDDFColor.from(rgb));
    }

    private static String range(String sheet, int column, int firstRow, int lastRow) {
        String quoted = "'" + sheet.replace("'", "''") + "'!";
        return quoted + new CellReference(firstRow, column, true, true).formatAsString()
                + ":" + new CellReference(lastRow, column, true, true).formatAsString();
    }
}
