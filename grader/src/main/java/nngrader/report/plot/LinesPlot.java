package nngrader.report.plot;

import nngrader.api.Chart;

import org.jfree.chart.JFreeChart;
import org.jfree.chart.axis.NumberAxis;
import org.jfree.chart.plot.XYPlot;
import org.jfree.chart.renderer.xy.XYLineAndShapeRenderer;
import org.jfree.chart.title.LegendTitle;
import org.jfree.chart.ui.RectangleEdge;
import org.jfree.data.xy.XYSeries;
import org.jfree.data.xy.XYSeriesCollection;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.geom.Ellipse2D;
import java.util.List;
import java.util.TreeSet;

/**
 * A {@link Chart.Lines} as a JFreeChart line chart: one line per series over x = 1 … n, integer x
 * ticks, a legend. A non-finite value is a gap in its line, and a note says so. A series longer than
 * the plot is wide keeps, per stretch of x, its first point, its lowest, its highest and its first
 * non-finite one: every spike and every gap still shows, and the PNG stays small.
 */
final class LinesPlot {
    static final int WIDTH = 560;
    static final int HEIGHT = 340;
    /** Stretches per series at most: about one per two pixels of the plot's width. */
    private static final int STRETCHES = 220;
    /** Points are marked only when there are few: one epoch must show as a dot, not vanish. */
    private static final int MARKED_UP_TO = 30;
    private static final int MAX_NAME = 40;
    /** Okabe and Ito's colours, told apart with any colour vision; a second round is dashed. */
    private static final List<Color> COLOURS = List.of(new Color(0x0072B2), new Color(0xD55E00),
            new Color(0x009E73), new Color(0xCC79A7), new Color(0xE69F00), new Color(0x56B4E9), Color.BLACK);

    private LinesPlot() {
    }

    static JFreeChart of(Chart.Lines lines) {
        XYSeriesCollection data = new XYSeriesCollection();
        int gaps = 0;
        int longest = 0;
        for (Chart.Series s : lines.series()) {
            double[] y = s.y();
            longest = Math.max(longest, y.length);
            // two series may share a name; JFreeChart keys series by name
            XYSeries series = new XYSeries(data.getSeriesCount() + ":" + s.name(), false, true);
            for (int i : kept(y)) {
                series.add(i + 1, Double.isFinite(y[i]) ? y[i] : Double.NaN);
            }
            for (double v : y) {
                gaps += Double.isFinite(v) ? 0 : 1;
            }
            data.addSeries(series);
        }
        NumberAxis x = PngRenderer.styled(new NumberAxis(lines.xLabel()));
        x.setStandardTickUnits(NumberAxis.createIntegerTickUnits());
        x.setAutoRangeIncludesZero(false);
        if (longest <= 1) {
            x.setRange(0.5, 1.5);
        }
        NumberAxis y = PngRenderer.styled(new NumberAxis(lines.yLabel()));
        y.setAutoRangeIncludesZero(false);
        XYLineAndShapeRenderer renderer = new XYLineAndShapeRenderer(true, longest <= MARKED_UP_TO);
        for (int i = 0; i < data.getSeriesCount(); i++) {
            renderer.setSeriesPaint(i, COLOURS.get(i % COLOURS.size()));
            renderer.setSeriesStroke(i, i < COLOURS.size() ? new BasicStroke(2f)
                    : new BasicStroke(2f, BasicStroke.CAP_BUTT, BasicStroke.JOIN_ROUND, 1f, new float[] {6f, 4f}, 0f));
            renderer.setSeriesShape(i, new Ellipse2D.Double(-3, -3, 6, 6));
        }
        renderer.setLegendItemLabelGenerator((dataset, series) ->
                PngRenderer.cut(lines.series().get(series).name(), MAX_NAME));
        XYPlot plot = new XYPlot(data, x, y, renderer);
        plot.setBackgroundPaint(Color.WHITE);
        plot.setDomainGridlinePaint(new Color(0xDDDDDD));
        plot.setRangeGridlinePaint(new Color(0xDDDDDD));
        JFreeChart chart = PngRenderer.styled(new JFreeChart(null, null, plot, !lines.series().isEmpty()),
                lines.title());
        LegendTitle legend = chart.getLegend();
        if (legend != null) {
            legend.setPosition(RectangleEdge.BOTTOM);
        }
        if (gaps > 0) {
            PngRenderer.note(chart, "Gaps in a line: NaN or infinite values (" + gaps + ")");
        }
        if (lines.series().isEmpty()) {
            PngRenderer.note(chart, "No series");
        }
        return chart;
    }

    /** The indexes of {@code y} to draw: all of a short series, the telling ones of a long one (see the class). */
    static TreeSet<Integer> kept(double[] y) {
        TreeSet<Integer> kept = new TreeSet<>();
        int stretch = Math.max(1, (int) Math.ceil((double) y.length / STRETCHES));
        for (int start = 0; start < y.length; start += stretch) {
            int end = Math.min(y.length, start + stretch);
            int low = -1;
            int high = -1;
            int nonFinite = -1;
            for (int i = start; i < end; i++) {
                if (!Double.isFinite(y[i])) {
                    nonFinite = nonFinite < 0 ? i : nonFinite;
                } else {
                    low = low < 0 || y[i] < y[low] ? i : low;
                    high = high < 0 || y[i] > y[high] ? i : high;
                }
            }
            kept.add(start);
            for (int i : new int[] {low, high, nonFinite}) {
                if (i >= 0) {
                    kept.add(i);
                }
            }
        }
        if (y.length > 0) {
            kept.add(y.length - 1);
        }
        return kept;
    }
}
