package nngrader.report.plot;

import nngrader.api.Chart;

import org.jfree.chart.JFreeChart;
import org.jfree.chart.axis.AxisLocation;
import org.jfree.chart.axis.NumberAxis;
import org.jfree.chart.axis.NumberTickUnit;
import org.jfree.chart.plot.XYPlot;
import org.jfree.chart.renderer.xy.XYBlockRenderer;
import org.jfree.chart.title.PaintScaleLegend;
import org.jfree.chart.ui.RectangleAnchor;
import org.jfree.chart.ui.RectangleEdge;
import org.jfree.chart.ui.RectangleInsets;
import org.jfree.data.xy.DefaultXYZDataset;

import java.awt.Color;
import java.text.FieldPosition;
import java.text.NumberFormat;
import java.text.ParsePosition;
import java.util.Arrays;

/**
 * A {@link Chart.HeatMap} as a JFreeChart block plot: row i down, column j across (at the top, as a
 * matrix is written), a colour scale under it.
 *
 * <p><b>The colour scale.</b> Values that are all zero or positive (an error) are coloured by their
 * logarithm over the {@value #DECADES} decades below the largest (rounded up to a power of ten):
 * a gradient that is right to 1e-9 everywhere but wrong by 1 in one row shows that row, where a
 * linear scale would wash out every difference below the worst entry; a value lower than that
 * range, and zero, take the lowest colour. Values of both signs are coloured linearly from the lowest
 * to the highest, clipped at {@value #CLIP} times the median size, so that one huge value does not
 * wash out the others (a note then says the ends of the scale also stand for the values beyond).
 * NaN and ∞ are red, which the viridis palette never reaches, and a note says so.
 *
 * <p><b>Big matrices.</b> Rows and columns are taken in blocks so that there are at most
 * {@value #MAX_CELLS} cells a side, each showing the worst entry of its block (the largest; of
 * both signs, the largest in size; NaN above all): one wrong entry of a 784 × 32 weight still shows,
 * and the PNG stays small. A note says how many entries a cell holds.
 */
final class HeatMapPlot {
    static final int WIDTH = 560;
    static final int DECADES = 8;
    static final int MAX_CELLS = 160;
    /** Values of both signs are clipped at this many times their median size. */
    static final int CLIP = 10;
    /** The plot's height for a square matrix; a wide or tall one gets less or more, within bounds. */
    private static final int SQUARE = 460;
    private static final int MIN_PLOT = 110;
    private static final int MAX_PLOT = 380;
    /** Title, column axis, colour scale and notes. */
    private static final int AROUND_PLOT = 200;

    private HeatMapPlot() {
    }

    /** The image's height for a matrix of this shape: the plot follows its aspect ratio within bounds. */
    static int height(Chart.HeatMap map) {
        double[][] v = map.values();
        int rows = v.length;
        int cols = rows == 0 ? 0 : v[0].length;
        double aspect = rows == 0 || cols == 0 ? 1 : (double) rows / cols;
        return (int) Math.max(MIN_PLOT, Math.min(MAX_PLOT, Math.round(SQUARE * aspect))) + AROUND_PLOT;
    }

    static JFreeChart of(Chart.HeatMap map) {
        double[][] values = map.values();
        int rows = values.length;
        int cols = rows == 0 ? 0 : values[0].length;
        boolean logScale = Arrays.stream(values).flatMapToDouble(Arrays::stream)
                .noneMatch(v -> Double.isFinite(v) && v < 0);
        Cells cells = Cells.of(values);
        long nonFinite = Arrays.stream(values).flatMapToDouble(Arrays::stream).filter(v -> !Double.isFinite(v)).count();
        double[] range = logScale ? logRange(values) : clippedRange(values);
        double[] z = new double[cells.worst.length];
        for (int k = 0; k < z.length; k++) {
            double v = cells.worst[k];
            z[k] = !Double.isFinite(v) ? Double.NaN : logScale ? Math.log10(Math.max(v, Math.pow(10, range[0]))) : v;
        }
        DefaultXYZDataset data = new DefaultXYZDataset();
        data.addSeries("values", new double[][] {cells.x, cells.y, z});

        ColourScale scale = new ColourScale(range[0], range[1], ColourScale.VIRIDIS, ColourScale.NON_FINITE);
        XYBlockRenderer renderer = new XYBlockRenderer();
        renderer.setBlockWidth(cells.colStep);
        renderer.setBlockHeight(cells.rowStep);
        renderer.setBlockAnchor(RectangleAnchor.CENTER);
        renderer.setPaintScale(scale);

        NumberAxis columns = indexAxis("column j", cols);
        NumberAxis rowAxis = indexAxis("row i", rows);
        rowAxis.setInverted(true);
        XYPlot plot = new XYPlot(data, columns, rowAxis, renderer);
        plot.setDomainAxisLocation(AxisLocation.TOP_OR_LEFT);
        plot.setBackgroundPaint(Color.WHITE);
        plot.setDomainGridlinesVisible(false);
        plot.setRangeGridlinesVisible(false);
        plot.setOutlinePaint(Color.GRAY);

        JFreeChart chart = PngRenderer.styled(new JFreeChart(null, null, plot, false), map.title());
        // cells meet edge to edge: smoothing their borders would blur them and bloat the PNG
        chart.setAntiAlias(false);
        NumberAxis legendAxis = PngRenderer.styled(new NumberAxis(PngRenderer.cut(map.valueLabel(), 70)
                + (logScale ? " (log scale)" : "")));
        legendAxis.setRange(range[0], range[1]);
        if (logScale) {
            legendAxis.setTickUnit(new NumberTickUnit(1, new PowerOfTen()));
        }
        PaintScaleLegend legend = new PaintScaleLegend(scale, legendAxis);
        legend.setPosition(RectangleEdge.BOTTOM);
        legend.setSubdivisionCount(256);
        legend.setStripWidth(12);
        legend.setAxisOffset(4);
        legend.setMargin(new RectangleInsets(8, 60, 0, 60));
        chart.addSubtitle(legend);
        if (rows == 0 || cols == 0) {
            PngRenderer.note(chart, "No entries (" + rows + " × " + cols + ")");
        }
        if (cells.rowStep > 1 || cells.colStep > 1) {
            PngRenderer.note(chart, rows + " × " + cols + " entries; each cell shows the " + (logScale ? "largest"
                    : "largest in size") + " of " + cells.rowStep + " × " + cells.colStep);
        }
        if (!logScale && clipped(values, range)) {
            PngRenderer.note(chart, "Values beyond the scale take the colour of its end");
        }
        if (nonFinite > 0) {
            PngRenderer.note(chart, "Red: NaN or ∞ (" + nonFinite + (nonFinite == 1 ? " entry)" : " entries)"));
        }
        return chart;
    }

    /**
     * The matrix in blocks of {@code rowStep} × {@code colStep} entries (1 × 1 up to {@value #MAX_CELLS}
     * a side), as cells centred at ({@code x}, {@code y}) = (column, row), each with its block's worst entry.
     */
    private record Cells(int rowStep, int colStep, double[] x, double[] y, double[] worst) {
        static Cells of(double[][] values) {
            int rows = values.length;
            int cols = rows == 0 ? 0 : values[0].length;
            int rowStep = Math.max(1, (int) Math.ceil((double) rows / MAX_CELLS));
            int colStep = Math.max(1, (int) Math.ceil((double) cols / MAX_CELLS));
            int blockRows = (rows + rowStep - 1) / rowStep;
            int blockCols = (cols + colStep - 1) / colStep;
            Cells cells = new Cells(rowStep, colStep, new double[blockRows * blockCols], new double[blockRows * blockCols],
                    new double[blockRows * blockCols]);
            for (int bi = 0; bi < blockRows; bi++) {
                for (int bj = 0; bj < blockCols; bj++) {
                    int k = bi * blockCols + bj;
                    cells.x[k] = bj * colStep + (colStep - 1) / 2.0;
                    cells.y[k] = bi * rowStep + (rowStep - 1) / 2.0;
                    for (int i = bi * rowStep; i < Math.min(rows, (bi + 1) * rowStep); i++) {
                        for (int j = bj * colStep; j < Math.min(cols, (bj + 1) * colStep); j++) {
                            cells.worst[k] = worse(cells.worst[k], values[i][j]);
                        }
                    }
                }
            }
            return cells;
        }
    }

    /** The worse of a block's worst so far and one more value: NaN or ∞ first, then the larger in size. */
    private static double worse(double sofar, double v) {
        if (!Double.isFinite(sofar)) {
            return sofar;
        }
        if (!Double.isFinite(v)) {
            return Double.NaN;
        }
        return Math.abs(v) > Math.abs(sofar) ? v : sofar;
    }

    /** [lowest, highest] power of ten shown: {@value #DECADES} decades below the largest finite value. */
    private static double[] logRange(double[][] values) {
        double largest = Arrays.stream(values).flatMapToDouble(Arrays::stream).filter(Double::isFinite).max()
                .orElse(0);
        double top = largest > 0 ? Math.ceil(Math.log10(largest)) : 0;
        return new double[] {top - DECADES, top};
    }

    /**
     * [lowest, highest] finite value, each clipped at {@value #CLIP} times the median size of the
     * finite values (when that is not zero), never an empty range.
     */
    static double[] clippedRange(double[][] values) {
        double[] finite = Arrays.stream(values).flatMapToDouble(Arrays::stream).filter(Double::isFinite).toArray();
        double[] sizes = Arrays.stream(finite).map(Math::abs).sorted().toArray();
        double median = sizes[sizes.length / 2];
        double clip = median > 0 ? CLIP * median : Double.POSITIVE_INFINITY;
        double low = Math.max(-clip, Arrays.stream(finite).min().orElseThrow());
        double high = Math.min(clip, Arrays.stream(finite).max().orElseThrow());
        if (high - low <= 0) {
            double pad = Math.max(1e-12, Math.abs(low) * 0.1);
            return new double[] {low - pad, high + pad};
        }
        return new double[] {low, high};
    }

    private static boolean clipped(double[][] values, double[] range) {
        return Arrays.stream(values).flatMapToDouble(Arrays::stream).filter(Double::isFinite)
                .anyMatch(v -> v < range[0] || v > range[1]);
    }

    /** An axis of indexes 0 … n-1, each centred on its cells, with integer ticks. */
    private static NumberAxis indexAxis(String label, int n) {
        NumberAxis axis = PngRenderer.styled(new NumberAxis(label));
        axis.setStandardTickUnits(NumberAxis.createIntegerTickUnits());
        axis.setRange(-0.5, Math.max(1, n) - 0.5);
        return axis;
    }

    /** Ticks of a log10 axis, written as the power of ten they stand for: -6 as "1e-6", 0 as "1". */
    private static final class PowerOfTen extends NumberFormat {
        @Override
        public StringBuffer format(double number, StringBuffer to, FieldPosition pos) {
            long k = Math.round(number);
            return to.append(k == 0 ? "1" : k == 1 ? "10" : "1e" + k);
        }

        @Override
        public StringBuffer format(long number, StringBuffer to, FieldPosition pos) {
            return format((double) number, to, pos);
        }

        @Override
        public Number parse(String source, ParsePosition pos) {
            throw new UnsupportedOperationException("a tick label is only written");
        }
    }
}
