package nngrader.report;

import nngrader.api.Chart;

import java.util.Optional;

/** Draws a chart as a PNG for the formats that show images. */
public interface ChartPainter {
    /** The chart's PNG bytes; empty when it cannot be drawn here (no fonts, no AWT), and then its alt text stands in. */
    Optional<byte[]> png(Chart chart);

    /** A painter that draws nothing: every chart is its alt text. */
    ChartPainter NONE = chart -> Optional.empty();

    /** The painter results files use. */
    static ChartPainter standard() {
        return NONE;
    }
}
