package nngrader.api;

import java.math.BigDecimal;
import java.math.MathContext;
import java.math.RoundingMode;
import java.util.Locale;
import java.util.function.IntFunction;

/** Values as failure messages print them: numbers rounded to 6 digits, long arrays elided in the middle. */
final class Show {
    /** Arrays longer than this are shown with their middle elided. */
    private static final int MAX = 10;
    private static final int HEAD = 6;
    private static final int TAIL = 3;

    private Show() {
    }

    /** A number rounded to {@code digits} significant digits, as Java prints it. */
    static String number(double v, int digits) {
        if (!Double.isFinite(v) || v == 0) {
            return Double.toString(v);
        }
        return Double.toString(new BigDecimal(v).round(new MathContext(digits, RoundingMode.HALF_EVEN)).doubleValue());
    }

    static String number(double v) {
        return number(v, 6);
    }

    /** Expected and actual, with as many digits as it takes to tell them apart (6 at least). */
    static String[] pair(double expected, double actual) {
        for (int digits = 6; digits < 17; digits++) {
            String e = number(expected, digits);
            String a = number(actual, digits);
            if (!e.equals(a)) {
                return new String[] {e, a};
            }
        }
        return new String[] {Double.toString(expected), Double.toString(actual)};
    }

    static String vector(double[] v) {
        return v == null ? "null" : elided(v.length, i -> number(v[i]), "more");
    }

    static String matrix(double[][] m) {
        return m == null ? "null" : elided(m.length, i -> vector(m[i]), "more rows");
    }

    static String ints(int[] v) {
        return v == null ? "null" : elided(v.length, i -> Integer.toString(v[i]), "more");
    }

    /** A tolerance: "0", "0.5", or in scientific notation with up to 3 digits, "1e-9", "2.5e-12". */
    static String tolerance(double t) {
        if (t == 0 || (t >= 1e-3 && t < 1e4)) {
            return t == 0 ? "0" : number(t);
        }
        String[] parts = String.format(Locale.ROOT, "%.2e", t).split("e");
        String mantissa = parts[0].replaceAll("0+$", "").replaceAll("\\.$", "");
        return mantissa + "e" + Integer.parseInt(parts[1]);
    }

    /** "1 entry", "3 entries". */
    static String entries(int n) {
        return n == 1 ? "1 entry" : n + " entries";
    }

    /** "[i]" for an entry of a vector ({@code j < 0}), "[i][j]" for one of a matrix. */
    static String where(int i, int j) {
        return j < 0 ? "[" + i + "]" : "[" + i + "][" + j + "]";
    }

    static String rowLengths(double[][] m) {
        int[] lengths = new int[m.length];
        for (int i = 0; i < m.length; i++) {
            lengths[i] = m[i].length;
        }
        return "row lengths " + ints(lengths);
    }

    /** "[e0, e1, ...]", with the middle of a long list replaced by "... (n more) ...". */
    private static String elided(int length, IntFunction<String> entry, String more) {
        StringBuilder s = new StringBuilder("[");
        for (int i = 0; i < length; i++) {
            if (length > MAX && i == HEAD) {
                int skipped = length - HEAD - TAIL;
                s.append("... (").append(skipped).append(' ').append(more).append(") ..., ");
                i += skipped - 1;
                continue;
            }
            s.append(entry.apply(i)).append(i < length - 1 ? ", " : "");
        }
        return s.append(']').toString();
    }
}
