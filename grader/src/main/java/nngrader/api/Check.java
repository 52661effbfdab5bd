package nngrader.api;

import java.math.BigDecimal;
import java.math.MathContext;
import java.math.RoundingMode;

import org.opentest4j.AssertionFailedError;

/**
 * The trusted assertions of hidden tests: numeric comparison with tolerances, shapes, finiteness,
 * unchanged inputs and gradient checks, each failing with a message a student can act on.
 *
 * <pre>{@code
 * double[] a = student.softmax(new double[] {1000, 1000});
 * Check.allClose(new double[] {0.5, 0.5}, a, 1e-12, 0, "softmax([1000.0, 1000.0])");
 * // fails with: softmax([1000.0, 1000.0]): entry [0] expected 0.5 but was NaN (2 of 2 entries
 * // differ; largest error: NaN at [0]; tolerance: rtol 1e-12, atol 0). A NaN usually means ...
 * }</pre>
 *
 * <p>The tolerance rule is numpy's {@code allclose}, entry by entry:
 * {@code |actual − expected| ≤ atol + rtol·|expected|}. NaN matches only NaN, an infinity only
 * the same infinity, and a {@code null} or an array of another shape fails with its own message.
 * A failure throws {@link AssertionFailedError}; its message says what was checked, where it
 * differs, what was expected and what came, how many entries differ and by how much, and — for a
 * few generic patterns (a NaN or an infinity appeared, every entry off by the same factor or
 * amount, a transposed shape, small errors with no pattern that a float or a cancelling sum gives)
 * — a short hint. The grader knows nothing of the course: the hints are about numbers, not about
 * neural networks.
 *
 * <p>An argument that is the instructor's to get right (a negative tolerance, a {@code null}
 * expected value) throws {@link IllegalArgumentException} instead: that is a bug in the suite,
 * not in the submission.
 */
public final class Check {

    /** Arrays longer than this are shown with their middle elided. */
    private static final int SHOW_MAX = 10;
    private static final int SHOW_HEAD = 6;
    private static final int SHOW_TAIL = 3;

    private Check() {
    }

    // ------------------------------------------------------------------ allClose

    /**
     * Checks one number against its expected value: {@code |actual − expected| ≤ atol + rtol·|expected|}.
     *
     * <pre>{@code
     * Check.allClose(0.5, student.sigmoid(0), 1e-12, 0, "sigmoid(0)");
     * // sigmoid(0): expected 0.5 but was 0.25 (error 0.25, relative 0.5; tolerance: rtol 1e-12, atol 0).
     * }</pre>
     */
    public static void allClose(double expected, double actual, double rtol, double atol, String what) {
        checkTolerances(rtol, atol);
        if (close(expected, actual, rtol, atol)) {
            return;
        }
        String[] pair = showPair(expected, actual);
        StringBuilder m = new StringBuilder(name(what)).append("expected ").append(pair[0])
                .append(" but was ").append(pair[1]).append(" (");
        if (Double.isFinite(expected) && Double.isFinite(actual)) {
            double error = Math.abs(actual - expected);
            m.append("error ").append(show(error));
            if (expected != 0) {
                m.append(", relative ").append(show(error / Math.abs(expected)));
            }
            m.append("; ");
        }
        m.append(tolerance(rtol, atol)).append(").");
        String hint = nonFiniteHint(expected, actual);
        if (hint == null && Double.isFinite(actual) && expected != 0 && close(-expected, actual, 1e-9, 0)) {
            hint = "It has the opposite sign: look for a flipped sign.";
        }
        if (hint == null && Double.isFinite(expected) && Double.isFinite(actual)) {
            hint = Precision.hint(relativeError(expected, actual));
        }
        throw failure(m, hint);
    }

    /**
     * Checks a vector entry by entry: same length, and
     * {@code |actual[i] − expected[i]| ≤ atol + rtol·|expected[i]|}.
     *
     * <pre>{@code
     * Check.allClose(reference.softmax(z), student.softmax(z), 1e-9, 1e-12, "softmax(" + Check.show(z) + ")");
     * }</pre>
     */
    public static void allClose(double[] expected, double[] actual, double rtol, double atol, String what) {
        requireExpected(expected);
        checkTolerances(rtol, atol);
        shape(expected.length, actual, what);
        Diff diff = new Diff(rtol, atol);
        for (int i = 0; i < expected.length; i++) {
            diff.compare(expected[i], actual[i], "[" + i + "]");
        }
        if (diff.differing > 0) {
            throw failure(diff.message(what, expected.length), diff.hint(),
                    "expected " + show(expected) + "\n  but was  " + show(actual));
        }
    }

    /**
     * Checks a matrix entry by entry: same shape (rows and each row's length), and
     * {@code |actual[i][j] − expected[i][j]| ≤ atol + rtol·|expected[i][j]|}.
     *
     * <pre>{@code
     * Check.allClose(reference.dL_dW(g, x), student.dL_dW(g, x), 1e-9, 1e-12, "dL_dW(dL_dz, x)");
     * }</pre>
     */
    public static void allClose(double[][] expected, double[][] actual, double rtol, double atol, String what) {
        requireExpected(expected);
        checkTolerances(rtol, atol);
        int cols = expected.length == 0 ? 0 : expected[0].length;
        for (double[] row : expected) {
            if (row == null || row.length != cols) {
                throw new IllegalArgumentException("expected matrix is null or ragged: " + show(expected));
            }
        }
        shape(expected.length, cols, actual, what);
        Diff diff = new Diff(rtol, atol);
        for (int i = 0; i < expected.length; i++) {
            for (int j = 0; j < cols; j++) {
                diff.compare(expected[i][j], actual[i][j], "[" + i + "][" + j + "]");
            }
        }
        if (diff.differing > 0) {
            throw failure(diff.message(what, expected.length * cols), diff.hint(),
                    "expected " + show(expected) + "\n  but was  " + show(actual));
        }
    }

    // ------------------------------------------------------------------ exact

    /**
     * Checks a whole number exactly.
     *
     * <pre>{@code
     * Check.equal(3, student.predict(X).length, "number of predictions for 3 examples");
     * }</pre>
     */
    public static void equal(int expected, int actual, String what) {
        if (expected != actual) {
            throw failure(name(what) + "expected " + expected + " but was " + actual + ".", null);
        }
    }

    /**
     * Checks an int vector exactly: same length, same entries.
     *
     * <pre>{@code
     * Check.equal(new int[] {0, 2, 1}, classifier.predict(X), "predict(X)");
     * // predict(X): entry [1] expected 2 but was 0 (1 of 3 entries differ).
     * }</pre>
     */
    public static void equal(int[] expected, int[] actual, String what) {
        requireExpected(expected);
        if (actual == null) {
            throw failure(name(what) + "expected an array of length " + expected.length + " but was null.", null);
        }
        if (actual.length != expected.length) {
            throw failure(name(what) + "expected length " + expected.length + " but was " + actual.length + ".",
                    null, "expected " + show(expected) + "\n  but was  " + show(actual));
        }
        int differing = 0;
        int first = -1;
        for (int i = 0; i < expected.length; i++) {
            if (expected[i] != actual[i]) {
                differing++;
                if (first < 0) {
                    first = i;
                }
            }
        }
        if (differing > 0) {
            throw failure(name(what) + "entry [" + first + "] expected " + expected[first] + " but was "
                    + actual[first] + " (" + differing + " of " + expected.length + " entries differ).", null,
                    "expected " + show(expected) + "\n  but was  " + show(actual));
        }
    }

    // ------------------------------------------------------------------ shapes

    /**
     * Checks that a vector is not null and has n entries.
     *
     * <pre>{@code
     * Check.shape(4, student.oneHot(2, 4), "oneHot(2, 4)");
     * // oneHot(2, 4): expected 4 entries but was 3: [0.0, 0.0, 1.0].
     * }</pre>
     */
    public static void shape(int n, double[] actual, String what) {
        if (actual == null) {
            throw failure(name(what) + "expected " + entries(n) + " but was null.", null);
        }
        if (actual.length != n) {
            throw failure(name(what) + "expected " + entries(n) + " but was " + actual.length + ": "
                    + show(actual) + ".", null);
        }
    }

    /**
     * Checks that a matrix is not null, has {@code rows} rows and each row has {@code cols} entries.
     *
     * <pre>{@code
     * Check.shape(3, 4, student.dL_dW(dL_dz, x), "dL_dW for k = 3 classes, d = 4 features");
     * // dL_dW ...: expected shape [3][4] but was [4][3]. It looks transposed: rows and columns are swapped.
     * }</pre>
     */
    public static void shape(int rows, int cols, double[][] actual, String what) {
        if (actual == null) {
            throw failure(name(what) + "expected shape [" + rows + "][" + cols + "] but was null.", null);
        }
        for (int i = 0; i < actual.length; i++) {
            if (actual[i] == null) {
                throw failure(name(what) + "expected shape [" + rows + "][" + cols + "] but row [" + i
                        + "] is null.", null);
            }
        }
        boolean ragged = false;
        for (double[] row : actual) {
            ragged |= actual.length > 0 && row.length != actual[0].length;
        }
        if (ragged) {
            int bad = 0;
            while (actual[bad].length == cols) {
                bad++;
            }
            throw failure(name(what) + "expected shape [" + rows + "][" + cols + "] but the rows have different"
                    + " lengths: row [" + bad + "] has " + entries(actual[bad].length) + " (" + rowLengths(actual)
                    + ").", null);
        }
        int actualCols = actual.length == 0 ? 0 : actual[0].length;
        if (actual.length == rows && (actualCols == cols || rows == 0)) {
            return;
        }
        String hint = actual.length == cols && actualCols == rows && rows != cols
                ? "It looks transposed: rows and columns are swapped." : null;
        throw failure(name(what) + "expected shape [" + rows + "][" + cols + "] but was [" + actual.length + "]["
                + actualCols + "].", hint);
    }

    // ------------------------------------------------------------------ finite

    /**
     * Checks that a number is neither NaN nor infinite.
     *
     * <pre>{@code
     * Check.finite(student.binaryCrossEntropy(1000, 0), "binaryCrossEntropy(1000.0, 0)");
     * }</pre>
     */
    public static void finite(double actual, String what) {
        if (!Double.isFinite(actual)) {
            throw failure(name(what) + "expected a finite number but was " + show(actual) + ".",
                    nonFiniteHint(0, actual));
        }
    }

    /**
     * Checks that a vector is not null and all its entries are finite.
     *
     * <pre>{@code
     * Check.finite(student.logSoftmax(new double[] {1000, -1000}), "logSoftmax([1000.0, -1000.0])");
     * // logSoftmax(...): entry [0] is NaN (2 of 2 entries are not finite): [NaN, -Infinity]. A NaN usually ...
     * }</pre>
     */
    public static void finite(double[] actual, String what) {
        if (actual == null) {
            throw failure(name(what) + "expected finite numbers but was null.", null);
        }
        int bad = 0;
        int first = -1;
        for (int i = 0; i < actual.length; i++) {
            if (!Double.isFinite(actual[i])) {
                bad++;
                first = first < 0 ? i : first;
            }
        }
        if (bad > 0) {
            throw failure(name(what) + "entry [" + first + "] is " + show(actual[first]) + " (" + bad + " of "
                    + actual.length + " entries are not finite): " + show(actual) + ".", nonFiniteHint(actual));
        }
    }

    /**
     * Checks that a matrix is not null, has no null rows and all its entries are finite.
     *
     * <pre>{@code
     * Check.finite(student.softmaxJacobian(a), "softmaxJacobian(a)");
     * }</pre>
     */
    public static void finite(double[][] actual, String what) {
        if (actual == null) {
            throw failure(name(what) + "expected finite numbers but was null.", null);
        }
        int bad = 0;
        int total = 0;
        String first = null;
        double firstValue = 0;
        boolean nan = false;
        for (int i = 0; i < actual.length; i++) {
            if (actual[i] == null) {
                throw failure(name(what) + "row [" + i + "] is null.", null);
            }
            for (int j = 0; j < actual[i].length; j++) {
                total++;
                if (!Double.isFinite(actual[i][j])) {
                    bad++;
                    nan |= Double.isNaN(actual[i][j]);
                    if (first == null) {
                        first = "[" + i + "][" + j + "]";
                        firstValue = actual[i][j];
                    }
                }
            }
        }
        if (bad > 0) {
            throw failure(name(what) + "entry " + first + " is " + show(firstValue) + " (" + bad + " of " + total
                    + " entries are not finite): " + show(actual) + ".",
                    nonFiniteHint(0, nan ? Double.NaN : firstValue));
        }
    }

    // ------------------------------------------------------------------ other checks

    /**
     * Checks that a number is at least a threshold (NaN never is).
     *
     * <pre>{@code
     * Check.atLeast(0.9, accuracy, "accuracy on the held-out split after training");
     * // accuracy ...: expected at least 0.9 but was 0.62.
     * }</pre>
     */
    public static void atLeast(double threshold, double actual, String what) {
        if (!(actual >= threshold)) {
            throw failure(name(what) + "expected at least " + show(threshold) + " but was " + show(actual) + ".",
                    nonFiniteHint(threshold, actual));
        }
    }

    /**
     * Checks a condition that the other checks do not cover; the message says what went wrong.
     *
     * <pre>{@code
     * Check.isTrue(first != second, "train(...) returned the same handle twice");
     * }</pre>
     */
    public static void isTrue(boolean condition, String message) {
        if (!condition) {
            throw failure(message, null);
        }
    }

    // ------------------------------------------------------------------ unchanged inputs

    /**
     * Checks exactly that a vector passed to a call is the same after it as a copy taken before:
     * the call did not write into its argument.
     *
     * <pre>{@code
     * double[] z = {1, 2, 3};
     * double[] before = z.clone();
     * student.softmax(z);
     * Check.unchanged(before, z, "z passed to softmax(z)");
     * // z passed to softmax(z): the call changed its input: entry [0] was 1.0 before and -2.0 after
     * // (3 of 3 entries changed). Work on a copy ...
     * }</pre>
     */
    public static void unchanged(double[] before, double[] after, String what) {
        requireExpected(before);
        if (after == null || after.length != before.length) {
            throw failure(name(what) + "the call replaced its input: it had " + entries(before.length) + " before and "
                    + (after == null ? "is null" : "has " + after.length) + " after.", null);
        }
        int changed = 0;
        int first = -1;
        for (int i = 0; i < before.length; i++) {
            if (Double.compare(before[i], after[i]) != 0) {
                changed++;
                first = first < 0 ? i : first;
            }
        }
        if (changed > 0) {
            throw failure(name(what) + "the call changed its input: entry [" + first + "] was " + show(before[first])
                    + " before and " + show(after[first]) + " after (" + changed + " of " + before.length
                    + " entries changed).", MUTATION_HINT);
        }
    }

    /**
     * Checks exactly that a matrix passed to a call is the same after it as a deep copy taken before.
     *
     * <pre>{@code
     * double[][] X = random.gaussian(5, 3, 1.0);
     * double[][] before = Check.copy(X);
     * student.loss(p, X, y, 0.1);
     * Check.unchanged(before, X, "X passed to loss(p, X, y, 0.1)");
     * }</pre>
     */
    public static void unchanged(double[][] before, double[][] after, String what) {
        requireExpected(before);
        if (after == null || after.length != before.length) {
            throw failure(name(what) + "the call replaced its input: it had " + before.length + " rows before and "
                    + (after == null ? "is null" : "has " + after.length) + " after.", null);
        }
        int changed = 0;
        int total = 0;
        String first = null;
        for (int i = 0; i < before.length; i++) {
            if (after[i] == null || after[i].length != before[i].length) {
                throw failure(name(what) + "the call replaced row [" + i + "] of its input.", MUTATION_HINT);
            }
            for (int j = 0; j < before[i].length; j++) {
                total++;
                if (Double.compare(before[i][j], after[i][j]) != 0) {
                    changed++;
                    if (first == null) {
                        first = "entry [" + i + "][" + j + "] was " + show(before[i][j]) + " before and "
                                + show(after[i][j]) + " after";
                    }
                }
            }
        }
        if (changed > 0) {
            throw failure(name(what) + "the call changed its input: " + first + " (" + changed + " of " + total
                    + " entries changed).", MUTATION_HINT);
        }
    }

    /**
     * Checks exactly that an int vector passed to a call is the same after it as a copy taken before.
     *
     * <pre>{@code
     * int[] y = {0, 2, 1};
     * int[] before = y.clone();
     * student.accuracy(predicted, y);
     * Check.unchanged(before, y, "y passed to accuracy(predicted, y)");
     * }</pre>
     */
    public static void unchanged(int[] before, int[] after, String what) {
        requireExpected(before);
        if (after == null || after.length != before.length) {
            throw failure(name(what) + "the call replaced its input.", null);
        }
        for (int i = 0; i < before.length; i++) {
            if (before[i] != after[i]) {
                throw failure(name(what) + "the call changed its input: entry [" + i + "] was " + before[i]
                        + " before and " + after[i] + " after.", MUTATION_HINT);
            }
        }
    }

    /**
     * A deep copy of a matrix (rows copied too), to compare with {@link #unchanged(double[][], double[][], String)}.
     *
     * <pre>{@code
     * double[][] before = Check.copy(X);
     * }</pre>
     */
    public static double[][] copy(double[][] m) {
        if (m == null) {
            return null;
        }
        double[][] c = new double[m.length][];
        for (int i = 0; i < m.length; i++) {
            c[i] = m[i] == null ? null : m[i].clone();
        }
        return c;
    }

    /**
     * Checks that a call returned new arrays, as the handouts ask: neither its result nor any array
     * inside it (a row, a record's component) is one of its arguments' arrays. The arguments are
     * named as {@code call} shows them, when it shows names. Through the grader's worker this sees
     * what one JVM would: a student's {@code return z;} comes back as the test's own {@code z}.
     *
     * <pre>{@code
     * double[] z = random.gaussian(5, 3.0);
     * double[] a = student.softmax(z);
     * Check.newArray(a, "softmax(z)", z);
     * // softmax(z) returned z itself; the handout asks for a new array: copy before you change it
     * // (e.g. z.clone()).
     * Params g = student.lossGradient(p, X, y, 0.0);
     * Check.newArray(g, "lossGradient(p, X, y, λ)", p, X, y);
     * // lossGradient(p, X, y, λ) returned p.W()[0] itself (as result.W()[0]); ...
     * }</pre>
     */
    public static void newArray(Object result, String call, Object... arguments) {
        SharedArrays.Shared shared = SharedArrays.find(result, call, arguments);
        if (shared == null) {
            return;
        }
        String as = shared.resultPath().equals("result") ? "" : " (as " + shared.resultPath() + ")";
        throw failure(call + " returned " + shared.argumentPath() + " itself" + as
                + "; the handout asks for a new array: copy before you change it (e.g. "
                + shared.argumentPath() + ".clone()).", null);
    }

    private static final String MUTATION_HINT =
            "Work on a copy (e.g. x.clone()) instead of writing into an argument.";

    // ------------------------------------------------------------------ gradients

    /**
     * The relative error |a − b| / max(|a|, |b|), 0 when both are 0; NaN if either is NaN,
     * and 1 or NaN where an infinity is involved.
     *
     * <pre>{@code
     * Check.relativeError(1.0, 1.001);   // about 0.000999
     * Check.relativeError(0.5, -0.5);    // 2.0: opposite signs
     * }</pre>
     */
    public static double relativeError(double a, double b) {
        if (Double.isNaN(a) || Double.isNaN(b)) {
            return Double.NaN;
        }
        if (a == b) {
            return 0;
        }
        double scale = Math.max(Math.abs(a), Math.abs(b));
        if (Double.isInfinite(scale)) {
            return Double.isInfinite(a) && Double.isInfinite(b) ? 2 : 1;
        }
        return Math.abs(a - b) / scale;
    }

    /**
     * Checks an analytic gradient against a numerical one (e.g. centered differences): each entry's
     * {@link #relativeError} is at most {@code maxRelativeError}.
     *
     * <pre>{@code
     * Check.gradientMatches(numerical, student.dL_dw(w, b, x, y), 1e-6, "dL_dw(w, b, x, 1)");
     * // dL_dw(...): the analytic gradient does not match the numerical one: worst entry [2] is -0.31 but
     * // numerically 0.31 (relative error 2.0 > 1e-6; 3 of 3 entries off). ...
     * }</pre>
     */
    public static void gradientMatches(double[] numerical, double[] analytic, double maxRelativeError, String what) {
        gradientMatches(numerical, analytic, maxRelativeError, 0, what);
    }

    /**
     * Like {@link #gradientMatches(double[], double[], double, String)}, but an entry also passes when
     * |analytic − numerical| ≤ {@code absoluteFloor}: for entries whose true value is about 0, where
     * the numerical gradient is only rounding noise and a relative error means nothing.
     *
     * <pre>{@code
     * Check.gradientMatches(numerical, student.dL_dw(w, b, x, y), 1e-6, 1e-9, "dL_dw(w, b, x, 1)");
     * }</pre>
     */
    public static void gradientMatches(double[] numerical, double[] analytic, double maxRelativeError,
                                       double absoluteFloor, String what) {
        requireExpected(numerical);
        checkTolerances(maxRelativeError, absoluteFloor);
        shape(numerical.length, analytic, what);
        GradientDiff diff = new GradientDiff(maxRelativeError, absoluteFloor);
        for (int i = 0; i < numerical.length; i++) {
            diff.compare(numerical[i], analytic[i], "[" + i + "]");
        }
        if (diff.off > 0) {
            throw failure(diff.message(what, numerical.length), diff.hint(),
                    "numerical " + show(numerical) + "\n  analytic  " + show(analytic));
        }
    }

    /**
     * Checks an analytic gradient matrix against a numerical one, entry by entry; see
     * {@link #gradientMatches(double[], double[], double, String)}.
     *
     * <pre>{@code
     * Check.gradientMatches(numericalW, student.lossGradient(p, X, y, 0.1).W(), 1e-6, "dJ/dW");
     * }</pre>
     */
    public static void gradientMatches(double[][] numerical, double[][] analytic, double maxRelativeError,
                                       String what) {
        gradientMatches(numerical, analytic, maxRelativeError, 0, what);
    }

    /**
     * Like {@link #gradientMatches(double[][], double[][], double, String)}, with an absolute floor
     * below which an entry passes whatever its relative error.
     *
     * <pre>{@code
     * Check.gradientMatches(numericalW, student.lossGradient(p, X, y, 0.1).W(), 1e-6, 1e-9, "dJ/dW");
     * }</pre>
     */
    public static void gradientMatches(double[][] numerical, double[][] analytic, double maxRelativeError,
                                       double absoluteFloor, String what) {
        requireExpected(numerical);
        checkTolerances(maxRelativeError, absoluteFloor);
        int cols = numerical.length == 0 ? 0 : numerical[0].length;
        shape(numerical.length, cols, analytic, what);
        GradientDiff diff = new GradientDiff(maxRelativeError, absoluteFloor);
        for (int i = 0; i < numerical.length; i++) {
            for (int j = 0; j < cols; j++) {
                diff.compare(numerical[i][j], analytic[i][j], "[" + i + "][" + j + "]");
            }
        }
        if (diff.off > 0) {
            throw failure(diff.message(what, numerical.length * cols), diff.hint(),
                    "numerical " + show(numerical) + "\n  analytic  " + show(analytic));
        }
    }

    // ------------------------------------------------------------------ show

    /**
     * A number rounded to 6 significant digits, as Java prints it.
     *
     * <pre>{@code
     * Check.show(1.0 / 3);   // "0.333333"
     * }</pre>
     */
    public static String show(double v) {
        return show(v, 6);
    }

    /**
     * A vector for a message: entries rounded to 6 significant digits, the middle of a long one elided.
     *
     * <pre>{@code
     * Check.show(new double[] {1000, 1.0 / 3});   // "[1000.0, 0.333333]"
     * Check.show(new double[20]);                 // "[0.0, 0.0, 0.0, 0.0, 0.0, 0.0, ... (11 more) ..., 0.0, 0.0, 0.0]"
     * }</pre>
     */
    public static String show(double[] v) {
        if (v == null) {
            return "null";
        }
        return elided(v.length, i -> show(v[i]), "more");
    }

    /**
     * A matrix for a message, row by row; long rows and many rows are elided in the middle.
     *
     * <pre>{@code
     * Check.show(new double[][] {{1, 2}, {3, 4}});   // "[[1.0, 2.0], [3.0, 4.0]]"
     * }</pre>
     */
    public static String show(double[][] m) {
        if (m == null) {
            return "null";
        }
        return elided(m.length, i -> show(m[i]), "more rows");
    }

    /**
     * An int vector for a message, the middle of a long one elided.
     *
     * <pre>{@code
     * Check.show(new int[] {0, 2, 1});   // "[0, 2, 1]"
     * }</pre>
     */
    public static String show(int[] v) {
        if (v == null) {
            return "null";
        }
        return elided(v.length, i -> Integer.toString(v[i]), "more");
    }

    /** "[e0, e1, ...]", with the middle of a long list replaced by "... (n more) ...". */
    private static String elided(int length, java.util.function.IntFunction<String> entry, String more) {
        StringBuilder s = new StringBuilder("[");
        for (int i = 0; i < length; i++) {
            if (length > SHOW_MAX && i == SHOW_HEAD) {
                int skipped = length - SHOW_HEAD - SHOW_TAIL;
                s.append("... (").append(skipped).append(' ').append(more).append(") ..., ");
                i += skipped - 1;
                continue;
            }
            s.append(entry.apply(i)).append(i < length - 1 ? ", " : "");
        }
        return s.append(']').toString();
    }

    // ------------------------------------------------------------------ internals

    /** numpy's rule, with NaN matching only NaN and an infinity only the same infinity. */
    static boolean close(double expected, double actual, double rtol, double atol) {
        if (Double.isNaN(expected) || Double.isNaN(actual)) {
            return Double.isNaN(expected) && Double.isNaN(actual);
        }
        if (Double.isInfinite(expected) || Double.isInfinite(actual)) {
            return expected == actual;
        }
        return Math.abs(actual - expected) <= atol + rtol * Math.abs(expected);
    }

    /** The mismatches of one comparison, and the patterns in them. */
    private static final class Diff {
        final double rtol;
        final double atol;
        int differing;
        String first;
        String worstWhere;
        double worstRank;
        double worstError;
        double worstRelative;
        boolean nanAppeared;
        boolean infinityAppeared;
        // For the "same factor" and "same offset" hints, over all entries (not only differing ones).
        final Pattern pattern = new Pattern();

        Diff(double rtol, double atol) {
            this.rtol = rtol;
            this.atol = atol;
        }

        void compare(double expected, double actual, String where) {
            pattern.add(expected, actual);
            if (close(expected, actual, rtol, atol)) {
                return;
            }
            differing++;
            if (first == null) {
                String[] pair = showPair(expected, actual);
                first = "entry " + where + " expected " + pair[0] + " but was " + pair[1];
            }
            nanAppeared |= Double.isNaN(actual) && !Double.isNaN(expected);
            infinityAppeared |= Double.isInfinite(actual) && !Double.isInfinite(expected);
            double error = Math.abs(actual - expected);
            double rank = Double.isNaN(error) ? Double.POSITIVE_INFINITY : error;    // NaN ranks first
            if (worstWhere == null || rank > worstRank) {
                worstRank = rank;
                worstError = error;
                worstWhere = where;
                boolean finite = Double.isFinite(expected) && Double.isFinite(actual);
                worstRelative = finite && expected != 0 ? error / Math.abs(expected) : Double.NaN;
            }
        }

        String message(String what, int total) {
            StringBuilder m = new StringBuilder(name(what)).append(first).append(" (").append(differing)
                    .append(" of ").append(total).append(total == 1 ? " entry differs" : " entries differ")
                    .append("; largest error: ");
            if (Double.isNaN(worstError)) {
                m.append("NaN");
            } else {
                m.append(show(worstError));
                if (!Double.isNaN(worstRelative)) {
                    m.append(", relative ").append(show(worstRelative));
                }
            }
            if (total > 1) {
                m.append(" at ").append(worstWhere);
            }
            return m.append("; ").append(tolerance(rtol, atol)).append(").").toString();
        }

        String hint() {
            if (nanAppeared) {
                return NAN_HINT;
            }
            if (infinityAppeared) {
                return INFINITY_HINT;
            }
            String shape = pattern.hint("Every entry", "the expected value");
            if (shape == null && pattern.allFinite) {
                double worst = pattern.worstRelativeError(Precision.NEAR_ZERO);
                // errors this small come from rounding whether one entry or all of them show it
                if (2 * differing >= pattern.count || worst <= Precision.ROUNDING) {
                    return Precision.hint(worst);
                }
            }
            return shape;
        }
    }

    /** The mismatches of a gradient check. */
    private static final class GradientDiff {
        final double maxRelative;
        final double floor;
        int off;
        String worstWhere;
        double worstRelative = -1;
        double worstNumerical;
        double worstAnalytic;
        boolean nonFinite;
        final Pattern pattern = new Pattern();

        GradientDiff(double maxRelative, double floor) {
            this.maxRelative = maxRelative;
            this.floor = floor;
        }

        void compare(double numerical, double analytic, String where) {
            pattern.add(numerical, analytic);
            double relative = relativeError(numerical, analytic);
            boolean finite = Double.isFinite(numerical) && Double.isFinite(analytic);
            nonFinite |= !Double.isFinite(analytic);
            if (finite && (relative <= maxRelative || Math.abs(analytic - numerical) <= floor)) {
                return;
            }
            off++;
            double rank = Double.isNaN(relative) || !finite ? Double.POSITIVE_INFINITY : relative;
            if (rank > worstRelative || worstWhere == null) {
                worstRelative = rank;
                worstWhere = where;
                worstNumerical = numerical;
                worstAnalytic = analytic;
            }
        }

        String message(String what, int total) {
            String[] pair = showPair(worstNumerical, worstAnalytic);
            double relative = relativeError(worstNumerical, worstAnalytic);
            return name(what) + "the analytic gradient does not match the numerical one: worst entry " + worstWhere
                    + " is " + pair[1] + " but numerically " + pair[0] + " (relative error " + show(relative)
                    + " > " + showTolerance(maxRelative) + "; " + off + " of " + total
                    + (total == 1 ? " entry" : " entries") + " off).";
        }

        String hint() {
            if (nonFinite) {
                return "The analytic gradient is not finite. " + NAN_HINT;
            }
            String shape = pattern.hint("Every analytic entry", "the numerical one");
            if (shape == null && 2 * off >= pattern.count && pattern.allWithin(Precision.GRADIENT_NOISE)) {
                return Precision.GRADIENT_HINT;
            }
            return shape;
        }
    }

    /**
     * Whether actual ≈ c · expected, or actual ≈ expected + c, for one constant c over all entries:
     * the fingerprints of a dropped factor (1/n, 2, a sign) or a dropped constant term.
     */
    private static final class Pattern {
        int count;
        boolean allFinite = true;
        // Least squares fits: factor c = Σ e·a / Σ e², offset c = mean(a − e).
        double sumEA;
        double sumEE;
        double sumD;
        double maxAbs;
        double[] expected = new double[16];
        double[] actual = new double[16];

        void add(double e, double a) {
            if (!Double.isFinite(e) || !Double.isFinite(a)) {
                allFinite = false;
                return;
            }
            if (count == expected.length) {
                expected = java.util.Arrays.copyOf(expected, 2 * count);
                actual = java.util.Arrays.copyOf(actual, 2 * count);
            }
            expected[count] = e;
            actual[count] = a;
            count++;
            sumEA += e * a;
            sumEE += e * e;
            sumD += a - e;
            maxAbs = Math.max(maxAbs, Math.max(Math.abs(e), Math.abs(a)));
        }

        /** Whether every entry is off by at most {@code ofLargest} of the largest entry. */
        boolean allWithin(double ofLargest) {
            if (!allFinite || count == 0) {
                return false;
            }
            for (int i = 0; i < count; i++) {
                if (Math.abs(actual[i] - expected[i]) > ofLargest * maxAbs) {
                    return false;
                }
            }
            return true;
        }

        /**
         * The largest relative error over the entries; an entry smaller than {@code nearZero} of the
         * largest counts its error relative to that, not to itself.
         */
        double worstRelativeError(double nearZero) {
            double worst = 0;
            for (int i = 0; i < count; i++) {
                double error = Math.abs(actual[i] - expected[i]);
                double size = Math.max(Math.max(Math.abs(expected[i]), Math.abs(actual[i])), nearZero * maxAbs);
                worst = Math.max(worst, error == 0 ? 0 : error / size);
            }
            return worst;
        }

        String hint(String every, String reference) {
            if (!allFinite || count < 2 || maxAbs == 0) {
                return null;
            }
            double tolerance = 1e-6 * maxAbs;
            if (sumEE > 0) {
                double c = sumEA / sumEE;
                int nonzero = 0;
                boolean fits = Math.abs(c - 1) > 1e-3;
                for (int i = 0; i < count && fits; i++) {
                    fits = Math.abs(actual[i] - c * expected[i]) <= tolerance;
                    nonzero += expected[i] != 0 ? 1 : 0;
                }
                if (fits && nonzero >= 2) {
                    if (Math.abs(c + 1) <= 1e-6) {
                        return every + " has the opposite sign of " + reference + ": look for a flipped sign.";
                    }
                    if (Math.abs(c) <= 1e-9) {
                        return null;    // all zeros: nothing was computed; no pattern worth naming
                    }
                    return every + " is about " + show(c) + " times " + reference
                            + ": look for a missing or extra constant factor.";
                }
            }
            double d = sumD / count;
            boolean fits = Math.abs(d) > tolerance;
            for (int i = 0; i < count && fits; i++) {
                fits = Math.abs(actual[i] - expected[i] - d) <= tolerance;
            }
            if (fits) {
                return every + " is off by the same amount (about " + show(d) + "): look for a missing or extra"
                        + " constant term.";
            }
            return null;
        }
    }

    /**
     * The fingerprint of a loss of precision: errors with no pattern, far above double's rounding and
     * below a wrong formula's. float keeps about 7 digits and a sum that cancels loses a few more, so
     * errors up to {@link #TINY} are named a loss of precision; up to {@link #SMALL}, a small missing
     * term (a penalty with a small λ) looks the same, and the hint says both.
     */
    private static final class Precision {
        static final double TINY = 1e-5;
        static final double SMALL = 1e-3;
        /** Hardly a wrong formula comes this close: an error this small, even in one entry, is rounding. */
        static final double ROUNDING = TINY;
        /** Entries this much smaller than the largest count as 0: their error is measured against the largest. */
        static final double NEAR_ZERO = 1e-6;
        /** Centered differences of a float loss are this noisy, relative to the largest entry. */
        static final double GRADIENT_NOISE = 5e-2;

        static final String LOST = "this looks like a loss of precision (float instead of double, or a sum in a"
                + " different order that cancels): use double throughout.";
        static final String GRADIENT_HINT = "Every entry is off by a little, with no common factor or offset: this"
                + " looks like a loss of precision in the function whose centered differences these are (float"
                + " instead of double, or a sum in a different order that cancels), which makes its differences"
                + " noisy: use double throughout. If you already do, look for a small missing term.";

        /** The hint for errors with no pattern of at most {@code worstRelative}, or null when they are larger. */
        static String hint(double worstRelative) {
            if (worstRelative <= TINY) {
                return "The error is tiny and has no pattern: " + LOST;
            }
            if (worstRelative <= SMALL) {
                return "The error is small and has no pattern: either a loss of precision (float instead of double,"
                        + " or a sum in a different order that cancels: then use double throughout), or a small term"
                        + " is missing or extra (a penalty, a constant).";
            }
            return null;
        }
    }

    private static final String NAN_HINT = "A NaN usually means an overflow upstream: exp() of a large number is"
            + " Infinity, and Infinity/Infinity, Infinity - Infinity or 0 * Infinity is NaN.";
    private static final String INFINITY_HINT = "An Infinity usually means an overflow (exp(710) is already"
            + " Infinity) or a log(0) or division by 0.";

    private static String nonFiniteHint(double expected, double actual) {
        if (Double.isNaN(actual) && !Double.isNaN(expected)) {
            return NAN_HINT;
        }
        if (Double.isInfinite(actual) && !Double.isInfinite(expected)) {
            return INFINITY_HINT;
        }
        return null;
    }

    private static String nonFiniteHint(double[] actual) {
        for (double v : actual) {
            if (Double.isNaN(v)) {
                return NAN_HINT;
            }
        }
        return INFINITY_HINT;
    }

    private static String rowLengths(double[][] m) {
        int[] lengths = new int[m.length];
        for (int i = 0; i < m.length; i++) {
            lengths[i] = m[i].length;
        }
        return "row lengths " + show(lengths);
    }

    private static String tolerance(double rtol, double atol) {
        return "tolerance: rtol " + showTolerance(rtol) + ", atol " + showTolerance(atol);
    }

    private static String showTolerance(double t) {
        if (t == 0 || (t >= 1e-3 && t < 1e4)) {
            return t == 0 ? "0" : show(t);
        }
        String[] parts = String.format(java.util.Locale.ROOT, "%.2e", t).split("e");
        String mantissa = parts[0].replaceAll("0+$", "").replaceAll("\\.$", "");
        return mantissa + "e" + Integer.parseInt(parts[1]);
    }

    private static String entries(int n) {
        return n == 1 ? "1 entry" : n + " entries";
    }

    private static String name(String what) {
        return what == null || what.isEmpty() ? "" : what + ": ";
    }

    /** Expected and actual, with as many digits as it takes to tell them apart (6 at least). */
    private static String[] showPair(double expected, double actual) {
        for (int digits = 6; digits < 17; digits++) {
            String e = show(expected, digits);
            String a = show(actual, digits);
            if (!e.equals(a)) {
                return new String[] {e, a};
            }
        }
        return new String[] {Double.toString(expected), Double.toString(actual)};
    }

    private static String show(double v, int digits) {
        if (!Double.isFinite(v) || v == 0) {
            return Double.toString(v);
        }
        return Double.toString(new BigDecimal(v).round(new MathContext(digits, RoundingMode.HALF_EVEN)).doubleValue());
    }

    private static void checkTolerances(double a, double b) {
        if (!(a >= 0) || !(b >= 0)) {
            throw new IllegalArgumentException("tolerances must be >= 0, got " + a + " and " + b);
        }
    }

    private static void requireExpected(Object expected) {
        if (expected == null) {
            throw new IllegalArgumentException("the expected value is null: that is a bug in the test, not in the"
                    + " submission");
        }
    }

    private static AssertionFailedError failure(CharSequence sentence, String hint) {
        return failure(sentence, hint, null);
    }

    /** The sentence, then a hint if there is one, then details (e.g. both arrays) on lines of their own. */
    private static AssertionFailedError failure(CharSequence sentence, String hint, String details) {
        StringBuilder text = new StringBuilder(sentence);
        if (hint != null) {
            text.append(' ').append(hint);
        }
        if (details != null) {
            text.append("\n  ").append(details);
        }
        return new AssertionFailedError(text.toString());
    }
}
