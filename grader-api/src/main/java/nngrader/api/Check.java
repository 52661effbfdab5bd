package nngrader.api;

import java.util.List;
import java.util.Objects;
import java.util.function.Supplier;

import nngrader.api.CheckFailure.Compared;
import nngrader.api.CheckFailure.Fact;

/**
 * The trusted assertions of hidden tests: numeric comparison with tolerances, shapes, finiteness,
 * unchanged inputs and gradient checks, each failing with a message a student can act on.
 *
 * <pre>{@code
 * static final Tolerance EXACT_MATH = Tolerance.rtol(1e-12);
 * static final Tolerance ROUNDING = Tolerance.rtol(1e-9).atol(1e-12);
 *
 * double[] a = student.softmax(new double[] {1000, 1000});
 * Check.allClose(new double[] {0.5, 0.5}, a, EXACT_MATH, "softmax([1000.0, 1000.0])");
 * // fails with: softmax([1000.0, 1000.0]): entry [0] expected 0.5 but was NaN (2 of 2 entries
 * // differ; largest error: NaN at [0]; tolerance: rtol 1e-12, atol 0). A NaN usually means ...
 * }</pre>
 *
 * <p>The tolerance rule is numpy's {@code allclose}, entry by entry (see {@link Tolerance}):
 * {@code |actual − expected| ≤ atol + rtol·|expected|}. NaN matches only NaN, an infinity only
 * the same infinity, and a {@code null} or an array of another shape fails with its own message.
 * A failure throws {@link CheckFailure}; its message says what was checked, where it differs, what
 * was expected and what came, how many entries differ and by how much, and — for a few generic
 * patterns (a NaN or an infinity appeared, every entry off by the same factor or amount, a
 * transposed shape, small errors with no pattern that a float or a cancelling sum gives) — a short
 * hint. The grader knows nothing of the course: the hints are about numbers, not about neural
 * networks.
 *
 * <p>Every check takes what it checks either as a {@code String} or as a {@code Supplier<String>}:
 * the supplier is called only when the check fails, so a description that prints arrays costs
 * nothing in a loop of passing checks. A passing check builds no text at all.
 *
 * <pre>{@code
 * for (double[] z : inputs) {
 *     Check.allClose(reference.softmax(z), student.softmax(z), ROUNDING, () -> "softmax(" + Check.show(z) + ")");
 * }
 * }</pre>
 *
 * <p>An argument that is the instructor's to get right (a negative tolerance, a {@code null}
 * expected value) throws {@link IllegalArgumentException} instead: that is a bug in the suite,
 * not in the submission.
 */
public final class Check {
    /** Within this share of the expected value, a wrong number is its negative: a flipped sign. */
    private static final Tolerance SIGN = Tolerance.rtol(1e-9);

    private Check() {
    }

    // ------------------------------------------------------------------ allClose

    /**
     * Checks one number against its expected value: {@code |actual − expected| ≤ atol + rtol·|expected|}.
     *
     * <pre>{@code
     * Check.allClose(0.5, student.sigmoid(0), Tolerance.rtol(1e-12), "sigmoid(0)");
     * // sigmoid(0): expected 0.5 but was 0.25 (error 0.25, relative 0.5; tolerance: rtol 1e-12, atol 0).
     * }</pre>
     */
    public static void allClose(double expected, double actual, Tolerance tolerance, Supplier<String> what) {
        if (tolerance.allows(expected, actual)) {
            return;
        }
        String[] pair = Show.pair(expected, actual);
        StringBuilder m = new StringBuilder("expected ").append(pair[0]).append(" but was ").append(pair[1]).append(" (");
        if (Double.isFinite(expected) && Double.isFinite(actual)) {
            double error = Math.abs(actual - expected);
            m.append("error ").append(Show.number(error));
            if (expected != 0) {
                m.append(", relative ").append(Show.number(error / Math.abs(expected)));
            }
            m.append("; ");
        }
        m.append("tolerance: ").append(tolerance).append(").");
        String hint = Hints.nonFinite(expected, actual);
        if (hint == null && Double.isFinite(actual) && expected != 0 && SIGN.allows(-expected, actual)) {
            hint = Hints.OPPOSITE_SIGN;
        }
        if (hint == null && Double.isFinite(expected) && Double.isFinite(actual)) {
            hint = Precision.hint(relativeError(expected, actual));
        }
        throw new CheckFailure(what.get(), m.toString(), hint, List.of());
    }

    /** {@link #allClose(double, double, Tolerance, Supplier)} with a fixed description. */
    public static void allClose(double expected, double actual, Tolerance tolerance, String what) {
        allClose(expected, actual, tolerance, () -> what);
    }

    /** {@link #allClose(double, double, Tolerance, String)} with {@code new Tolerance(rtol, atol)}. */
    public static void allClose(double expected, double actual, double rtol, double atol, String what) {
        allClose(expected, actual, new Tolerance(rtol, atol), what);
    }

    /**
     * Checks a vector entry by entry: same length, and
     * {@code |actual[i] − expected[i]| ≤ atol + rtol·|expected[i]|}.
     *
     * <pre>{@code
     * Check.allClose(reference.softmax(z), student.softmax(z), ROUNDING, () -> "softmax(" + Check.show(z) + ")");
     * }</pre>
     */
    public static void allClose(double[] expected, double[] actual, Tolerance tolerance, Supplier<String> what) {
        requireExpected(expected);
        Shapes.vector(expected.length, actual, what);
        Comparison c = new ToleranceComparison(tolerance).over(expected, actual);
        if (c.failed()) {
            throw new CheckFailure(what.get(), c.sentence(), c.hint(), sideBySide(Show.vector(expected), Show.vector(actual)),
                    Compared.of(Compared.Kind.VALUES, expected, actual));
        }
    }

    /** {@link #allClose(double[], double[], Tolerance, Supplier)} with a fixed description. */
    public static void allClose(double[] expected, double[] actual, Tolerance tolerance, String what) {
        allClose(expected, actual, tolerance, () -> what);
    }

    /** {@link #allClose(double[], double[], Tolerance, String)} with {@code new Tolerance(rtol, atol)}. */
    public static void allClose(double[] expected, double[] actual, double rtol, double atol, String what) {
        requireExpected(expected);
        allClose(expected, actual, new Tolerance(rtol, atol), what);
    }

    /**
     * Checks a matrix entry by entry: same shape (rows and each row's length), and
     * {@code |actual[i][j] − expected[i][j]| ≤ atol + rtol·|expected[i][j]|}.
     *
     * <pre>{@code
     * Check.allClose(reference.dL_dW(g, x), student.dL_dW(g, x), ROUNDING, "dL_dW(dL_dz, x)");
     * }</pre>
     */
    public static void allClose(double[][] expected, double[][] actual, Tolerance tolerance, Supplier<String> what) {
        int cols = Shapes.columnsOfExpected(expected);
        Shapes.matrix(expected.length, cols, actual, what);
        Comparison c = new ToleranceComparison(tolerance).over(expected, actual, cols);
        if (c.failed()) {
            throw new CheckFailure(what.get(), c.sentence(), c.hint(), sideBySide(Show.matrix(expected), Show.matrix(actual)),
                    Compared.of(Compared.Kind.VALUES, expected, actual));
        }
    }

    /** {@link #allClose(double[][], double[][], Tolerance, Supplier)} with a fixed description. */
    public static void allClose(double[][] expected, double[][] actual, Tolerance tolerance, String what) {
        allClose(expected, actual, tolerance, () -> what);
    }

    /** {@link #allClose(double[][], double[][], Tolerance, String)} with {@code new Tolerance(rtol, atol)}. */
    public static void allClose(double[][] expected, double[][] actual, double rtol, double atol, String what) {
        requireExpected(expected);
        allClose(expected, actual, new Tolerance(rtol, atol), what);
    }

    // ------------------------------------------------------------------ exact

    /**
     * Checks a whole number exactly.
     *
     * <pre>{@code
     * Check.equal(3, student.predict(X).length, "number of predictions for 3 examples");
     * }</pre>
     */
    public static void equal(int expected, int actual, Supplier<String> what) {
        if (expected != actual) {
            throw new CheckFailure(what.get(), "expected " + expected + " but was " + actual + ".", null, List.of());
        }
    }

    /** {@link #equal(int, int, Supplier)} with a fixed description. */
    public static void equal(int expected, int actual, String what) {
        equal(expected, actual, () -> what);
    }

    /**
     * Checks an int vector exactly: same length, same entries.
     *
     * <pre>{@code
     * Check.equal(new int[] {0, 2, 1}, classifier.predict(X), "predict(X)");
     * // predict(X): entry [1] expected 2 but was 0 (1 of 3 entries differ).
     * }</pre>
     */
    public static void equal(int[] expected, int[] actual, Supplier<String> what) {
        requireExpected(expected);
        if (actual == null) {
            throw new CheckFailure(what.get(), "expected an array of length " + expected.length + " but was null.", null,
                    List.of());
        }
        if (actual.length != expected.length) {
            throw new CheckFailure(what.get(), "expected length " + expected.length + " but was " + actual.length + ".",
                    null, sideBySide(Show.ints(expected), Show.ints(actual)));
        }
        int differing = 0;
        int first = -1;
        for (int i = 0; i < expected.length; i++) {
            if (expected[i] != actual[i]) {
                differing++;
                first = first < 0 ? i : first;
            }
        }
        if (differing > 0) {
            throw new CheckFailure(what.get(), "entry [" + first + "] expected " + expected[first] + " but was "
                    + actual[first] + " (" + differing + " of " + expected.length + " entries differ).", null,
                    sideBySide(Show.ints(expected), Show.ints(actual)));
        }
    }

    /** {@link #equal(int[], int[], Supplier)} with a fixed description. */
    public static void equal(int[] expected, int[] actual, String what) {
        equal(expected, actual, () -> what);
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
    public static void shape(int n, double[] actual, Supplier<String> what) {
        Shapes.vector(n, actual, what);
    }

    /** {@link #shape(int, double[], Supplier)} with a fixed description. */
    public static void shape(int n, double[] actual, String what) {
        Shapes.vector(n, actual, () -> what);
    }

    /**
     * Checks that a matrix is not null, has {@code rows} rows and each row has {@code cols} entries.
     *
     * <pre>{@code
     * Check.shape(3, 4, student.dL_dW(dL_dz, x), "dL_dW for k = 3 classes, d = 4 features");
     * // dL_dW ...: expected shape [3][4] but was [4][3]. It looks transposed: rows and columns are swapped.
     * }</pre>
     */
    public static void shape(int rows, int cols, double[][] actual, Supplier<String> what) {
        Shapes.matrix(rows, cols, actual, what);
    }

    /** {@link #shape(int, int, double[][], Supplier)} with a fixed description. */
    public static void shape(int rows, int cols, double[][] actual, String what) {
        Shapes.matrix(rows, cols, actual, () -> what);
    }

    // ------------------------------------------------------------------ finite

    /**
     * Checks that a number is neither NaN nor infinite.
     *
     * <pre>{@code
     * Check.finite(student.binaryCrossEntropy(1000, 0), "binaryCrossEntropy(1000.0, 0)");
     * }</pre>
     */
    public static void finite(double actual, Supplier<String> what) {
        Finite.number(actual, what);
    }

    /** {@link #finite(double, Supplier)} with a fixed description. */
    public static void finite(double actual, String what) {
        Finite.number(actual, () -> what);
    }

    /**
     * Checks that a vector is not null and all its entries are finite.
     *
     * <pre>{@code
     * Check.finite(student.logSoftmax(new double[] {1000, -1000}), "logSoftmax([1000.0, -1000.0])");
     * // logSoftmax(...): entry [0] is NaN (2 of 2 entries are not finite): [NaN, -Infinity]. A NaN usually ...
     * }</pre>
     */
    public static void finite(double[] actual, Supplier<String> what) {
        Finite.vector(actual, what);
    }

    /** {@link #finite(double[], Supplier)} with a fixed description. */
    public static void finite(double[] actual, String what) {
        Finite.vector(actual, () -> what);
    }

    /**
     * Checks that a matrix is not null, has no null rows and all its entries are finite.
     *
     * <pre>{@code
     * Check.finite(student.softmaxJacobian(a), "softmaxJacobian(a)");
     * }</pre>
     */
    public static void finite(double[][] actual, Supplier<String> what) {
        Finite.matrix(actual, what);
    }

    /** {@link #finite(double[][], Supplier)} with a fixed description. */
    public static void finite(double[][] actual, String what) {
        Finite.matrix(actual, () -> what);
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
    public static void atLeast(double threshold, double actual, Supplier<String> what) {
        if (!(actual >= threshold)) {
            throw new CheckFailure(what.get(), "expected at least " + Show.number(threshold) + " but was "
                    + Show.number(actual) + ".", Hints.nonFinite(threshold, actual), List.of());
        }
    }

    /** {@link #atLeast(double, double, Supplier)} with a fixed description. */
    public static void atLeast(double threshold, double actual, String what) {
        atLeast(threshold, actual, () -> what);
    }

    /**
     * Checks a condition that the other checks do not cover; the message says what went wrong.
     *
     * <pre>{@code
     * Check.isTrue(first != second, "train(...) returned the same handle twice");
     * }</pre>
     */
    public static void isTrue(boolean condition, Supplier<String> message) {
        if (!condition) {
            throw new CheckFailure("", Objects.requireNonNull(message.get(), "isTrue's message"), null, List.of());
        }
    }

    /** {@link #isTrue(boolean, Supplier)} with a fixed message. */
    public static void isTrue(boolean condition, String message) {
        isTrue(condition, () -> message);
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
    public static void unchanged(double[] before, double[] after, Supplier<String> what) {
        Unchanged.vector(before, after, what);
    }

    /** {@link #unchanged(double[], double[], Supplier)} with a fixed description. */
    public static void unchanged(double[] before, double[] after, String what) {
        Unchanged.vector(before, after, () -> what);
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
    public static void unchanged(double[][] before, double[][] after, Supplier<String> what) {
        Unchanged.matrix(before, after, what);
    }

    /** {@link #unchanged(double[][], double[][], Supplier)} with a fixed description. */
    public static void unchanged(double[][] before, double[][] after, String what) {
        Unchanged.matrix(before, after, () -> what);
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
    public static void unchanged(int[] before, int[] after, Supplier<String> what) {
        Unchanged.ints(before, after, what);
    }

    /** {@link #unchanged(int[], int[], Supplier)} with a fixed description. */
    public static void unchanged(int[] before, int[] after, String what) {
        Unchanged.ints(before, after, () -> what);
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
        throw new CheckFailure("", call + " returned " + shared.argumentPath() + " itself" + as
                + "; the handout asks for a new array: copy before you change it (e.g. "
                + shared.argumentPath() + ".clone()).", null, List.of());
    }

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
     * {@link #relativeError} is at most {@code maxRelativeError}, or its absolute error at most
     * {@code absoluteFloor} (for entries whose true value is about 0, where the numerical gradient is
     * only rounding noise and a relative error means nothing).
     *
     * <pre>{@code
     * Check.gradientMatches(numerical, student.dL_dw(w, b, x, y), 1e-6, 1e-9, () -> "dL_dw(" + show(w) + ", ...)");
     * // dL_dw(...): the analytic gradient does not match the numerical one: worst entry [2] is -0.31 but
     * // numerically 0.31 (relative error 2.0 > 1e-6; 3 of 3 entries off). ...
     * }</pre>
     */
    public static void gradientMatches(double[] numerical, double[] analytic, double maxRelativeError,
                                       double absoluteFloor, Supplier<String> what) {
        requireExpected(numerical);
        requireTolerances(maxRelativeError, absoluteFloor);
        Shapes.vector(numerical.length, analytic, what);
        Comparison c = new GradientComparison(maxRelativeError, absoluteFloor).over(numerical, analytic);
        if (c.failed()) {
            throw new CheckFailure(what.get(), c.sentence(), c.hint(), numericalAndAnalytic(Show.vector(numerical),
                    Show.vector(analytic)), Compared.of(Compared.Kind.GRADIENT, numerical, analytic));
        }
    }

    /** {@link #gradientMatches(double[], double[], double, double, Supplier)} with a fixed description. */
    public static void gradientMatches(double[] numerical, double[] analytic, double maxRelativeError,
                                       double absoluteFloor, String what) {
        gradientMatches(numerical, analytic, maxRelativeError, absoluteFloor, () -> what);
    }

    /** {@link #gradientMatches(double[], double[], double, double, String)} with no absolute floor. */
    public static void gradientMatches(double[] numerical, double[] analytic, double maxRelativeError, String what) {
        gradientMatches(numerical, analytic, maxRelativeError, 0, () -> what);
    }

    /**
     * Checks an analytic gradient matrix against a numerical one, entry by entry; see
     * {@link #gradientMatches(double[], double[], double, double, Supplier)}.
     *
     * <pre>{@code
     * Check.gradientMatches(numericalW, student.lossGradient(p, X, y, 0.1).W(), 1e-6, 1e-9, "dJ/dW");
     * }</pre>
     */
    public static void gradientMatches(double[][] numerical, double[][] analytic, double maxRelativeError,
                                       double absoluteFloor, Supplier<String> what) {
        requireExpected(numerical);
        requireTolerances(maxRelativeError, absoluteFloor);
        int cols = numerical.length == 0 ? 0 : numerical[0].length;
        Shapes.matrix(numerical.length, cols, analytic, what);
        Comparison c = new GradientComparison(maxRelativeError, absoluteFloor).over(numerical, analytic, cols);
        if (c.failed()) {
            throw new CheckFailure(what.get(), c.sentence(), c.hint(), numericalAndAnalytic(Show.matrix(numerical),
                    Show.matrix(analytic)), Compared.of(Compared.Kind.GRADIENT, numerical, analytic));
        }
    }

    /** {@link #gradientMatches(double[][], double[][], double, double, Supplier)} with a fixed description. */
    public static void gradientMatches(double[][] numerical, double[][] analytic, double maxRelativeError,
                                       double absoluteFloor, String what) {
        gradientMatches(numerical, analytic, maxRelativeError, absoluteFloor, () -> what);
    }

    /** {@link #gradientMatches(double[][], double[][], double, double, String)} with no absolute floor. */
    public static void gradientMatches(double[][] numerical, double[][] analytic, double maxRelativeError,
                                       String what) {
        gradientMatches(numerical, analytic, maxRelativeError, 0, () -> what);
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
        return Show.number(v);
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
        return Show.vector(v);
    }

    /**
     * A matrix for a message, row by row; long rows and many rows are elided in the middle.
     *
     * <pre>{@code
     * Check.show(new double[][] {{1, 2}, {3, 4}});   // "[[1.0, 2.0], [3.0, 4.0]]"
     * }</pre>
     */
    public static String show(double[][] m) {
        return Show.matrix(m);
    }

    /**
     * An int vector for a message, the middle of a long one elided.
     *
     * <pre>{@code
     * Check.show(new int[] {0, 2, 1});   // "[0, 2, 1]"
     * }</pre>
     */
    public static String show(int[] v) {
        return Show.ints(v);
    }

    // ------------------------------------------------------------------ arguments

    static void requireExpected(Object expected) {
        if (expected == null) {
            throw new IllegalArgumentException("the expected value is null: that is a bug in the test, not in the"
                    + " submission");
        }
    }

    private static void requireTolerances(double a, double b) {
        if (!(a >= 0) || !(b >= 0)) {
            throw new IllegalArgumentException("tolerances must be >= 0, got " + a + " and " + b);
        }
    }

    private static List<Fact> sideBySide(String expected, String actual) {
        return List.of(new Fact("expected", expected), new Fact("but was", actual));
    }

    private static List<Fact> numericalAndAnalytic(String numerical, String analytic) {
        return List.of(new Fact("numerical", numerical), new Fact("analytic", analytic));
    }
}
