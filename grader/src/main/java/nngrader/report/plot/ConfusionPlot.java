package nngrader.report.plot;

import nngrader.api.Chart;

import org.jfree.chart.JFreeChart;
import org.jfree.chart.annotations.XYTextAnnotation;
import org.jfree.chart.axis.NumberAxis;
import org.jfree.chart.axis.NumberTickUnit;
import org.jfree.chart.axis.SymbolAxis;
import org.jfree.chart.plot.XYPlot;
import org.jfree.chart.renderer.xy.XYBlockRenderer;
import org.jfree.chart.title.PaintScaleLegend;
import org.jfree.chart.ui.RectangleAnchor;
import org.jfree.chart.ui.RectangleEdge;
import org.jfree.chart.ui.RectangleInsets;
import org.jfree.chart.ui.TextAnchor;
import org.jfree.data.xy.DefaultXYZDataset;

import java.awt.Color;
import java.awt.Font;
import java.text.NumberFormat;
import java.util.Locale;

/**
 * A {@link Chart.Confusion} as a grid: true classes down, predicted classes across, each cell
 * coloured by the share of its true class's examples (so a rare class's mistakes show as much as a
 * common one's), white to dark blue. Up to {@value #COUNTS_UP_TO} classes each cell also shows its
 * count, white on a dark cell: the diagonal, where a good model's counts are, stays readable.
 */
final class ConfusionPlot {
    static final int WIDTH = 560;
    static final int HEIGHT = 480;
    static final int COUNTS_UP_TO = 12;
    private static final int MAX_NAME = 14;

    private ConfusionPlot() {
    }

    static JFreeChart of(Chart.Confusion confusion) {
        int[][] counts = confusion.counts();
        int k = counts.length;
        double[] x = new double[k * k];
        double[] y = new double[k * k];
        double[] share = new double[k * k];
        for (int i = 0; i < k; i++) {
            long total = 0;
            for (int c : counts[i]) {
                total += c;
            }
            for (int j = 0; j < k; j++) {
                x[i * k + j] = j;
                y[i * k + j] = i;
                share[i * k + j] = total == 0 ? 0 : (double) counts[i][j] / total;
            }
        }
        DefaultXYZDataset data = new DefaultXYZDataset();
        data.addSeries("counts", new double[][] {x, y, share});
        ColourScale scale = new ColourScale(0, 1, ColourScale.BLUES, Color.GRAY);
        XYBlockRenderer renderer = new XYBlockRenderer();
        renderer.setBlockAnchor(RectangleAnchor.CENTER);
        renderer.setPaintScale(scale);

        String[] names = confusion.classes().stream().map(n -> PngRenderer.cut(n, MAX_NAME)).toArray(String[]::new);
        SymbolAxis predicted = classAxis("predicted class", names);
        predicted.setVerticalTickLabels(k > 4);
        SymbolAxis truth = classAxis("true class", names);
        truth.setInverted(true);
        XYPlot plot = new XYPlot(data, predicted, truth, renderer);
        plot.setBackgroundPaint(Color.WHITE);
        plot.setDomainGridlinesVisible(false);
        plot.setRangeGridlinesVisible(false);
        plot.setOutlinePaint(Color.GRAY);
        if (k <= COUNTS_UP_TO) {
            Font font = new Font(Font.SANS_SERIF, Font.PLAIN, k <= 6 ? 13 : 11);
            for (int c = 0; c < k * k; c++) {
                XYTextAnnotation count = new XYTextAnnotation(Integer.toString(counts[(int) y[c]][(int) x[c]]), x[c], y[c]);
                count.setFont(font);
                count.setTextAnchor(TextAnchor.CENTER);
                count.setPaint(scale.isDark(share[c]) ? Color.WHITE : Color.BLACK);
                plot.addAnnotation(count, false);
            }
        }
        JFreeChart chart = PngRenderer.styled(new JFreeChart(null, null, plot, false), confusion.title());
        NumberAxis legendAxis = PngRenderer.styled(new NumberAxis("share of the true class"));
        legendAxis.setRange(0, 1);
        legendAxis.setTickUnit(new NumberTickUnit(0.25));
        legendAxis.setNumberFormatOverride(NumberFormat.getPercentInstance(Locale.ROOT));
        PaintScaleLegend legend = new PaintScaleLegend(scale, legendAxis);
        legend.setPosition(RectangleEdge.RIGHT);
        legend.setSubdivisionCount(128);
        legend.setStripWidth(12);
        legend.setAxisOffset(4);
        legend.setMargin(new RectangleInsets(30, 6, 30, 0));
        chart.addSubtitle(legend);
        if (k == 0) {
            PngRenderer.note(chart, "No classes");
        }
        return chart;
    }

    private static SymbolAxis classAxis(String label, String[] names) {
        SymbolAxis axis = PngRenderer.styled(new SymbolAxis(label, names));
        axis.setGridBandsVisible(false);
        axis.setRange(-0.5, Math.max(1, names.length) - 0.5);
        return axis;
    }
}
