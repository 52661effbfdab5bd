package nngrader.report.plot;

import org.jfree.chart.renderer.PaintScale;

import java.awt.Color;
import java.awt.Paint;

/**
 * Colours for values from {@code lower} to {@code upper}, interpolated between a palette's stops in 256
 * steps; a value outside is clamped to the nearest end, and NaN gets the palette's own colour.
 */
final class ColourScale implements PaintScale {
    /** Viridis (matplotlib's default): dark purple to yellow, even in lightness, readable in grey. */
    static final Color[] VIRIDIS = {new Color(68, 1, 84), new Color(71, 44, 122), new Color(59, 81, 139),
            new Color(44, 113, 142), new Color(33, 144, 141), new Color(39, 173, 129), new Color(92, 200, 99),
            new Color(170, 220, 50), new Color(253, 231, 37)};
    /** White to dark blue, for counts: an empty cell is blank. */
    static final Color[] BLUES = {new Color(247, 251, 255), new Color(198, 219, 239), new Color(107, 174, 214),
            new Color(33, 113, 181), new Color(8, 48, 107)};
    /** NaN and ∞ on the viridis scale: red, which viridis never reaches. */
    static final Color NON_FINITE = new Color(228, 26, 28);
    private static final int STEPS = 256;

    private final double lower;
    private final double upper;
    private final Color[] steps = new Color[STEPS];
    private final Color nan;

    ColourScale(double lower, double upper, Color[] stops, Color nan) {
        this.lower = lower;
        this.upper = upper;
        this.nan = nan;
        for (int i = 0; i < STEPS; i++) {
            double at = (double) i / (STEPS - 1) * (stops.length - 1);
            int k = Math.min(stops.length - 2, (int) at);
            double t = at - k;
            steps[i] = new Color(mix(stops[k].getRed(), stops[k + 1].getRed(), t),
                    mix(stops[k].getGreen(), stops[k + 1].getGreen(), t), mix(stops[k].getBlue(), stops[k + 1].getBlue(), t));
        }
    }

    @Override
    public double getLowerBound() {
        return lower;
    }

    @Override
    public double getUpperBound() {
        return upper;
    }

    @Override
    public Paint getPaint(double value) {
        if (Double.isNaN(value)) {
            return nan;
        }
        double t = (value - lower) / (upper - lower);
        return steps[(int) Math.round(Math.max(0, Math.min(1, t)) * (STEPS - 1))];
    }

    /** Whether text on this value's colour should be white: the colour is dark. */
    boolean isDark(double value) {
        Color c = (Color) getPaint(value);
        return 0.299 * c.getRed() + 0.587 * c.getGreen() + 0.114 * c.getBlue() < 140;
    }

    private static int mix(int a, int b, double t) {
        return (int) Math.round(a + (b - a) * t);
    }
}
