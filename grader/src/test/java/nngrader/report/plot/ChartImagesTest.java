package nngrader.report.plot;

import nngrader.api.Chart;

import org.jfree.chart.ChartRenderingInfo;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.title.TextTitle;
import org.junit.jupiter.api.Test;

import javax.imageio.ImageIO;
import java.awt.geom.Rectangle2D;
import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Random;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class ChartImagesTest {
    static final List<String> FASHION = List.of("T-shirt/top", "Trouser", "Pullover", "Dress", "Coat", "Sandal",
            "Shirt", "Sneaker", "Bag", "Ankle boot");
    private final ChartImages images = new ChartImages();

    static Chart.Lines stalledTraining() {
        double[] yours = new double[20];
        double[] reference = new double[20];
        for (int e = 0; e < 20; e++) {
            yours[e] = 2.30 - 0.001 * e;
            reference[e] = 0.3 + 2.0 * Math.exp(-e / 3.0);
        }
        return Chart.lines("Training loss per epoch, blobs, seed 7", "epoch", "loss J")
                .series("your train", yours).series("reference", reference);
    }

    /** A 784 × 32 gradient right to 1e-9 everywhere but in row 300 and a few random entries. */
    static Chart.HeatMap bigGradient() {
        Random random = new Random(1);
        double[][] error = new double[784][32];
        for (double[] row : error) {
            for (int j = 0; j < row.length; j++) {
                row[j] = Math.pow(10, -8 + 4 * random.nextDouble());    // noise over 4 shown decades: hard to compress
            }
        }
        Arrays.fill(error[300], 0.7);
        error[5][5] = Double.NaN;
        return Chart.heatMap("Relative error per entry of dL/dW1 (784 × 32), with a very long title that goes on to"
                + " name the call that was checked, its arguments and then some more", error,
                "relative error, analytic against numerical");
    }

    static Chart.Confusion confusion() {
        Random random = new Random(2);
        int[][] counts = new int[10][10];
        for (int i = 0; i < 10; i++) {
            for (int j = 0; j < 10; j++) {
                counts[i][j] = i == j ? 700 + random.nextInt(250) : random.nextInt(i == 6 && j == 0 ? 200 : 40);
            }
        }
        return Chart.confusion("Fashion-MNIST test images", counts, FASHION);
    }

    static BufferedImage read(byte[] png) throws IOException {
        BufferedImage image = ImageIO.read(new ByteArrayInputStream(png));
        assertNotNull(image, "a PNG");
        return image;
    }

    @Test
    void eachKindIsAPngOfTheSizeItSays() throws Exception {
        for (Chart chart : List.of(stalledTraining(), bigGradient(), confusion(),
                Chart.heatMap("A row vector", new double[][] {{1e-3, 0, 2}}, "relative error"))) {
            ChartImage image = images.draw(chart);
            BufferedImage read = read(image.png());
            assertEquals(image.width(), read.getWidth(), chart.title());
            assertEquals(image.height(), read.getHeight(), chart.title());
            assertTrue(image.width() >= 500 && image.height() >= 300, image.width() + " × " + image.height());
            assertEquals(chart.alt(), image.alt());
        }
        assertEquals(560, images.draw(stalledTraining()).width());
        assertEquals(340, images.draw(stalledTraining()).height());
    }

    @Test
    void theSameChartGivesTheSameBytes() throws Exception {
        for (Chart chart : List.of(stalledTraining(), bigGradient(), confusion())) {
            assertArrayEquals(images.png(chart), images.png(chart), chart.title());
        }
    }

    /** Ten long series of noise: the worst case for PNG compression. */
    static Chart.Lines tenNoisySeries() {
        Random random = new Random(3);
        Chart.Lines lines = Chart.lines("Ten long series of noise: the worst case for PNG compression, and a title"
                + " long enough to need two lines or more", "epoch", "loss J");
        for (int s = 0; s < 10; s++) {
            lines = lines.series("series number " + s + " with a long name that a legend must cut short",
                    random.doubles(200).toArray());
        }
        return lines;
    }

    static Chart.Confusion fortyClasses() {
        Random random = new Random(4);
        int[][] many = new int[40][40];
        for (int[] row : many) {
            Arrays.setAll(row, j -> random.nextInt(1000));
        }
        List<String> classes = new ArrayList<>();
        for (int c = 0; c < 40; c++) {
            classes.add("class " + c);
        }
        return Chart.confusion("40 classes", many, classes);
    }

    static Chart.Lines tenThousandEpochs() {
        double[] loss = new Random(5).doubles(10_000).map(v -> Math.exp(-v)).toArray();
        return Chart.lines("10 000 epochs", "epoch", "loss").series("loss", loss);
    }

    @Test
    void everyKindStaysUnderTheCapAtItsLargest() throws Exception {
        for (Chart chart : List.of(tenNoisySeries(), bigGradient(), confusion(), fortyClasses(), tenThousandEpochs())) {
            int bytes = images.png(chart).length;
            assertTrue(bytes < ChartImages.MAX_BYTES, chart.title() + ": " + bytes + " bytes");
        }
    }

    @Test
    void nonFiniteValuesAreDrawnAndNamed() throws Exception {
        double[] loss = {2.3, 1.9, Double.NaN, Double.POSITIVE_INFINITY, 1.2, 1.0};
        Chart.Lines diverged = Chart.lines("Diverged", "epoch", "loss J").series("your train", loss);
        read(images.png(diverged));
        assertTrue(notes(LinesPlot.of(diverged)).contains("Gaps in a line: NaN or infinite values (2)"));

        Chart.HeatMap broken = Chart.heatMap("NaN", new double[][] {{Double.NaN, 1e-9}, {Double.NEGATIVE_INFINITY, 0}},
                "relative error");
        read(images.png(broken));
        assertTrue(notes(HeatMapPlot.of(broken)).contains("Red: NaN or ∞ (2 entries)"));

        for (Chart chart : List.of(Chart.heatMap("all NaN", new double[][] {{Double.NaN}}, "e"),
                Chart.heatMap("empty", new double[0][0], "e"), Chart.heatMap("zeros", new double[3][3], "e"),
                Chart.heatMap("signed", new double[][] {{-1, 2}, {Double.NaN, 3}}, "difference"),
                Chart.lines("no series", "epoch", "loss"), Chart.lines("one point", "epoch", "loss").series("a",
                        new double[] {1}), Chart.lines("empty", "x", "y").series("a", new double[0]),
                Chart.confusion("no classes", new int[0][0], List.of()))) {
            read(images.png(chart));
        }
    }

    @Test
    void aHeatMapShowsTheOneWrongRowInItsOwnColour() throws Exception {
        double[][] error = new double[8][6];
        for (double[] row : error) {
            Arrays.fill(row, 1e-10);
        }
        Arrays.fill(error[3], 0.5);
        Chart.HeatMap map = Chart.heatMap("One wrong row", error, "relative error");
        BufferedImage image = read(images.png(map));
        // where the cells are: the same layout, drawn again with its rendering info
        ChartRenderingInfo info = new ChartRenderingInfo();
        HeatMapPlot.of(map).createBufferedImage(image.getWidth(), image.getHeight(), BufferedImage.TYPE_INT_RGB, info);
        Rectangle2D area = info.getPlotInfo().getDataArea();
        double band = area.getHeight() / 8;
        double[][] means = new double[8][];
        for (int i = 0; i < 8; i++) {
            means[i] = meanColour(image, area.getMinX() + 3, area.getMaxX() - 3, area.getMinY() + i * band + 3,
                    area.getMinY() + (i + 1) * band - 3);
        }
        for (int i = 0; i < 8; i++) {
            double fromWrong = distance(means[i], means[3]);
            double fromRight = distance(means[i], means[i == 0 ? 1 : 0]);
            if (i == 3) {
                assertTrue(fromRight > 150, "row 3 stands out: " + Arrays.toString(means[3]) + " against "
                        + Arrays.toString(means[0]));
            } else {
                assertTrue(fromRight < 5 && fromWrong > 150, "row " + i + " looks like the right rows: "
                        + Arrays.toString(means[i]));
            }
        }
    }

    @Test
    void oneHugeValueOfBothSignsIsClippedSoTheOthersKeepTheirColours() {
        double[][] values = {{-3, -1, 0}, {1, 2, 5000}, {0.5, Double.POSITIVE_INFINITY, -0.5}};
        assertArrayEquals(new double[] {-3, 10}, HeatMapPlot.clippedRange(values), "10 × the median size, 1");
        assertTrue(notes(HeatMapPlot.of(Chart.heatMap("d", values, "difference")))
                .contains("Values beyond the scale take the colour of its end"));
        assertArrayEquals(new double[] {-2, 3}, HeatMapPlot.clippedRange(new double[][] {{-2, 3}}), "nothing to clip");
    }

    @Test
    void aMachineThatCannotDrawGetsAReasonNotACrash() {
        ChartNotDrawn e = assertThrows(ChartNotDrawn.class, () -> PngRenderer.png(() -> {
            throw new InternalError("Fontconfig head is null, check your fonts or fonts configuration");
        }, 100, 100, "The plot \"loss\""));
        assertTrue(e.getMessage().startsWith("The plot \"loss\" could not be drawn: java.lang.InternalError: Fontconfig"),
                e.getMessage());
        assertTrue(e.reason().endsWith("(is a font installed? On Debian or Ubuntu: apt-get install fonts-dejavu-core)"),
                e.reason());
    }

    @Test
    void aLongSeriesKeepsItsSpikesAndGaps() {
        double[] y = new double[5000];
        Arrays.fill(y, 1);
        y[1234] = 50;
        y[4321] = Double.NaN;
        var kept = LinesPlot.kept(y);
        assertTrue(kept.size() < 1000, kept.size() + " points");
        assertTrue(kept.contains(1234) && kept.contains(4321) && kept.contains(0) && kept.contains(4999));
    }

    /** Writes sample PNGs for a person to look at: {@code -Dnngrader.plotSamples=FOLDER}. */
    @Test
    void writeSamplesWhenAsked() throws Exception {
        String folder = System.getProperty("nngrader.plotSamples");
        if (folder == null) {
            return;
        }
        Path out = Files.createDirectories(Path.of(folder));
        double[][] transposed = new double[10][4];
        for (int i = 0; i < 10; i++) {
            for (int j = 0; j < 4; j++) {
                transposed[i][j] = i == j ? 1e-10 : 0.3 + 0.1 * ((i + j) % 3);
            }
        }
        Chart.HeatMap oneRow = Chart.heatMap("Relative error per entry of dL/dW (8 × 6): a one-row bug",
                new double[][] {{1e-10, 2e-10, 1e-11, 3e-10, 1e-10, 0}, {1e-10, 2e-10, 1e-11, 3e-10, 1e-10, 0},
                        {0.5, 0.4, 1.0, Double.NaN, 0.6, 0.5}, {1e-10, 2e-10, 1e-11, 3e-10, 1e-10, 0}}, "relative error,"
                        + " analytic against numerical");
        var samples = new java.util.LinkedHashMap<String, Chart>();
        samples.put("lines-stalled-training", stalledTraining());
        samples.put("lines-diverged", Chart.lines("Diverged", "epoch", "loss J")
                .series("your train", new double[] {2.3, 1.9, 3.5, 9, Double.NaN, Double.POSITIVE_INFINITY, Double.NaN})
                .series("reference", new double[] {2.3, 1.5, 1.1, 0.9, 0.8, 0.75, 0.7}));
        samples.put("heatmap-one-row", oneRow);
        samples.put("heatmap-transposed", Chart.heatMap("Relative error per entry of W (10 × 4): transposed", transposed,
                "relative error, yours against expected"));
        samples.put("heatmap-784x32", bigGradient());
        double[][] bias = new double[1][784];
        Arrays.setAll(bias[0], j -> j % 10 == 3 ? 0.9 : 1e-9 * (1 + j % 7));
        samples.put("heatmap-bias-1x784", Chart.heatMap("Relative error per entry of dL/db1 (1 × 784)", bias,
                "relative error, analytic against numerical"));
        samples.put("heatmap-signed", Chart.heatMap("Signed differences", new double[][] {{-3, -1, 0}, {1, 2, 50},
                {0.5, Double.POSITIVE_INFINITY, -0.5}}, "yours minus expected"));
        samples.put("confusion-fashion", confusion());
        samples.put("lines-ten-noisy-series", tenNoisySeries());
        samples.put("lines-10000-epochs", tenThousandEpochs());
        samples.put("confusion-40-classes", fortyClasses());
        StringBuilder sizes = new StringBuilder();
        for (var sample : samples.entrySet()) {
            ChartImage image = images.draw(sample.getValue());
            Files.write(out.resolve(sample.getKey() + ".png"), image.png());
            sizes.append(String.format("%-28s %4d × %3d px %6d bytes%n", sample.getKey(), image.width(), image.height(),
                    image.png().length));
        }
        Files.writeString(out.resolve("sizes.txt"), sizes);
    }

    private static List<String> notes(JFreeChart chart) {
        List<String> notes = new ArrayList<>();
        for (int i = 0; i < chart.getSubtitleCount(); i++) {
            if (chart.getSubtitle(i) instanceof TextTitle text) {
                notes.add(text.getText());
            }
        }
        return notes;
    }

    private static double[] meanColour(BufferedImage image, double x0, double x1, double y0, double y1) {
        double[] sum = new double[3];
        int n = 0;
        for (int y = (int) Math.ceil(y0); y < y1; y++) {
            for (int x = (int) Math.ceil(x0); x < x1; x++) {
                int rgb = image.getRGB(x, y);
                sum[0] += (rgb >> 16) & 0xFF;
                sum[1] += (rgb >> 8) & 0xFF;
                sum[2] += rgb & 0xFF;
                n++;
            }
        }
        assertTrue(n > 10, "a band of pixels");
        return new double[] {sum[0] / n, sum[1] / n, sum[2] / n};
    }

    private static double distance(double[] a, double[] b) {
        return Math.sqrt(Math.pow(a[0] - b[0], 2) + Math.pow(a[1] - b[1], 2) + Math.pow(a[2] - b[2], 2));
    }
}
