package kr.gpuprogram.reports.report.pdf;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Font;
import java.math.BigDecimal;
import java.util.List;
import java.util.Locale;
import kr.gpuprogram.reports.report.OutlookRow;
import kr.gpuprogram.reports.report.Term;
import net.sf.jasperreports.charts.util.DrawChartRendererImpl;
import net.sf.jasperreports.engine.DefaultJasperReportsContext;
import net.sf.jasperreports.engine.fonts.FontUtil;
import net.sf.jasperreports.renderers.Renderable;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.axis.NumberAxis;
import org.jfree.chart.plot.XYPlot;
import org.jfree.chart.renderer.xy.XYLineAndShapeRenderer;
import org.jfree.chart.title.LegendTitle;
import org.jfree.chart.ui.RectangleEdge;
import org.jfree.data.xy.XYSeries;
import org.jfree.data.xy.XYSeriesCollection;

/**
 * The burn-down of the largest projected losses, every allocation on one scale: the share of its
 * term elapsed (x) against the share of its term allocated still unused (y). Full use is the
 * diagonal from 100 % at its start to 0 at its end; an allocation's solid line is its use to
 * date, its dashed line the projection at its window's pace to its end date, where the height
 * left is its projected unused share. Drawn as vectors into the PDF (JasperReports' chart
 * renderer), in the report's Korean font.
 */
final class OutlookBurnDownChart {

    private static final Color[] COLORS = {new Color(0x1F77B4), new Color(0xD62728), new Color(0x2CA02C),
            new Color(0xFF7F0E), new Color(0x9467BD), new Color(0x8C564B), new Color(0xE377C2), new Color(0x7F7F7F),
            new Color(0xBCBD22), new Color(0x17BECF)};
    private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);

    private OutlookBurnDownChart() {
    }

    static Renderable renderer(List<OutlookRow> rows) {
        return new DrawChartRendererImpl(chart(rows), null);
    }

    static JFreeChart chart(List<OutlookRow> rows) {
        XYSeriesCollection lines = new XYSeriesCollection();
        XYSeries fullUse = new XYSeries(Term.FULL_USE.ko(), false);
        fullUse.add(0, 100);
        fullUse.add(100, 0);
        lines.addSeries(fullUse);
        for (OutlookRow row : rows) {
            double elapsed = row.elapsedPct().doubleValue();
            double remainingNow = HUNDRED.subtract(row.usedToDatePct()).doubleValue();
            double remainingAtEnd = Math.max(0, HUNDRED.subtract(row.projectedUsePct()).doubleValue());
            XYSeries used = new XYSeries(row.allocationId(), false);
            used.add(0, 100);
            used.add(elapsed, remainingNow);
            XYSeries projected = new XYSeries(row.allocationId() + " " + Term.PROJECTED_USED.ko(), false);
            projected.add(elapsed, remainingNow);
            projected.add(100, remainingAtEnd);
            lines.addSeries(used);
            lines.addSeries(projected);
        }
        // the report's font family from JasperReports' font extension: the PDF exporter embeds it, Hangul included
        Font font = FontUtil.getInstance(DefaultJasperReportsContext.getInstance())
                .getAwtFontFromBundles("NanumGothic", Font.PLAIN, 7f, Locale.KOREAN, true);
        if (font == null) {
            font = new Font("NanumGothic", Font.PLAIN, 7);
        }
        NumberAxis x = new NumberAxis(Term.ELAPSED_PCT.ko() + " (%)");
        NumberAxis y = new NumberAxis(Term.REMAINING_SHARE.ko() + " (%)");
        for (NumberAxis axis : List.of(x, y)) {
            axis.setRange(0, 100);
            axis.setLabelFont(font);
            axis.setTickLabelFont(font);
        }
        XYLineAndShapeRenderer renderer = new XYLineAndShapeRenderer(true, false);
        renderer.setSeriesPaint(0, Color.BLACK);
        renderer.setSeriesStroke(0, new BasicStroke(1.2f));
        BasicStroke dashed = new BasicStroke(1.2f, BasicStroke.CAP_BUTT, BasicStroke.JOIN_MITER, 10f, new float[] {4f, 3f}, 0f);
        for (int i = 0; i < rows.size(); i++) {
            Color color = COLORS[i % COLORS.length];
            renderer.setSeriesPaint(1 + 2 * i, color);
            renderer.setSeriesStroke(1 + 2 * i, new BasicStroke(1.6f));
            renderer.setSeriesPaint(2 + 2 * i, color);
            renderer.setSeriesStroke(2 + 2 * i, dashed);
            // one legend entry per allocation: its solid line; the dashed one is the same colour
            renderer.setSeriesVisibleInLegend(2 + 2 * i, false);
        }
        XYPlot plot = new XYPlot(lines, x, y, renderer);
        plot.setBackgroundPaint(Color.WHITE);
        plot.setDomainGridlinePaint(new Color(0xD9D9D9));
        plot.setRangeGridlinePaint(new Color(0xD9D9D9));
        JFreeChart chart = new JFreeChart(null, font, plot, true);
        chart.setBackgroundPaint(Color.WHITE);
        LegendTitle legend = chart.getLegend();
        legend.setItemFont(font);
        legend.setPosition(RectangleEdge.RIGHT);
        return chart;
    }
}
