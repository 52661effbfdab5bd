package nngrader.batch.classreport;

import nngrader.report.Numbers;
import javax.imageio.ImageIO;
import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Font;
import java.awt.FontMetrics;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.file.Path;
import java.util.List;

/**
 * The report's two plots as PNG, drawn with Java 2D (headless): the distribution of total scores, and
 * each test's pass rate, hardest first. Text needs a font (Debian's fonts-dejavu-core); without one,
 * or without AWT, drawing throws, and the caller reports that the plots could not be drawn.
 */
public class Charts {
    private static final Color BAR = new Color(0x4C72B0);
    private static final Color LOW = new Color(0xC44E52);
    private static final Color GRID = new Color(0xDDDDDD);
    private static final int BINS = 10;

    public Charts() {
        // a server has no display; a stale DISPLAY must not make AWT try to reach one
        if (System.getProperty("java.awt.headless") == null) {
            System.setProperty("java.awt.headless", "true");
        }
    }

    /** A histogram of {@code totals} in 10 bins from 0 to {@code maxScore}; the last bin holds full marks. */
    public void scoreHistogram(double[] totals, double maxScore, String title, Path png) throws IOException {
        double top = maxScore > 0 ? maxScore : 1;
        int[] counts = new int[BINS];
        for (double total : totals) {
            counts[Math.max(0, Math.min(BINS - 1, (int) Math.floor(total / top * BINS)))]++;
        }
        int highest = Math.max(1, java.util.Arrays.stream(counts).max().orElse(1));
        int step = Math.max(1, (int) Math.ceil(highest / 5.0)); // at most 6 whole-number ticks
        int most = step * (int) Math.ceil((double) highest / step);
        int width = 640, height = 400, left = 60, right = 20, upper = 50, lower = 60;
        BufferedImage image = new BufferedImage(width, height, BufferedImage.TYPE_INT_RGB);
        Graphics2D g = canvas(image);
        g.setFont(new Font(Font.SANS_SERIF, Font.BOLD, 16));
        g.drawString(fit(title, g.getFontMetrics(), width - 2 * left), left, 30);
        g.setFont(new Font(Font.SANS_SERIF, Font.PLAIN, 12));
        int plotW = width - left - right, plotH = height - upper - lower;
        for (int count = 0; count <= most; count += step) {
            int y = upper + plotH - plotH * count / most;
            g.setColor(GRID);
            g.drawLine(left, y, left + plotW, y);
            g.setColor(Color.DARK_GRAY);
            drawRight(g, Integer.toString(count), left - 6, y + 4);
        }
        int barW = plotW / BINS;
        for (int bin = 0; bin < BINS; bin++) {
            int h = plotH * counts[bin] / most;
            g.setColor(BAR);
            g.fillRect(left + bin * barW + 2, upper + plotH - h, barW - 4, h);
            g.setColor(Color.DARK_GRAY);
            drawCentered(g, Numbers.points(top * bin / BINS), left + bin * barW, upper + plotH + 16);
        }
        drawCentered(g, Numbers.points(top), left + plotW, upper + plotH + 16);
        drawCentered(g, "total score (" + totals.length + " submissions)", left + plotW / 2, height - 16);
        g.setColor(Color.BLACK);
        g.drawLine(left, upper + plotH, left + plotW, upper + plotH);
        g.dispose();
        write(image, png);
    }

    /** One horizontal bar per test, in the order given (hardest first), with its pass rate in percent. */
    public void passRates(List<ClassStatistics.TestColumn> tests, String title, Path png) throws IOException {
        int row = 20, labelW = 380, plotW = 300, upper = 50, width = labelW + plotW + 70;
        int height = upper + Math.max(1, tests.size()) * row + 20;
        BufferedImage image = new BufferedImage(width, height, BufferedImage.TYPE_INT_RGB);
        Graphics2D g = canvas(image);
        g.setFont(new Font(Font.SANS_SERIF, Font.BOLD, 16));
        g.drawString(fit(title, g.getFontMetrics(), width - 20), 10, 30);
        g.setFont(new Font(Font.SANS_SERIF, Font.PLAIN, 11));
        FontMetrics metrics = g.getFontMetrics();
        for (int i = 0; i < tests.size(); i++) {
            ClassStatistics.TestColumn test = tests.get(i);
            int y = upper + i * row;
            g.setColor(Color.DARK_GRAY);
            g.drawString(fit(test.label(), metrics, labelW - 20), 10, y + 14);
            g.setColor(GRID);
            g.fillRect(labelW, y + 3, plotW, row - 6);
            g.setColor(test.passRate() < 0.5 ? LOW : BAR);
            g.fillRect(labelW, y + 3, (int) Math.round(plotW * test.passRate()), row - 6);
            g.setColor(Color.DARK_GRAY);
            g.drawString(Math.round(test.passRate() * 100) + " %", labelW + plotW + 8, y + 14);
        }
        g.dispose();
        write(image, png);
    }

    private static Graphics2D canvas(BufferedImage image) {
        Graphics2D g = image.createGraphics();
        g.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
        g.setRenderingHint(RenderingHints.KEY_TEXT_ANTIALIASING, RenderingHints.VALUE_TEXT_ANTIALIAS_ON);
        g.setColor(Color.WHITE);
        g.fillRect(0, 0, image.getWidth(), image.getHeight());
        g.setStroke(new BasicStroke(1));
        g.setColor(Color.BLACK);
        return g;
    }

    private static String fit(String text, FontMetrics metrics, int width) {
        if (metrics.stringWidth(text) <= width) {
            return text;
        }
        String cut = text;
        while (!cut.isEmpty() && metrics.stringWidth(cut + "…") > width) {
            cut = cut.substring(0, cut.length() - 1);
        }
        return cut + "…";
    }

    private static void drawCentered(Graphics2D g, String text, int x, int y) {
        g.drawString(text, x - g.getFontMetrics().stringWidth(text) / 2, y);
    }

    private static void drawRight(Graphics2D g, String text, int x, int y) {
        g.drawString(text, x - g.getFontMetrics().stringWidth(text), y);
    }

    private static void write(BufferedImage image, Path png) throws IOException {
        java.nio.file.Files.createDirectories(png.toAbsolutePath().getParent());
        if (!ImageIO.write(image, "png", png.toFile())) {
            throw new IOException("this JDK has no PNG writer");
        }
    }
}
