package nn.softmax.grading;

import java.util.function.Supplier;
import nn.softmax.Params;
import nngrader.api.Check;
import nngrader.api.Seeded;
import nngrader.api.ThrownByStudent;
import nngrader.api.Tolerance;
import org.opentest4j.AssertionFailedError;

/**
 * Inputs and trusted arithmetic shared by the hidden tests of softmax-regression. Everything here
 * runs in the grader JVM; nothing calls student code.
 */
final class Inputs {

    /** Randomized tests draw this many inputs. */
    static final int TRIALS = 20;

    /** Gradient checks draw this many inputs (each costs 2 student calls per parameter). */
    static final int GRADIENT_TRIALS = 5;

    /** Gradient checks: the largest relative error between analytic and numerical entries. */
    static final double GRADIENT_RELATIVE_ERROR = 1e-6;

    /** Gradient checks: entries closer than this pass whatever their relative error (rounding noise near 0). */
    static final double GRADIENT_FLOOR = 1e-8;

    /** Comparisons with the reference or the formula on random inputs: room for the same operations in another order. */
    static final Tolerance ROUNDING = Tolerance.rtol(1e-9).atol(1e-12);

    /** Values a few operations from exact (fixed inputs worked out by hand): room for a few roundings. */
    static final Tolerance FEW_ROUNDINGS = Tolerance.rtol(1e-12).atol(1e-15);

    /** Whole trainings compared with the reference's: many steps, each rounding in its own order. */
    static final Tolerance TRAINING = Tolerance.rtol(1e-6).atol(1e-9);

    /**
     * Said when a gradient check finds the student's own loss wrong at the point it differentiates:
     * a check against a wrong (or constant) loss would prove nothing.
     */
    static final String OWN_LOSS_FIRST = ", at the point of the gradient check (the gradient is compared with centered"
            + " differences of your own loss, so that loss must be right first: make its tests pass)";

    private Inputs() {
    }

    /** Parameters of k classes over d features with N(0, sd²) entries. */
    static Params params(Seeded random, int k, int d, double sd) {
        return new Params(random.gaussian(k, d, sd), random.gaussian(k, sd));
    }

    /** A deep copy, to check later that a call did not change p. */
    static Params copy(Params p) {
        return new Params(Check.copy(p.W()), p.b().clone());
    }

    /** Checks that neither W nor b of p changed since {@code before} was copied. */
    static void unchanged(Params before, Params after, String what) {
        Check.unchanged(before.W(), after.W(), what + ".W()");
        Check.unchanged(before.b(), after.b(), what + ".b()");
    }

    /**
     * Checks that a call into student code throws an exception of exactly the class the handout
     * names (another exception, e.g. the ArrayIndexOutOfBoundsException of a missing check, fails);
     * {@code what} names the call, e.g. {@code oneHot(3, 3)}.
     */
    static void rejects(Class<? extends RuntimeException> expected, Supplier<?> call, String what) {
        Object returned;
        try {
            returned = call.get();
        } catch (RuntimeException e) {
            if (!(e instanceof ThrownByStudent thrown) || thrown.notImplemented()) {
                throw e;
            }
            if (thrown.exceptionClass().equals(expected.getName())) {
                return;
            }
            throw new AssertionFailedError(what + " threw " + thrown.exceptionClass()
                    + (thrown.exceptionMessage() == null ? "" : " (" + thrown.exceptionMessage() + ")") + ", but the handout asks for an "
                    + expected.getSimpleName() + ": check the argument at the start of the method, before using it");
        }
        throw new AssertionFailedError(what + " returned " + showResult(returned) + ", but the handout asks for an "
                + expected.getSimpleName() + ": check the argument at the start of the method");
    }

    private static String showResult(Object value) {
        if (value instanceof double[] v) {
            return Check.show(v);
        }
        return value instanceof Double v ? Check.show(v) : String.valueOf(value);
    }

    /** p for a message: {@code Params(W [[..]], b [..])}. */
    static String show(Params p) {
        return "Params(W " + Check.show(p.W()) + ", b " + Check.show(p.b()) + ")";
    }

    /** w·x. */
    static double dot(double[] w, double[] x) {
        double s = 0;
        for (int j = 0; j < w.length; j++) {
            s += w[j] * x[j];
        }
        return s;
    }

    /** Σ_i v_i. */
    static double sum(double[] v) {
        double s = 0;
        for (double v_i : v) {
            s += v_i;
        }
        return s;
    }

    /** ‖W‖² = Σ_ij W_ij². */
    static double squaredNorm(double[][] W) {
        double s = 0;
        for (double[] row : W) {
            s += dot(row, row);
        }
        return s;
    }

    /** Σ_i v_i². */
    static double squaredNorm(double[] v) {
        return dot(v, v);
    }

    /** z = W x + b. */
    static double[] scores(Params p, double[] x) {
        double[] z = new double[p.classes()];
        for (int i = 0; i < z.length; i++) {
            z[i] = dot(p.W()[i], x) + p.b()[i];
        }
        return z;
    }

    /** log Σ_j exp(z_j), computed stably. */
    static double logSumExp(double[] z) {
        double m = Double.NEGATIVE_INFINITY;
        for (double z_j : z) {
            m = Math.max(m, z_j);
        }
        double s = 0;
        for (double z_j : z) {
            s += Math.exp(z_j - m);
        }
        return m + Math.log(s);
    }

    /** softmax(z), computed stably. */
    static double[] softmax(double[] z) {
        double logSum = logSumExp(z);
        double[] a = new double[z.length];
        for (int i = 0; i < z.length; i++) {
            a[i] = Math.exp(z[i] - logSum);
        }
        return a;
    }

    /** −log softmax(z)_y. */
    static double crossEntropy(double[] z, int y) {
        return logSumExp(z) - z[y];
    }

    /** (1/n) Σ_i −log softmax(W x_i + b)_{y_i}. */
    static double meanCrossEntropy(Params p, double[][] X, int[] y) {
        double sum = 0;
        for (int i = 0; i < X.length; i++) {
            sum += crossEntropy(scores(p, X[i]), y[i]);
        }
        return sum / X.length;
    }

    /** The handout's loss J = (1/n) Σ_i L(x_i, y_i) + (λ/2) ‖W‖², b not penalized. */
    static double cost(Params p, double[][] X, int[] y, double lambda) {
        return meanCrossEntropy(p, X, y) + lambda / 2 * squaredNorm(p.W());
    }

    /** The index of the largest entry (the first one on ties). */
    static int argmax(double[] v) {
        int best = 0;
        for (int i = 1; i < v.length; i++) {
            if (v[i] > v[best]) {
                best = i;
            }
        }
        return best;
    }

    /** argmax_i (W x + b)_i for each row x of X: what a classifier with parameters p predicts. */
    static int[] predictions(Params p, double[][] X) {
        int[] predicted = new int[X.length];
        for (int n = 0; n < X.length; n++) {
            predicted[n] = argmax(scores(p, X[n]));
        }
        return predicted;
    }

    /** The share of positions where predicted equals y. */
    static double accuracy(int[] predicted, int[] y) {
        int correct = 0;
        for (int i = 0; i < y.length; i++) {
            correct += predicted[i] == y[i] ? 1 : 0;
        }
        return (double) correct / y.length;
    }
}
