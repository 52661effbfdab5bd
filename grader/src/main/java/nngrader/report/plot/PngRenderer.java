package nngrader.report.plot;

import org.jfree.chart.JFreeChart;
import org.jfree.chart.axis.Axis;
import org.jfree.chart.axis.ValueAxis;
import org.jfree.chart.title.LegendTitle;
import org.jfree.chart.title.TextTitle;
import org.jfree.chart.ui.RectangleInsets;

import javax.imageio.IIOImage;
import javax.imageio.ImageIO;
import javax.imageio.ImageWriteParam;
import javax.imageio.ImageWriter;
import javax.imageio.stream.ImageOutputStream;
import java.awt.AWTError;
import java.awt.Color;
import java.awt.Font;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.util.function.Supplier;

/**
 * Draws a JFreeChart to PNG bytes, headless, in the grader's one style (fonts, white background, a
 * title of at most two lines). Every plot of the grader goes through it, so that a machine without
 * fonts is told the same way everywhere: {@link ChartNotDrawn}.
 */
public final class PngRenderer {
    static {
        headless();
    }

    /**
     * Makes AWT headless unless the JVM was told otherwise: a server has no display, and a stale
     * DISPLAY must not make AWT try to reach one. Call it before any AWT class loads (a class's
     * {@code Color} constants count: loading {@code java.awt.Color} settles the question for good).
     */
    public static void headless() {
        if (System.getProperty("java.awt.headless") == null) {
            System.setProperty("java.awt.headless", "true");
        }
    }

    /** A title longer than this is cut before it is wrapped: a suite's title may name a long call. */
    private static final int MAX_TITLE = 160;

    static final Font TITLE = new Font(Font.SANS_SERIF, Font.BOLD, 15);
    static final Font LABEL = new Font(Font.SANS_SERIF, Font.PLAIN, 13);
    static final Font TICK = new Font(Font.SANS_SERIF, Font.PLAIN, 11);
    static final Font NOTE = new Font(Font.SANS_SERIF, Font.ITALIC, 11);

    /** A chart with the grader's title (wrapped to two lines, then cut), background and legend fonts. */
    public static JFreeChart styled(JFreeChart chart, String title) {
        TextTitle heading = new TextTitle(cut(title, MAX_TITLE), TITLE);
        heading.setMaximumLinesToDisplay(2);
        chart.setTitle(heading);
        chart.setBackgroundPaint(Color.WHITE);
        chart.setPadding(new RectangleInsets(6, 6, 6, 10));
        LegendTitle legend = chart.getLegend();
        if (legend != null) {
            legend.setItemFont(TICK);
            legend.setFrame(org.jfree.chart.block.BlockBorder.NONE);
        }
        return chart;
    }

    /** A note under the title, e.g. what a colour means. */
    public static void note(JFreeChart chart, String text) {
        TextTitle note = new TextTitle(text, NOTE);
        note.setMaximumLinesToDisplay(2);
        chart.addSubtitle(note);
    }

    /** The grader's fonts on an axis. */
    public static <A extends Axis> A styled(A axis) {
        axis.setLabelFont(LABEL);
        axis.setTickLabelFont(TICK);
        if (axis instanceof ValueAxis value) {
            value.setTickLabelPaint(Color.DARK_GRAY);
        }
        return axis;
    }

    /**
     * The chart as PNG bytes, the same bytes for the same chart. It is built inside, so that an error
     * AWT throws while building it (a font measured early) is caught too.
     *
     * @param what names the plot in the message when it cannot be drawn
     */
    public static byte[] png(Supplier<JFreeChart> chart, int width, int height, String what) throws ChartNotDrawn {
        return png(chart, width, height, what, Integer.MAX_VALUE);
    }

    /**
     * As {@link #png(Supplier, int, int, String)}, and when the smooth (antialiased) drawing weighs
     * more than {@code smoothUpTo} bytes, drawn again without smoothing: a chart dense with lines, ten
     * series of noise, then compresses about ten times better (measured: 190 KB against 17 KB).
     */
    public static byte[] png(Supplier<JFreeChart> chart, int width, int height, String what, int smoothUpTo)
            throws ChartNotDrawn {
        try {
            JFreeChart drawn = chart.get();
            byte[] png = encode(drawn.createBufferedImage(width, height, BufferedImage.TYPE_INT_RGB, null));
            if (png.length > smoothUpTo && drawn.getAntiAlias()) {
                drawn.setAntiAlias(false);
                png = encode(drawn.createBufferedImage(width, height, BufferedImage.TYPE_INT_RGB, null));
            }
            return png;
        } catch (IOException | RuntimeException | LinkageError | AWTError | InternalError e) {
            // no fonts: an InternalError ("Fontconfig head is null") or a NullPointerException in
            // sun.awt.FontConfiguration; a JDK without AWT: UnsatisfiedLinkError, then NoClassDefFoundError
            throw new ChartNotDrawn(what, e);
        }
    }

    /** PNG at the strongest compression: a plot's flat colours shrink by about half more than at the default. */
    private static byte[] encode(BufferedImage image) throws IOException {
        ImageWriter writer = ImageIO.getImageWritersByFormatName("png").next();
        ImageWriteParam strongest = writer.getDefaultWriteParam();
        strongest.setCompressionMode(ImageWriteParam.MODE_EXPLICIT);
        strongest.setCompressionQuality(0f);
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (ImageOutputStream out = ImageIO.createImageOutputStream(bytes)) {
            writer.setOutput(out);
            writer.write(null, new IIOImage(image, null, null), strongest);
        } finally {
            writer.dispose();
        }
        return bytes.toByteArray();
    }

    /** {@code text}, cut to at most {@code max} characters with "…". */
    static String cut(String text, int max) {
        return text.length() <= max ? text : text.substring(0, max - 1) + "…";
    }

    private PngRenderer() {
    }
}
