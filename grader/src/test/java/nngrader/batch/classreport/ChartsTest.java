package nngrader.batch.classreport;

import org.jfree.chart.JFreeChart;
import org.jfree.chart.LegendItemCollection;
import org.jfree.chart.plot.CategoryPlot;
import org.jfree.chart.plot.XYPlot;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import javax.imageio.ImageIO;
import java.awt.Color;
import java.awt.image.BufferedImage;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;

class ChartsTest {
    @TempDir
    Path dir;

    static List<ClassStatistics.TestColumn> tests() {
        return List.of(new ClassStatistics.TestColumn("1.2 dL_dz: a - y", 2, 0.25, 0.5),
                new ClassStatistics.TestColumn("1.3 training: accuracy above 0.9 on blobs after 20 epochs with the"
                        + " learning rate of the handout", 2, 0.5, 1),
                new ClassStatistics.TestColumn("1.1 softmax: sums to 1", 2, 1.0, 2));
    }

    @Test
    void thePassRatePlotSaysWhatRedMeansAndDrawsTheHardTestsRed() {
        JFreeChart chart = Charts.passRateBars(tests(), "Pass rate of each test, hardest first");
        CategoryPlot plot = chart.getCategoryPlot();
        LegendItemCollection legend = plot.getLegendItems();
        assertEquals("passed by fewer than half", legend.get(0).getLabel());
        assertEquals("passed by half or more", legend.get(1).getLabel());
        Color red = (Color) legend.get(0).getFillPaint();
        assertEquals(red, plot.getRenderer().getItemPaint(0, 0), "25 % is red");
        assertNotEquals(red, plot.getRenderer().getItemPaint(0, 1), "50 % is not");
        assertNotEquals(red, plot.getRenderer().getItemPaint(0, 2));
        assertEquals("submissions that passed (%)", plot.getRangeAxis().getLabel());
    }

    @Test
    void theHistogramCountsSubmissionsPerBinAndSaysSoOnItsAxis() {
        JFreeChart chart = Charts.histogram(new double[] {0, 2.9, 6, 6, 7}, 6, "Total scores");
        XYPlot plot = chart.getXYPlot();
        assertEquals("submissions", plot.getRangeAxis().getLabel());
        assertEquals("total score (5 submissions)", plot.getDomainAxis().getLabel());
        List<Number> counts = new ArrayList<>();
        for (int bin = 0; bin < plot.getDataset().getItemCount(0); bin++) {
            counts.add(plot.getDataset().getY(0, bin));
        }
        assertEquals(List.of(1.0, 0.0, 0.0, 0.0, 1.0, 0.0, 0.0, 0.0, 0.0, 3.0), counts,
                "full marks, and a score above them, in the last bin");
    }

    @Test
    void bothPlotsArePngs() throws Exception {
        Charts charts = new Charts();
        charts.scoreHistogram(new double[] {1, 2, 3}, 6, "Total scores", dir.resolve("plots/scores.png"));
        charts.passRates(tests(), "Pass rate of each test, hardest first", dir.resolve("plots/pass-rates.png"));
        BufferedImage scores = ImageIO.read(dir.resolve("plots/scores.png").toFile());
        BufferedImage rates = ImageIO.read(dir.resolve("plots/pass-rates.png").toFile());
        assertNotNull(scores);
        assertNotNull(rates);
        assertEquals(640, scores.getWidth());
        assertEquals(150 + 3 * 22, rates.getHeight());
        String samples = System.getProperty("nngrader.plotSamples");
        if (samples != null) {
            charts.scoreHistogram(new double[] {0, 1.5, 3, 4, 4.5, 5, 5.5, 6, 6, 6, 6, 2}, 6, "Total scores",
                    Path.of(samples, "class-scores.png"));
            charts.passRates(tests(), "Pass rate of each test, hardest first", Path.of(samples, "class-pass-rates.png"));
        }
    }
}
