package nn.util;

import java.util.Locale;

/**
 * Compares numbers with a tolerance, by numpy's rule: an entry is close when
 * <pre>    |actual − expected| ≤ atol + rtol · |expected|</pre>
 * NaN is close only to NaN, and an infinity only to the same infinity. Arrays must have the
 * same shape (same length, same row lengths); a different shape or a null is never close.
 *
 * <p>Use {@code allClose} for a yes/no answer, {@code explain} for the reason, and
 * {@code assertAllClose} in tests:
 * <pre>{@code
 * AllClose.allClose(new double[] {0.5, 0.5}, softmax.softmax(z), 1e-9, 0)   // true or false
 * AllClose.assertAllClose(new double[] {0.5, 0.5}, softmax.softmax(z), 1e-9, 0, "softmax([1000, 1000])");
 * // when softmax returned [NaN, NaN]:
 * // java.lang.AssertionError: softmax([1000, 1000]): at [0] expected 0.5 but was NaN; 2 of 2 entries
 * //     differ; largest absolute error Infinity, largest relative error Infinity (rtol 1.0E-9, atol 0.0)
 * }</pre>
 * {@code relativeError} is the measure of a gradient check: |a − b| / max(|a|, |b|), below
 * about 1e-7 when an analytic gradient agrees with a numerical one.
 */
public final class AllClose {

    private AllClose() {
    }

    // ---- allClose: true when every entry is close --------------------------------------------

    /** Whether {@code |actual − expected| ≤ atol + rtol·|expected|}, e.g. allClose(1.0, 1.0 + 1e-12, 1e-9, 0) is true. */
    public static boolean allClose(double expected, double actual, double rtol, double atol) {
        return explain(expected, actual, rtol, atol) == null;
    }

    /** Whether both arrays have the same length and every entry is close. */
    public static boolean allClose(double[] expected, double[] actual, double rtol, double atol) {
        return explain(expected, actual, rtol, atol) == null;
    }

    /** Whether both matrices have the same shape (rows and row lengths) and every entry is close. */
    public static boolean allClose(double[][] expected, double[][] actual, double rtol, double atol) {
        return explain(expected, actual, rtol, atol) == null;
    }

    // ---- explain: null when close, else why not ----------------------------------------------

    /**
     * Null when close, else a message such as
     * {@code "expected 0.5 but was 0.25 (|difference| 2.50e-01 > atol + rtol*|expected| = 5.00e-10)"}.
     */
    public static String explain(double expected, double actual, double rtol, double atol) {
        checkTolerances(rtol, atol);
        Report report = new Report(rtol, atol);
        report.add("", expected, actual);
        return report.message();
    }

    /**
     * Null when close, else the first index that differs, its two values, and over all entries
     * how many differ and the largest absolute and relative errors, e.g.
     * {@code "at [2] expected 3.0 but was 3.5 (...); 1 of 4 entries differ; largest absolute error 5.00e-01, ..."}.
     * A different length or a null is reported as a shape mismatch.
     */
    public static String explain(double[] expected, double[] actual, double rtol, double atol) {
        checkTolerances(rtol, atol);
        String shape = shapeMismatch(expected, actual, "");
        if (shape != null) {
            return shape;
        }
        Report report = new Report(rtol, atol);
        if (expected != null) {
            for (int i = 0; i < expected.length; i++) {
                report.add("[" + i + "]", expected[i], actual[i]);
            }
        }
        return report.message();
    }

    /**
     * Null when close, else the first index that differs (e.g. {@code [2][1]}), its two values,
     * and over all entries how many differ and the largest absolute and relative errors.
     * A different number of rows, a different row length, or a null is a shape mismatch.
     */
    public static String explain(double[][] expected, double[][] actual, double rtol, double atol) {
        checkTolerances(rtol, atol);
        if (expected == null || actual == null) {
            return expected == actual ? null : nullMismatch(expected == null, "", expected == null ? actual.length : expected.length, "rows");
        }
        if (expected.length != actual.length) {
            return "shape mismatch: expected " + expected.length + " rows but actual has " + actual.length;
        }
        for (int i = 0; i < expected.length; i++) {
            String shape = shapeMismatch(expected[i], actual[i], " in row [" + i + "]");
            if (shape != null) {
                return shape;
            }
        }
        Report report = new Report(rtol, atol);
        for (int i = 0; i < expected.length; i++) {
            if (expected[i] != null) {
                for (int j = 0; j < expected[i].length; j++) {
                    report.add("[" + i + "][" + j + "]", expected[i][j], actual[i][j]);
                }
            }
        }
        return report.message();
    }

    // ---- assertAllClose: throw AssertionError("what: " + explain(...)) -----------------------

    /** Throws {@link AssertionError} with {@code what + ": " + explain(...)} unless close. */
    public static void assertAllClose(double expected, double actual, double rtol, double atol, String what) {
        fail(what, explain(expected, actual, rtol, atol));
    }

    /** Throws {@link AssertionError} with {@code what + ": " + explain(...)} unless close. */
    public static void assertAllClose(double[] expected, double[] actual, double rtol, double atol, String what) {
        fail(what, explain(expected, actual, rtol, atol));
    }

    /** Throws {@link AssertionError} with {@code what + ": " + explain(...)} unless close. */
    public static void assertAllClose(double[][] expected, double[][] actual, double rtol, double atol, String what) {
        fail(what, explain(expected, actual, rtol, atol));
    }

    // ---- relativeError: |a − b| / max(|a|, |b|) ----------------------------------------------

    /**
     * |a − b| / max(|a|, |b|): 0 when a == b (also both 0, or the same infinity), NaN when
     * either is NaN or they differ and one is infinite. E.g. relativeError(1.0, 1.1) ≈ 0.0909.
     */
    public static double relativeError(double a, double b) {
        if (a == b) {
            return 0;
        }
        if (Double.isInfinite(a) || Double.isInfinite(b)) {
            return Double.NaN;
        }
        return Math.abs(a - b) / Math.max(Math.abs(a), Math.abs(b));
    }

    /**
     * The largest relative error over the entries (NaN if any is NaN).
     * @throws IllegalArgumentException if a or b is null or their lengths differ
     */
    public static double relativeError(double[] a, double[] b) {
        requireSameShape(a == null || b == null ? "shape mismatch: an array is null"
                : a.length != b.length ? "shape mismatch: lengths " + a.length + " and " + b.length : null);
        double max = 0;
        for (int i = 0; i < a.length; i++) {
            max = Math.max(max, relativeError(a[i], b[i]));
        }
        return max;
    }

    /**
     * The largest relative error over the entries (NaN if any is NaN).
     * @throws IllegalArgumentException if the shapes differ or anything is null
     */
    public static double relativeError(double[][] a, double[][] b) {
        requireSameShape(a == null || b == null ? "shape mismatch: a matrix is null"
                : a.length != b.length ? "shape mismatch: " + a.length + " rows and " + b.length + " rows" : null);
        double max = 0;
        for (int i = 0; i < a.length; i++) {
            requireSameShape(a[i] == null || b[i] == null ? "shape mismatch: row [" + i + "] is null"
                    : a[i].length != b[i].length ? "shape mismatch in row [" + i + "]: lengths " + a[i].length + " and " + b[i].length : null);
            max = Math.max(max, relativeError(a[i], b[i]));
        }
        return max;
    }

    // ---- helpers -----------------------------------------------------------------------------

    /** Whether one entry is close: NaN only to NaN, ±∞ only to the same ±∞, else numpy's rule. */
    private static boolean close(double expected, double actual, double rtol, double atol) {
        if (Double.isNaN(expected) || Double.isNaN(actual)) {
            return Double.isNaN(expected) && Double.isNaN(actual);
        }
        if (Double.isInfinite(expected) || Double.isInfinite(actual)) {
            return expected == actual;
        }
        return Math.abs(actual - expected) <= atol + rtol * Math.abs(expected);
    }

    /** Null when both arrays have the same length (or both are null), else a message; where is e.g. " in row [1]". */
    private static String shapeMismatch(double[] expected, double[] actual, String where) {
        if (expected == null || actual == null) {
            return expected == actual ? null : nullMismatch(expected == null, where, expected == null ? actual.length : expected.length, "entries");
        }
        if (expected.length != actual.length) {
            return "shape mismatch" + where + ": expected length " + expected.length + " but actual has length " + actual.length;
        }
        return null;
    }

    private static String nullMismatch(boolean expectedIsNull, String where, int otherLength, String unit) {
        return expectedIsNull
                ? "shape mismatch" + where + ": expected is null but actual has " + otherLength + " " + unit
                : "shape mismatch" + where + ": actual is null but expected has " + otherLength + " " + unit;
    }

    private static void checkTolerances(double rtol, double atol) {
        if (!(rtol >= 0) || !(atol >= 0)) {
            throw new IllegalArgumentException("tolerances must be >= 0, got rtol " + rtol + ", atol " + atol);
        }
    }

    private static void requireSameShape(String mismatch) {
        if (mismatch != null) {
            throw new IllegalArgumentException(mismatch);
        }
    }

    private static void fail(String what, String message) {
        if (message != null) {
            throw new AssertionError(what + ": " + message);
        }
    }

    private static String format(double value) {
        return String.format(Locale.ROOT, "%.2e", value);
    }

    /** Collects the entries one by one: the first that differs, how many differ, the largest errors. */
    private static final class Report {
        private final double rtol;
        private final double atol;
        private int entries;
        private int differing;
        private String first;
        private double maxAbsolute;
        private double maxRelative;

        Report(double rtol, double atol) {
            this.rtol = rtol;
            this.atol = atol;
        }

        void add(String index, double expected, double actual) {
            entries++;
            boolean close = close(expected, actual, rtol, atol);
            boolean same = expected == actual || Double.isNaN(expected) && Double.isNaN(actual);
            boolean finite = Double.isFinite(expected) && Double.isFinite(actual);
            double absolute = same ? 0 : finite ? Math.abs(actual - expected) : Double.POSITIVE_INFINITY;
            double relative = same ? 0 : finite ? relativeError(expected, actual) : Double.POSITIVE_INFINITY;
            maxAbsolute = Math.max(maxAbsolute, absolute);
            maxRelative = Math.max(maxRelative, relative);
            if (!close) {
                differing++;
                if (first == null) {
                    first = (index.isEmpty() ? "" : "at " + index + " ") + "expected " + expected + " but was " + actual
                            + (finite ? " (|difference| " + format(absolute) + " > atol + rtol*|expected| = "
                                    + format(atol + rtol * Math.abs(expected)) + ")" : "");
                }
            }
        }

        String message() {
            if (differing == 0) {
                return null;
            }
            if (entries == 1 && first.startsWith("expected")) {
                return first;
            }
            return first + "; " + differing + " of " + entries + " entries differ; largest absolute error "
                    + format(maxAbsolute) + ", largest relative error " + format(maxRelative)
                    + " (rtol " + rtol + ", atol " + atol + ")";
        }
    }
}
