package nn.util;

import java.util.Arrays;
import java.util.Random;
import java.util.function.ToDoubleFunction;

/**
 * Numerical gradients by centered differences, to check an analytic gradient:
 * <pre>    ∂f/∂x_i ≈ (f(x + h e_i) − f(x − h e_i)) / 2h        (error O(h²), default h = 1e-5)</pre>
 * The point x is never modified: f is evaluated at a perturbed copy.
 *
 * <p>A gradient check of dJ/dW for softmax regression:
 * <pre>{@code
 * double[][] numerical = NumericalGradient.gradient(W -> softmax.loss(new Params(W, b), X, y, lambda), W);
 * double[][] analytic = softmax.lossGradient(new Params(W, b), X, y, lambda).W();
 * AllClose.assertAllClose(numerical, analytic, 1e-5, 1e-8, "dJ/dW");
 * // or: AllClose.relativeError(numerical, analytic) < 1e-7
 * }</pre>
 * For a large W, check a few entries chosen at random instead:
 * <pre>{@code
 * NumericalGradient.Sample s = NumericalGradient.sample(W -> softmax.loss(new Params(W, b), X, y, 0), W, 10, 42);
 * AllClose.assertAllClose(s.partials(), s.pick(analytic), 1e-5, 1e-8, "dJ/dW at " + s.where());
 * }</pre>
 */
public final class NumericalGradient {

    /** The default step h: small enough for a small truncation error O(h²), large enough for little rounding error. */
    public static final double DEFAULT_H = 1e-5;

    private NumericalGradient() {
    }

    /**
     * Numerical partials at a few coordinates: partials[s] ≈ ∂f/∂x at coordinates[s], where a
     * coordinate is {i} for a vector x and {i, j} for a matrix x.
     */
    public record Sample(int[][] coordinates, double[] partials) {

        /** The entries of a vector gradient at the sampled coordinates, to compare with {@link #partials()}. */
        public double[] pick(double[] gradient) {
            double[] picked = new double[coordinates.length];
            for (int s = 0; s < coordinates.length; s++) {
                picked[s] = gradient[coordinates[s][0]];
            }
            return picked;
        }

        /** The entries of a matrix gradient at the sampled coordinates, to compare with {@link #partials()}. */
        public double[] pick(double[][] gradient) {
            double[] picked = new double[coordinates.length];
            for (int s = 0; s < coordinates.length; s++) {
                picked[s] = gradient[coordinates[s][0]][coordinates[s][1]];
            }
            return picked;
        }

        /** The coordinates in order, e.g. {@code "[0][2], [1][0], [3][1]"}: entry [s] of partials() is the s-th. */
        public String where() {
            StringBuilder text = new StringBuilder();
            for (int[] coordinate : coordinates) {
                if (text.length() > 0) {
                    text.append(", ");
                }
                for (int index : coordinate) {
                    text.append('[').append(index).append(']');
                }
            }
            return text.toString();
        }
    }

    // ---- full gradients ----------------------------------------------------------------------

    /** The gradient of f at a vector x with h = {@link #DEFAULT_H}. E.g. f(x) = x₀² + 3x₁ at [1, 2] gives ≈ [2, 3]. */
    public static double[] gradient(ToDoubleFunction<double[]> f, double[] x) {
        return gradient(f, x, DEFAULT_H);
    }

    /** The gradient of f at a vector x: entry i is (f(x + h e_i) − f(x − h e_i)) / 2h.   shapes: x [d] -> [d] */
    public static double[] gradient(ToDoubleFunction<double[]> f, double[] x, double h) {
        checkStep(h);
        double[] point = x.clone();
        double[] gradient = new double[x.length];
        for (int i = 0; i < x.length; i++) {
            gradient[i] = partial(f, point, i, h);
        }
        return gradient;
    }

    /** The gradient of f at a matrix x with h = {@link #DEFAULT_H}, e.g. of W ↦ loss(new Params(W, b), X, y, λ). */
    public static double[][] gradient(ToDoubleFunction<double[][]> f, double[][] x) {
        return gradient(f, x, DEFAULT_H);
    }

    /** The gradient of f at a matrix x: entry [i][j] is (f(x + h e_ij) − f(x − h e_ij)) / 2h.  shapes: x [k][d] -> [k][d] */
    public static double[][] gradient(ToDoubleFunction<double[][]> f, double[][] x, double h) {
        checkStep(h);
        double[][] point = deepCopy(x);
        double[][] gradient = new double[x.length][];
        for (int i = 0; i < x.length; i++) {
            gradient[i] = new double[x[i].length];
            for (int j = 0; j < x[i].length; j++) {
                gradient[i][j] = partial(f, point, i, j, h);
            }
        }
        return gradient;
    }

    // ---- sampled gradients -------------------------------------------------------------------

    /**
     * The partials of f at {@code count} distinct coordinates of the vector x, chosen with
     * {@code new Random(seed)} and listed in increasing order (all coordinates if count ≥ x.length),
     * with h = {@link #DEFAULT_H}.
     */
    public static Sample sample(ToDoubleFunction<double[]> f, double[] x, int count, long seed) {
        double[] point = x.clone();
        int[] chosen = choose(x.length, count, seed);
        int[][] coordinates = new int[chosen.length][];
        double[] partials = new double[chosen.length];
        for (int s = 0; s < chosen.length; s++) {
            coordinates[s] = new int[] {chosen[s]};
            partials[s] = partial(f, point, chosen[s], DEFAULT_H);
        }
        return new Sample(coordinates, partials);
    }

    /**
     * The partials of f at {@code count} distinct coordinates [i][j] of the matrix x, chosen with
     * {@code new Random(seed)} and listed in row-major order (all entries if count ≥ their number),
     * with h = {@link #DEFAULT_H}.
     */
    public static Sample sample(ToDoubleFunction<double[][]> f, double[][] x, int count, long seed) {
        double[][] point = deepCopy(x);
        int entries = 0;
        for (double[] row : x) {
            entries += row.length;
        }
        int[] rowOf = new int[entries];                // flat index -> (row, column); rows may differ in length
        int[] columnOf = new int[entries];
        int flat = 0;
        for (int i = 0; i < x.length; i++) {
            for (int j = 0; j < x[i].length; j++, flat++) {
                rowOf[flat] = i;
                columnOf[flat] = j;
            }
        }
        int[] chosen = choose(rowOf.length, count, seed);
        int[][] coordinates = new int[chosen.length][];
        double[] partials = new double[chosen.length];
        for (int s = 0; s < chosen.length; s++) {
            int i = rowOf[chosen[s]];
            int j = columnOf[chosen[s]];
            coordinates[s] = new int[] {i, j};
            partials[s] = partial(f, point, i, j, DEFAULT_H);
        }
        return new Sample(coordinates, partials);
    }

    // ---- helpers -----------------------------------------------------------------------------

    /** (f(x + h e_i) − f(x − h e_i)) / 2h, restoring x[i] afterwards (x is our own copy). */
    private static double partial(ToDoubleFunction<double[]> f, double[] x, int i, double h) {
        double x_i = x[i];
        x[i] = x_i + h;
        double plus = f.applyAsDouble(x.clone());
        x[i] = x_i - h;
        double minus = f.applyAsDouble(x.clone());
        x[i] = x_i;
        return (plus - minus) / (2 * h);
    }

    /** (f(x + h e_ij) − f(x − h e_ij)) / 2h, restoring x[i][j] afterwards (x is our own copy). */
    private static double partial(ToDoubleFunction<double[][]> f, double[][] x, int i, int j, double h) {
        double x_ij = x[i][j];
        x[i][j] = x_ij + h;
        double plus = f.applyAsDouble(deepCopy(x));
        x[i][j] = x_ij - h;
        double minus = f.applyAsDouble(deepCopy(x));
        x[i][j] = x_ij;
        return (plus - minus) / (2 * h);
    }

    /** count distinct indices of [0, size), chosen by a partial Fisher–Yates shuffle, sorted. */
    private static int[] choose(int size, int count, long seed) {
        if (count < 0) {
            throw new IllegalArgumentException("count must be >= 0, got " + count);
        }
        int[] order = new int[size];
        Arrays.setAll(order, i -> i);
        Random random = new Random(seed);
        int chosen = Math.min(count, size);
        for (int s = 0; s < chosen; s++) {
            int t = s + random.nextInt(size - s);
            int swap = order[s];
            order[s] = order[t];
            order[t] = swap;
        }
        int[] indices = Arrays.copyOf(order, chosen);
        Arrays.sort(indices);
        return indices;
    }

    private static double[][] deepCopy(double[][] x) {
        double[][] copy = new double[x.length][];
        for (int i = 0; i < x.length; i++) {
            copy[i] = x[i].clone();
        }
        return copy;
    }

    private static void checkStep(double h) {
        if (!(h > 0) || Double.isInfinite(h)) {
            throw new IllegalArgumentException("step h must be positive and finite, got " + h);
        }
    }
}
