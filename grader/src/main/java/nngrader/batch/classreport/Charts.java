package nngrader.batch.classreport;

import nngrader.report.plot.ChartNotDrawn;
import nngrader.report.plot.PngRenderer;

import org.jfree.chart.JFreeChart;
import org.jfree.chart.LegendItem;
import org.jfree.chart.LegendItemCollection;
import org.jfree.chart.axis.AxisLocation;
import org.jfree.chart.axis.CategoryAxis;
import org.jfree.chart.axis.NumberAxis;
import org.jfree.chart.axis.NumberTickUnit;
import org.jfree.chart.labels.ItemLabelAnchor;
import org.jfree.chart.labels.ItemLabelPosition;
import org.jfree.chart.labels.StandardCategoryItemLabelGenerator;
import org.jfree.chart.plot.CategoryPlot;
import org.jfree.chart.plot.PlotOrientation;
import org.jfree.chart.plot.XYPlot;
import org.jfree.chart.renderer.category.BarRenderer;
import org.jfree.chart.renderer.category.StandardBarPainter;
import org.jfree.chart.renderer.xy.StandardXYBarPainter;
import org.jfree.chart.renderer.xy.XYBarRenderer;
import org.jfree.chart.title.LegendTitle;
import org.jfree.chart.ui.RectangleEdge;
import org.jfree.chart.ui.TextAnchor;
import org.jfree.data.category.DefaultCategoryDataset;
import org.jfree.data.statistics.SimpleHistogramBin;
import org.jfree.data.statistics.SimpleHistogramDataset;

import java.awt.Color;
import java.awt.Paint;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.text.NumberFormat;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * The report's two plots as PNG, drawn with JFreeChart (headless, see {@link PngRenderer}): the
 * distribution of total scores, and each test's pass rate, hardest first, red where fewer than half
 * passed. Without fonts, drawing throws {@link ChartNotDrawn}, and the caller reports that the plots
 * could not be drawn.
 */
public class Charts {
    static {
        PngRenderer.headless();     // before the colours below load AWT
    }

    private static final Color BAR = new Color(0x4C72B0);
    private static final Color LOW = new Color(0xC44E52);
    private static final int BINS = 10;
    private static final int MAX_LABEL = 60;

    /** A histogram of {@code totals} in 10 bins from 0 to {@code maxScore}; the last bin holds full marks. */
    public void scoreHistogram(double[] totals, double maxScore, String title, Path png)
            throws IOException, ChartNotDrawn {
        write(PngRenderer.png(() -> histogram(totals, maxScore, title), 640, 400, "The score histogram"), png);
    }

    /** One horizontal bar per test, in the order given (hardest first), with its pass rate in percent. */
    public void passRates(List<ClassStatistics.TestColumn> tests, String title, Path png)
            throws IOException, ChartNotDrawn {
        write(PngRenderer.png(() -> passRateBars(tests, title), 760, 150 + Math.max(1, tests.size()) * 22,
                "The pass-rate plot"), png);
    }

    static JFreeChart histogram(double[] totals, double maxScore, String title) {
        double top = maxScore > 0 ? maxScore : 1;
        SimpleHistogramDataset data = new SimpleHistogramDataset("submissions");
        data.setAdjustForBinSize(false);
        for (int bin = 0; bin < BINS; bin++) {
            data.addBin(new SimpleHistogramBin(top * bin / BINS, top * (bin + 1) / BINS, true, bin == BINS - 1));
        }
        for (double total : totals) {
            data.addObservation(Math.max(0, Math.min(top, total)));
        }
        NumberAxis scores = PngRenderer.styled(new NumberAxis("total score (" + totals.length + " submissions)"));
        scores.setRange(0, top);
        NumberAxis count = PngRenderer.styled(new NumberAxis("submissions"));
        count.setStandardTickUnits(NumberAxis.createIntegerTickUnits());
        XYBarRenderer bars = new XYBarRenderer(0.08);
        bars.setBarPainter(new StandardXYBarPainter());
        bars.setShadowVisible(false);
        bars.setSeriesPaint(0, BAR);
        XYPlot plot = new XYPlot(data, scores, count, bars);
        plot.setBackgroundPaint(Color.WHITE);
        plot.setRangeGridlinePaint(new Color(0xDDDDDD));
        plot.setDomainGridlinesVisible(false);
        return PngRenderer.styled(new JFreeChart(null, null, plot, false), title);
    }

    static JFreeChart passRateBars(List<ClassStatistics.TestColumn> tests, String title) {
        DefaultCategoryDataset data = new DefaultCategoryDataset();
        Set<String> labels = new HashSet<>();
        for (ClassStatistics.TestColumn test : tests) {
            String label = test.label().length() <= MAX_LABEL ? test.label()
                    : test.label().substring(0, MAX_LABEL - 1) + "…";
            while (!labels.add(label)) {
                label += " ";           // two labels cut to the same text stay two bars
            }
            data.addValue(test.passRate() * 100, "pass rate", label);
        }
        BarRenderer bars = new BarRenderer() {
            @Override
            public Paint getItemPaint(int row, int column) {
                return tests.get(column).passRate() < 0.5 ? LOW : BAR;
            }
        };
        bars.setBarPainter(new StandardBarPainter());
        bars.setShadowVisible(false);
        bars.setMaximumBarWidth(0.8);
        NumberFormat whole = NumberFormat.getIntegerInstance(Locale.ROOT);
        bars.setDefaultItemLabelGenerator(new StandardCategoryItemLabelGenerator("{2} %", whole));
        bars.setDefaultItemLabelsVisible(true);
        bars.setDefaultItemLabelFont(new java.awt.Font(java.awt.Font.SANS_SERIF, java.awt.Font.PLAIN, 11));
        bars.setDefaultPositiveItemLabelPosition(new ItemLabelPosition(ItemLabelAnchor.OUTSIDE3, TextAnchor.CENTER_LEFT));
        CategoryAxis names = PngRenderer.styled(new CategoryAxis(null));
        names.setMaximumCategoryLabelWidthRatio(0.5f);
        NumberAxis rate = PngRenderer.styled(new NumberAxis("submissions that passed (%)"));
        rate.setRange(0, 118);          // room for a full bar's "100 %"
        rate.setTickUnit(new NumberTickUnit(25, whole));
        CategoryPlot plot = new CategoryPlot(data, names, rate, bars);
        plot.setOrientation(PlotOrientation.HORIZONTAL);
        plot.setRangeAxisLocation(AxisLocation.BOTTOM_OR_RIGHT);
        plot.setBackgroundPaint(Color.WHITE);
        plot.setRangeGridlinePaint(new Color(0xDDDDDD));
        // issue 16: the plot says what red means
        LegendItemCollection legend = new LegendItemCollection();
        legend.add(new LegendItem("passed by fewer than half", LOW));
        legend.add(new LegendItem("passed by half or more", BAR));
        plot.setFixedLegendItems(legend);
        JFreeChart chart = PngRenderer.styled(new JFreeChart(null, null, plot, true), title);
        LegendTitle key = chart.getLegend();
        key.setPosition(RectangleEdge.TOP);
        if (tests.isEmpty()) {
            PngRenderer.note(chart, "No tests");
        }
        return chart;
    }

    private static void write(byte[] image, Path png) throws IOException {
        Files.createDirectories(png.toAbsolutePath().getParent());
        Files.write(png, image);
    }
}
