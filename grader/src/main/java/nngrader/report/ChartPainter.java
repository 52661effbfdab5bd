package nngrader.report;

import nngrader.api.Chart;
import nngrader.report.plot.ChartImages;
import nngrader.report.plot.ChartNotDrawn;

import java.util.Optional;

/** Draws a chart as a PNG for the formats that show images. */
public interface ChartPainter {
    /** The chart's PNG bytes; empty when it cannot be drawn here (no fonts, no AWT), and then its alt text stands in. */
    Optional<byte[]> png(Chart chart);

    /** A painter that draws nothing: every chart is its alt text. */
    ChartPainter NONE = chart -> Optional.empty();

    /** The painter results files use: JFreeChart's, which gives way to alt text on a machine that cannot draw. */
    static ChartPainter standard() {
        ChartImages images;
        try {
            images = new ChartImages();
        } catch (LinkageError e) {
            // a grader without its chart library still writes every results file, with words for plots
            return NONE;
        }
        return chart -> {
            try {
                return Optional.of(images.png(chart));
            } catch (ChartNotDrawn e) {
                return Optional.empty();
            }
        };
    }
}
