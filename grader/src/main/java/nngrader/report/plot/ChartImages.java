package nngrader.report.plot;

import nngrader.api.Chart;

import org.jfree.chart.JFreeChart;

/**
 * Draws a test's {@link Chart}s as PNG for the formats that show images: a line chart or a confusion
 * matrix at a fixed size ({@value LinesPlot#WIDTH} × {@value LinesPlot#HEIGHT}, {@value ConfusionPlot#WIDTH}
 * × {@value ConfusionPlot#HEIGHT}), a heat map {@value HeatMapPlot#WIDTH} wide and as tall as its
 * matrix's shape asks, within bounds. The same chart gives the same bytes. Each stays well under
 * {@value #MAX_BYTES} bytes, even for a 784 × 32 heat map or ten series of hundreds of points, so a
 * results file can carry several.
 */
public final class ChartImages {
    static {
        PngRenderer.headless();
    }

    /** What a chart's PNG may weigh at most; {@code ChartImagesTest} checks each kind against it. */
    public static final int MAX_BYTES = 60 * 1024;
    /** A chart heavier than this when drawn smooth is drawn again without smoothing; see {@link PngRenderer}. */
    private static final int SMOOTH_UP_TO = 40 * 1024;

    /**
     * The chart as a PNG.
     *
     * @throws ChartNotDrawn when this machine cannot draw (no fonts): show {@link Chart#alt()} alone
     */
    public ChartImage draw(Chart chart) throws ChartNotDrawn {
        int width;
        int height;
        java.util.function.Supplier<JFreeChart> plot;
        if (chart instanceof Chart.Lines lines) {
            width = LinesPlot.WIDTH;
            height = LinesPlot.HEIGHT;
            plot = () -> LinesPlot.of(lines);
        } else if (chart instanceof Chart.HeatMap map) {
            width = HeatMapPlot.WIDTH;
            height = HeatMapPlot.height(map);
            plot = () -> HeatMapPlot.of(map);
        } else if (chart instanceof Chart.Confusion confusion) {
            width = ConfusionPlot.WIDTH;
            height = ConfusionPlot.HEIGHT;
            plot = () -> ConfusionPlot.of(confusion);
        } else {
            throw new IllegalArgumentException("no drawing for " + chart.getClass().getName());
        }
        return new ChartImage(PngRenderer.png(plot, width, height, "The plot \"" + chart.title() + "\"",
                SMOOTH_UP_TO), width,
                height, chart.alt());
    }

    /** The chart's PNG bytes; see {@link #draw}. */
    public byte[] png(Chart chart) throws ChartNotDrawn {
        return draw(chart).png();
    }
}
