package nn.mlp.grading;

import nn.mlp.Activation;
import nn.mlp.Forward;
import nn.mlp.Network;
import nn.mlp.Output;
import nn.mlp.Parameters;
import nngrader.api.Check;
import nngrader.api.CheckFailure;
import nngrader.api.Seeded;
import nngrader.api.ThrownByStudent;
import nngrader.api.Tolerance;
import org.opentest4j.AssertionFailedError;

import java.util.function.Supplier;

/**
 * Inputs, copies and messages shared by the hidden tests of mlp-backprop. Everything here runs in
 * the grader JVM; nothing calls student code. The trusted arithmetic is in {@link Maths}.
 */
final class Inputs {

    /** Randomized tests draw this many inputs. */
    static final int TRIALS = 20;

    /** Gradient checks draw this many networks (each costs 2 student calls per parameter entry). */
    static final int GRADIENT_TRIALS = 3;

    /** Gradient checks: the largest relative error between an analytic and a numerical entry. */
    static final double GRADIENT_RELATIVE_ERROR = 1e-5;

    /** Gradient checks: entries closer than this pass whatever their relative error (rounding noise near 0). */
    static final double GRADIENT_FLOOR = 1e-8;

    /** Comparisons with the reference or the formula on random inputs: room for the same operations in another order. */
    static final Tolerance ROUNDING = Tolerance.rtol(1e-9).atol(1e-12);

    /** Values a few operations from exact (fixed inputs worked out by hand): room for a few roundings. */
    static final Tolerance FEW_ROUNDINGS = Tolerance.rtol(1e-12).atol(1e-15);

    /** Whole trainings compared with the reference's: many steps, each rounding in its own order. */
    static final Tolerance TRAINING = Tolerance.rtol(1e-6).atol(1e-9);

    private Inputs() {
    }

    // ---- random inputs -----------------------------------------------------------------------

    /** Parameters of d inputs, h hidden units and k outputs with N(0, sd²) entries (biases too). */
    static Parameters params(Seeded random, int d, int h, int k, double sd) {
        return new Parameters(random.gaussian(h, d, sd), random.gaussian(h, sd), random.gaussian(k, h, sd),
                random.gaussian(k, sd));
    }

    /** k outputs for an output unit: 1 for a sigmoid output, 1 to 4 otherwise. */
    /**
     * Whether a centered difference of the cost could straddle ReLU's kink: with ReLU, some example's hidden
     * pre-activation z1 lies within 1e-3 of 0, where a step of h = 1e-5 in W1 (times |x| of a few) or b1 may cross
     * it, and the numerical gradient averages two slopes. Gradient checks draw again then: their claim is about
     * the cost where it is differentiable. (The reference failed test 3.10 under seed 701 of the sweep: z1 = -1e-5.)
     */
    static boolean nearReluKink(Network net, double[][] X) {
        if (net.g() != Activation.RELU) {
            return false;
        }
        for (double[] x : X) {
            for (double z : Maths.forward(net, x)[0]) {
                if (Math.abs(z) < 1e-3) {
                    return true;
                }
            }
        }
        return false;
    }

    static int outputs(Seeded random, Output output) {
        return output == Output.SIGMOID_BINARY_CROSS_ENTROPY ? 1 : random.between(2, 4);
    }

    /** A random network with the given activation and output, d and h in [1, 5]. */
    static Network network(Seeded random, Activation g, Output output) {
        int d = random.between(1, 5);
        int h = random.between(1, 5);
        int k = outputs(random, output);
        return new Network(params(random, d, h, k, 1.0), g, output);
    }

    /** One target y [k] fitting the output: one-hot for softmax, 0 or 1 for a sigmoid, N(0,
            1) values for regression. */
    static double[] target(Seeded random, Output output, int k) {
        switch (output) {
            case SOFTMAX_CROSS_ENTROPY:
                return oneHot(random.label(k), k);
            case SIGMOID_BINARY_CROSS_ENTROPY:
                return new double[] {random.label(2)};
            default:
                return random.gaussian(k, 1.0);
        }
    }

    /** n targets, one per row. */
    static double[][] targets(Seeded random, Output output, int n, int k) {
        double[][] Y = new double[n][];
        for (int i = 0; i < n; i++) {
            Y[i] = target(random, output, k);
        }
        return Y;
    }

    /** e_y of length k. */
    static double[] oneHot(int y, int k) {
        double[] e = new double[k];
        e[y] = 1;
        return e;
    }

    /** One row e_{y_i} per label. */
    static double[][] oneHot(int[] y, int k) {
        double[][] Y = new double[y.length][];
        for (int i = 0; i < y.length; i++) {
            Y[i] = oneHot(y[i], k);
        }
        return Y;
    }

    // ---- copies and comparisons --------------------------------------------------------------

    /** A deep copy, so that a student call cannot change the test's own values. */
    static Parameters copy(Parameters p) {
        return new Parameters(Check.copy(p.W1()), p.b1().clone(), Check.copy(p.W2()), p.b2().clone());
    }

    /** A deep copy of the network's parameters. */
    static Network copy(Network net) {
        return new Network(copy(net.p()), net.g(), net.output());
    }

    /** Checks that no parameter changed since {@code before} was copied. */
    static void unchanged(Parameters before, Parameters after, String what) {
        Check.unchanged(before.W1(), after.W1(), what + ".W1()");
        Check.unchanged(before.b1(), after.b1(), what + ".b1()");
        Check.unchanged(before.W2(), after.W2(), what + ".W2()");
        Check.unchanged(before.b2(), after.b2(), what + ".b2()");
    }

    /** Checks each of the four parameters of {@code actual} against {@code expected}. */
    static void allClose(Parameters expected, Parameters actual, Tolerance tolerance, Supplier<String> what) {
        Check.isTrue(actual != null, () -> what.get() + " returned null");
        Check.allClose(expected.W1(), actual.W1(), tolerance, () -> what.get() + ".W1()");
        Check.allClose(expected.b1(), actual.b1(), tolerance, () -> what.get() + ".b1()");
        Check.allClose(expected.W2(), actual.W2(), tolerance, () -> what.get() + ".W2()");
        Check.allClose(expected.b2(), actual.b2(), tolerance, () -> what.get() + ".b2()");
    }

    /** Checks the four values of a forward pass. */
    static void allClose(Forward expected, Forward actual, Tolerance tolerance, Supplier<String> what) {
        Check.isTrue(actual != null, () -> what.get() + " returned null");
        Check.allClose(expected.z1(), actual.z1(), tolerance, () -> what.get() + ".z1()");
        Check.allClose(expected.a1(), actual.a1(), tolerance, () -> what.get() + ".a1()");
        Check.allClose(expected.z2(), actual.z2(), tolerance, () -> what.get() + ".z2()");
        Check.allClose(expected.a2(), actual.a2(), tolerance, () -> what.get() + ".a2()");
    }

    /**
     * Code that computes nothing leaves its inputs unchanged and is deterministic: tests of those
     * properties give their point only when a result that cannot be all zeros is not.
     */
    static void computes(boolean nonZero, String what) {
        Check.isTrue(nonZero, what + " is all zeros (or null), which the right result never is here: this test gives"
                + " its point only to code that computes its result");
    }

    /** Whether some entry of some vector is not 0. */
    static boolean nonZero(double[]... vectors) {
        for (double[] v : vectors) {
            if (v != null && java.util.Arrays.stream(v).anyMatch(e -> e != 0)) {
                return true;
            }
        }
        return false;
    }

    /** Whether some parameter has an entry that is not 0. */
    static boolean nonZero(Parameters p) {
        return p != null && p.W1() != null && p.W2() != null && (nonZero(p.b1(), p.b2())
                || java.util.Arrays.stream(p.W1()).anyMatch(Inputs::nonZero)
                || java.util.Arrays.stream(p.W2()).anyMatch(Inputs::nonZero));
    }

    /**
     * Checks that a call the handout forbids throws an IllegalArgumentException, as it promises. A
     * stub still says "not implemented yet"; any other outcome fails with what happened instead.
     */
    static void rejects(Runnable call, String what) {
        try {
            call.run();
        } catch (RuntimeException e) {
            if (!(e instanceof ThrownByStudent thrown) || thrown.notImplemented()) {
                throw e;
            }
            if (thrown.exceptionClass().equals(IllegalArgumentException.class.getName())) {
                return;
            }
            throw new AssertionFailedError(what + " threw " + thrown.exceptionClass() + ", but the handout asks for an"
                    + " IllegalArgumentException that says what is wrong");
        }
        throw new AssertionFailedError(what + " returned normally, but the handout asks for an"
                + " IllegalArgumentException that says what is wrong");
    }

    /**
     * Runs a check; when it fails, adds the likely cause that {@code cause} names (if it names one)
     * to the failure, after its hint and before its details.
     */
    static void withCause(Runnable check, Supplier<String> cause) {
        try {
            check.run();
        } catch (CheckFailure e) {
            throw e.withCause(cause.get());
        }
    }

    // ---- messages ----------------------------------------------------------------------------

    /** p for a message. */
    static String show(Parameters p) {
        return "Parameters(W1 " + Check.show(p.W1()) + ", b1 " + Check.show(p.b1()) + ", W2 " + Check.show(p.W2())
                + ", b2 " + Check.show(p.b2()) + ")";
    }

    /** net for a message: {@code Network(RELU, SOFTMAX_CROSS_ENTROPY, Parameters(...))}. */
    static String show(Network net) {
        return "Network(" + show(net.p()) + ", " + net.g() + ", " + net.output() + ")";
    }

    /** The shapes of a network for a message: {@code d = 3, h = 4, k = 2}. */
    static String shapes(Parameters p) {
        return "d = " + p.inputs() + ", h = " + p.hidden() + ", k = " + p.outputs();
    }
}
