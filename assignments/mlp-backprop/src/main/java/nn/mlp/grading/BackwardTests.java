package nn.mlp.grading;

import static nn.mlp.grading.Inputs.FEW_ROUNDINGS;
import static nn.mlp.grading.Inputs.GRADIENT_FLOOR;
import static nn.mlp.grading.Inputs.GRADIENT_RELATIVE_ERROR;
import static nn.mlp.grading.Inputs.ROUNDING;
import static nn.mlp.grading.Inputs.TRIALS;
import static nngrader.api.Check.show;

import java.util.function.Supplier;
import nn.mlp.Activation;
import nn.mlp.Network;
import nn.mlp.Output;
import nn.mlp.Parameters;
import nn.mlp.TwoLayerNetwork;
import nn.util.NumericalGradient;
import nngrader.api.Check;
import nngrader.api.HiddenUntilPublished;
import nngrader.api.Points;
import nngrader.api.Reference;
import nngrader.api.Seeded;
import nngrader.api.Student;
import nngrader.api.Tolerance;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;

/**
 * Backpropagation through one example, one step of the lecture per method: dL/dz2 = a2 − y,
 * dL/dW2 = dL/dz2 a1ᵀ, dL/da1 = W2ᵀ dL/dz2, dL/dz1 = dL/da1 ⊙ g'(z1), dL/dW1 = dL/dz1 xᵀ; then the
 * whole backward pass, against the reference and against centered differences of the student's own cost.
 */
@Order(3)
@DisplayName("Backpropagation through one example")
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class BackwardTests {

    /** h = k = 3 and not symmetric: W2 and W2ᵀ give different products, with the same shapes. */
    private static final double[][] SQUARE_W2 = {{1, 2, 0}, {-1, 0, 3}, {0.5, 1, -2}};

    // ---- the steps, fixed --------------------------------------------------------------------

    @Test
    @Order(1)
    @Points(1)
    @Tag("gradient")
    @DisplayName("dL_dz2: a2 − y for a softmax and a regression output")
    void dLdz2OnFixedValues(@Student TwoLayerNetwork student) {
        double[] a2 = {0.2, 0.7, 0.1};
        double[] y = {0, 1, 0};
        Check.allClose(new double[] {0.2, -0.3, 0.1}, student.dL_dz2(a2.clone(), y.clone()), FEW_ROUNDINGS,
                () -> "dL_dz2(a2 = " + show(a2) + ", y = " + show(y) + ")");
        Check.allClose(new double[] {-0.5}, student.dL_dz2(new double[] {1.5}, new double[] {2}), FEW_ROUNDINGS,
                "dL_dz2(a2 = [1.5], y = [2.0])");
    }

    @Test
    @Order(2)
    @Points(1)
    @Tag("gradient")
    @DisplayName("dL_dW2: the outer product (dL/dz2) a1ᵀ, k = 2 by h = 3")
    void dLdW2OnFixedValues(@Student TwoLayerNetwork student) {
        double[] dz2 = {1, -2};
        double[] a1 = {0.5, 0, 3};
        Check.allClose(new double[][] {{0.5, 0, 3}, {-1, 0, -6}}, student.dL_dW2(dz2.clone(), a1.clone()),
                FEW_ROUNDINGS, () -> "dL_dW2(dL_dz2 = " + show(dz2) + ", a1 = " + show(a1) + ") of shape [k][h] = [2][3]");
    }

    @Test
    @Order(3)
    @Points(2)
    @Tag("gradient")
    @DisplayName("dL_da1: W2ᵀ (dL/dz2) with a square, non-symmetric W2 (h = k = 3), and with h = 3, k = 2")
    void dLda1OnFixedValues(@Student TwoLayerNetwork student) {
        double[] dz2 = {1, -1, 2};
        Check.allClose(new double[] {3, 4, -7}, student.dL_da1(Check.copy(SQUARE_W2), dz2.clone()), FEW_ROUNDINGS,
                () -> "dL_da1(W2 = " + show(SQUARE_W2) + ", dL_dz2 = " + show(dz2) + ") (W2ᵀ dL/dz2, so entry j is"
                        + " Σ_i W2[i][j] dL/dz2_i; W2 dL/dz2 would be [-1.0, 5.0, -4.5])");
        double[][] W2 = {{1, 2, 0}, {-1, 0, 3}};
        double[] small = {2, -1};
        Check.allClose(new double[] {3, 4, -3}, student.dL_da1(Check.copy(W2), small.clone()), FEW_ROUNDINGS,
                () -> "dL_da1(W2 = " + show(W2) + ", dL_dz2 = " + show(small) + ") (k = 2, h = 3: the result has h entries)");
    }

    @Test
    @Order(4)
    @Points(2)
    @Tag("gradient")
    @DisplayName("dL_dz1: dL/da1 ⊙ g'(z1) for each activation, one z1 exactly at ReLU's kink")
    void dLdz1OnFixedValues(@Student TwoLayerNetwork student) {
        double[] da1 = {1, -2, 0.5, 3};
        double[] z1 = {-1, 0, 0.5, 2};
        for (Activation g : Activation.values()) {
            double[] expected = Maths.gPrime(g, z1);
            for (int j = 0; j < expected.length; j++) {
                expected[j] *= da1[j];
            }
            double[] actual = student.dL_dz1(g, da1.clone(), z1.clone());
            Inputs.withCause(() -> Check.allClose(expected, actual, FEW_ROUNDINGS,
                            () -> "dL_dz1(" + g + ", dL_da1 = " + show(da1) + ", z1 = " + show(z1) + ")"),
                    () -> dz1Cause(g, da1, z1, actual));
        }
    }

    @Test
    @Order(5)
    @Points(1)
    @Tag("gradient")
    @DisplayName("dL_dW1: the outer product (dL/dz1) xᵀ, h = 2 by d = 3")
    void dLdW1OnFixedValues(@Student TwoLayerNetwork student) {
        double[] dz1 = {2, -1};
        double[] x = {1, 0.5, -3};
        Check.allClose(new double[][] {{2, 1, -6}, {-1, -0.5, 3}}, student.dL_dW1(dz1.clone(), x.clone()),
                FEW_ROUNDINGS, () -> "dL_dW1(dL_dz1 = " + show(dz1) + ", x = " + show(x) + ") of shape [h][d] = [2][3]");
    }

    // ---- the steps against the reference -----------------------------------------------------

    @HiddenUntilPublished
    @Order(6)
    @Points(1)
    @Tag("gradient")
    @DisplayName("dL_dz2, dL_dW2 and dL_dW1: match the reference on 20 random shapes and values (rtol 1e-9)")
    void outerProductsMatchReference(@Student TwoLayerNetwork student, @Reference TwoLayerNetwork reference,
                                     Seeded random) {
        for (int trial = 0; trial < TRIALS; trial++) {
            int d = random.between(1, 6);
            int h = random.between(1, 6);
            int k = random.between(1, 4);
            double[] a2 = random.uniform(k, 0, 1);
            double[] y = random.gaussian(k, 1.0);
            double[] dz2 = random.gaussian(k, 1.0);
            double[] a1 = random.gaussian(h, 1.0);
            double[] dz1 = random.gaussian(h, 1.0);
            double[] x = random.gaussian(d, 1.0);
            double[] expectedDz2 = reference.dL_dz2(a2, y);
            double[][] expectedDW2 = reference.dL_dW2(dz2, a1);
            double[][] expectedDW1 = reference.dL_dW1(dz1, x);
            Check.allClose(expectedDz2, student.dL_dz2(a2.clone(), y.clone()), ROUNDING,
                    () -> "dL_dz2(a2 = " + show(a2) + ", y = " + show(y) + ")");
            Check.allClose(expectedDW2, student.dL_dW2(dz2.clone(), a1.clone()), ROUNDING,
                    () -> "dL_dW2(dL_dz2 = " + show(dz2) + ", a1 = " + show(a1) + ")");
            Check.allClose(expectedDW1, student.dL_dW1(dz1.clone(), x.clone()), ROUNDING,
                    () -> "dL_dW1(dL_dz1 = " + show(dz1) + ", x = " + show(x) + ")");
        }
    }

    @HiddenUntilPublished
    @Order(7)
    @Points(1)
    @Tag("gradient")
    @DisplayName("dL_da1: matches the reference on 20 random W2, half of them square (rtol 1e-9)")
    void dLda1MatchesReference(@Student TwoLayerNetwork student, @Reference TwoLayerNetwork reference,
                               Seeded random) {
        for (int trial = 0; trial < TRIALS; trial++) {
            int h = random.between(2, 6);
            int k = trial % 2 == 0 ? h : random.between(1, 4);
            double[][] W2 = random.gaussian(k, h, 1.0);
            double[] dz2 = random.gaussian(k, 1.0);
            double[] expected = reference.dL_da1(W2, dz2);
            Check.allClose(expected, student.dL_da1(Check.copy(W2), dz2.clone()), ROUNDING,
                    () -> "dL_da1(W2 = " + show(W2) + ", dL_dz2 = " + show(dz2) + ") (W2ᵀ dL/dz2)");
        }
    }

    @HiddenUntilPublished
    @Order(8)
    @Points(1)
    @Tag("gradient")
    @DisplayName("dL_dz1: matches the reference on 20 random vectors for each activation (rtol 1e-9)")
    void dLdz1MatchesReference(@Student TwoLayerNetwork student, @Reference TwoLayerNetwork reference,
                               Seeded random) {
        for (Activation g : Activation.values()) {
            for (int trial = 0; trial < TRIALS; trial++) {
                int h = random.between(1, 6);
                double[] da1 = random.gaussian(h, 1.0);
                double[] z1 = random.gaussian(h, 2.0);
                double[] expected = reference.dL_dz1(g, da1, z1);
                double[] actual = student.dL_dz1(g, da1.clone(), z1.clone());
                Inputs.withCause(() -> Check.allClose(expected, actual, ROUNDING,
                                () -> "dL_dz1(" + g + ", dL_da1 = " + show(da1) + ", z1 = " + show(z1) + ")"),
                        () -> dz1Cause(g, da1, z1, actual));
            }
        }
    }

    // ---- backward ----------------------------------------------------------------------------

    @HiddenUntilPublished
    @Order(9)
    @Points(3)
    @Tag("gradient")
    @DisplayName("backward: every gradient matches the reference, 5 random networks for each activation and output"
            + " (rtol 1e-9)")
    void backwardMatchesReference(@Student TwoLayerNetwork student, @Reference TwoLayerNetwork reference,
                                  Seeded random) {
        for (Activation g : Activation.values()) {
            for (Output output : Output.values()) {
                for (int trial = 0; trial < 5; trial++) {
                    Network net = Inputs.network(random, g, output);
                    double[] x = random.gaussian(net.p().inputs(), 1.0);
                    double[] y = Inputs.target(random, output, net.p().outputs());
                    Parameters expected = reference.backward(net, x, y);
                    Parameters actual = student.backward(Inputs.copy(net), x.clone(), y.clone());
                    Supplier<String> what = () -> "backward(" + Inputs.show(net) + ", x = " + show(x) + ", y = "
                            + show(y) + ")";
                    for (Maths.Part part : Maths.Part.values()) {
                        Inputs.withCause(() -> checkPart(expected, actual, part, ROUNDING, what),
                                () -> Maths.likelyCause(net, x, y, actual, part));
                    }
                }
            }
        }
    }

    @HiddenUntilPublished
    @Order(10)
    @Points(4)
    @Tag("gradient")
    @DisplayName("backward: W1, b1, W2 and b2 match centered differences of your own cost of the one example, where"
            + " that cost is right (each activation and output; relative error ≤ 1e-5)")
    void backwardMatchesNumericalGradientOfOwnCost(@Student TwoLayerNetwork student, Seeded random) {
        for (Activation g : Activation.values()) {
            for (Output output : Output.values()) {
                int d = random.between(2, 3);
                int h = random.between(2, 3);
                int k = output == Output.SIGMOID_BINARY_CROSS_ENTROPY ? 1 : random.between(2, 3);
                Network drawn;
                double[] drawnX;
                int draw = 0;
                do {
                    drawn = new Network(Inputs.params(random, d, h, k, 1.0), g, output);
                    drawnX = random.gaussian(d, 1.0);
                } while (Inputs.nearReluKink(drawn, new double[][] {drawnX}) && ++draw < 100);
                Network net = drawn;
                double[] x = drawnX;
                double[] y = Inputs.target(random, output, k);
                requireRightCost(student, net, new double[][] {x}, new double[][] {y}, 0);
                Parameters numerical = numericalGradient(student, net, new double[][] {x}, new double[][] {y}, 0);
                Parameters actual = student.backward(Inputs.copy(net), x.clone(), y.clone());
                Supplier<String> what = () -> "backward(" + Inputs.show(net) + ", x = " + show(x) + ", y = " + show(y)
                        + ") against centered differences of your cost(net, [x], [y], 0)";
                checkGradient(numerical, actual, what, part -> Maths.likelyCause(net, x, y, actual, part));
            }
        }
    }

    // ---- inputs ------------------------------------------------------------------------------

    @HiddenUntilPublished
    @Order(11)
    @Points(0.5)
    @DisplayName("the backward steps and backward leave their inputs unchanged")
    void inputsAreNotChanged(@Student TwoLayerNetwork student, Seeded random) {
        // h = k: a step that mixes up W2 and W2ᵀ computes wrong values here, not an exception
        Network net = new Network(Inputs.params(random, random.between(1, 4), 3, 3, 1.0), Activation.TANH,
                Output.SOFTMAX_CROSS_ENTROPY);
        Parameters before = Inputs.copy(net.p());
        int h = net.p().hidden();
        int k = net.p().outputs();
        double[] x = random.gaussian(net.p().inputs(), 1.0);
        double[] y = Inputs.target(random, net.output(), k);
        double[] a = random.uniform(k, 0, 1);
        double[][] values = {x, y, a, random.gaussian(k, 1.0), random.gaussian(h, 1.0), random.gaussian(h, 1.0)};
        double[][] copies = Check.copy(values);
        student.dL_dz2(a, y);
        Check.unchanged(copies[2], a, "a2 passed to dL_dz2(a2, y)");
        Check.unchanged(copies[1], y, "y passed to dL_dz2(a2, y)");
        student.dL_dW2(values[3], values[4]);
        Check.unchanged(copies[3], values[3], "dL_dz2 passed to dL_dW2(dL_dz2, a1)");
        Check.unchanged(copies[4], values[4], "a1 passed to dL_dW2(dL_dz2, a1)");
        student.dL_da1(net.p().W2(), values[3]);
        Check.unchanged(before.W2(), net.p().W2(), "W2 passed to dL_da1(W2, dL_dz2)");
        Check.unchanged(copies[3], values[3], "dL_dz2 passed to dL_da1(W2, dL_dz2)");
        student.dL_dz1(net.g(), values[4], values[5]);
        Check.unchanged(copies[4], values[4], "dL_da1 passed to dL_dz1(g, dL_da1, z1)");
        Check.unchanged(copies[5], values[5], "z1 passed to dL_dz1(g, dL_da1, z1)");
        student.dL_dW1(values[4], x);
        Check.unchanged(copies[4], values[4], "dL_dz1 passed to dL_dW1(dL_dz1, x)");
        Check.unchanged(copies[0], x, "x passed to dL_dW1(dL_dz1, x)");
        Parameters gradient = student.backward(net, x, y);
        Inputs.unchanged(before, net.p(), "net.p() passed to backward(net, x, y)");
        Inputs.computes(gradient != null && Inputs.nonZero(gradient.b2()), "backward(net, x, y).b2() = a2 − y of a"
                + " softmax output");
        Check.unchanged(copies[0], x, "x passed to backward(net, x, y)");
        Check.unchanged(copies[1], y, "y passed to backward(net, x, y)");
    }

    // ---- shared ------------------------------------------------------------------------------

    /** A likely cause for a wrong dL/dz1 of one step, from the classic bugs. */
    static String dz1Cause(Activation g, double[] da1, double[] z1, double[] actual) {
        if (actual == null || actual.length != z1.length) {
            return "";
        }
        double[] a1 = Maths.g(g, z1);
        double[] gOfA1 = Maths.gPrime(g, a1);
        double[] right = new double[z1.length];
        double[] forgot = da1.clone();
        double[] twice = new double[z1.length];
        double[] timesA1 = new double[z1.length];
        double[] gp = Maths.gPrime(g, z1);
        for (int j = 0; j < z1.length; j++) {
            right[j] = da1[j] * gp[j];
            twice[j] = da1[j] * gOfA1[j];
            timesA1[j] = da1[j] * a1[j];
        }
        if (matches(forgot, actual, right)) {
            return "Likely cause: " + Maths.Bug.FORGOT_G_PRIME.cause + ".";
        }
        if (matches(twice, actual, right)) {
            return "Likely cause: " + Maths.Bug.G_PRIME_OF_A1.cause + ".";
        }
        if (g == Activation.RELU && matches(timesA1, actual, right)) {
            return "Likely cause: " + Maths.Bug.RELU_TIMES_A1.cause + ".";
        }
        return "";
    }

    private static boolean matches(double[] candidate, double[] actual, double[] right) {
        boolean differs = false;
        for (int j = 0; j < right.length; j++) {
            if (!(Math.abs(candidate[j] - actual[j]) <= 1e-9 + 1e-6 * Math.abs(candidate[j]))) {
                return false;
            }
            differs |= Math.abs(candidate[j] - right[j]) > 1e-9 + 1e-6 * Math.abs(right[j]);
        }
        return differs;
    }

    /** Compares one of the four parameters. */
    static void checkPart(Parameters expected, Parameters actual, Maths.Part part, Tolerance tolerance,
                          Supplier<String> what) {
        Check.isTrue(actual != null, () -> what.get() + " returned null");
        switch (part) {
            case W1 -> Check.allClose(expected.W1(), actual.W1(), tolerance, () -> what.get() + ".W1()");
            case b1 -> Check.allClose(expected.b1(), actual.b1(), tolerance, () -> what.get() + ".b1()");
            case W2 -> Check.allClose(expected.W2(), actual.W2(), tolerance, () -> what.get() + ".W2()");
            case b2 -> Check.allClose(expected.b2(), actual.b2(), tolerance, () -> what.get() + ".b2()");
        }
    }

    /** Gradient-checks each of the four parameters, naming a likely cause when one fails. */
    static void checkGradient(Parameters numerical, Parameters actual, Supplier<String> what,
                              java.util.function.Function<Maths.Part, String> cause) {
        Check.isTrue(actual != null, () -> what.get() + ": returned null");
        for (Maths.Part part : Maths.Part.values()) {
            Inputs.withCause(() -> {
                switch (part) {
                    case W1 -> Check.gradientMatches(numerical.W1(), actual.W1(), GRADIENT_RELATIVE_ERROR,
                            GRADIENT_FLOOR, () -> "dJ/dW1 of " + what.get());
                    case b1 -> Check.gradientMatches(numerical.b1(), actual.b1(), GRADIENT_RELATIVE_ERROR,
                            GRADIENT_FLOOR, () -> "dJ/db1 of " + what.get());
                    case W2 -> Check.gradientMatches(numerical.W2(), actual.W2(), GRADIENT_RELATIVE_ERROR,
                            GRADIENT_FLOOR, () -> "dJ/dW2 of " + what.get());
                    case b2 -> Check.gradientMatches(numerical.b2(), actual.b2(), GRADIENT_RELATIVE_ERROR,
                            GRADIENT_FLOOR, () -> "dJ/db2 of " + what.get());
                }
            }, () -> cause.apply(part));
        }
    }

    /**
     * Checks the student's cost at the point where a gradient check differentiates it: a check against
     * a wrong cost proves nothing (a cost ≡ 0 and a gradient ≡ 0 agree perfectly).
     */
    static void requireRightCost(TwoLayerNetwork student, Network net, double[][] X, double[][] Y, double lambda) {
        Check.allClose(Maths.cost(net, X, Y, lambda), student.cost(Inputs.copy(net), Check.copy(X), Check.copy(Y),
                lambda), ROUNDING, () -> "cost(" + Inputs.show(net) + ", X = " + show(X) + ", Y = " + show(Y) + ", λ = "
                + show(lambda) + "), which this gradient check differentiates numerically (a check against a wrong cost"
                + " proves nothing: make the cost tests 4.1 to 4.3 pass first)");
    }

    /** Centered differences of the student's own cost with respect to each parameter, every entry. */
    static Parameters numericalGradient(TwoLayerNetwork student, Network net, double[][] X, double[][] Y,
                                        double lambda) {
        Parameters p = net.p();
        double[][] W1 = NumericalGradient.gradient(
                w -> student.cost(with(net, new Parameters(w, p.b1().clone(), Check.copy(p.W2()), p.b2().clone())),
                        Check.copy(X), Check.copy(Y), lambda), p.W1());
        double[] b1 = NumericalGradient.gradient(
                b -> student.cost(with(net, new Parameters(Check.copy(p.W1()), b, Check.copy(p.W2()), p.b2().clone())),
                        Check.copy(X), Check.copy(Y), lambda), p.b1());
        double[][] W2 = NumericalGradient.gradient(
                w -> student.cost(with(net, new Parameters(Check.copy(p.W1()), p.b1().clone(), w, p.b2().clone())),
                        Check.copy(X), Check.copy(Y), lambda), p.W2());
        double[] b2 = NumericalGradient.gradient(
                b -> student.cost(with(net, new Parameters(Check.copy(p.W1()), p.b1().clone(), Check.copy(p.W2()), b)),
                        Check.copy(X), Check.copy(Y), lambda), p.b2());
        return new Parameters(W1, b1, W2, b2);
    }

    /** The network with other parameters. */
    static Network with(Network net, Parameters p) {
        return new Network(p, net.g(), net.output());
    }
}
