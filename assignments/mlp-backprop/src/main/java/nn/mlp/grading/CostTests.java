package nn.mlp.grading;

import static nn.mlp.grading.Inputs.FEW_ROUNDINGS;
import static nn.mlp.grading.Inputs.GRADIENT_FLOOR;
import static nn.mlp.grading.Inputs.GRADIENT_RELATIVE_ERROR;
import static nn.mlp.grading.Inputs.ROUNDING;
import static nn.mlp.grading.Inputs.TRIALS;
import static nngrader.api.Check.show;

import java.util.Arrays;
import java.util.function.Supplier;
import java.util.function.ToDoubleFunction;
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
 * The cost of a batch with L2 regularization of the weights only,
 * J = (1/n) Σ L + (λ/2n)(Σ W1² + Σ W2²), and its gradient.
 */
@Order(4)
@DisplayName("The regularized cost of a batch and its gradient")
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class CostTests {

    private static final Network FIXED = new Network(ForwardTests.FIXED, Activation.RELU, Output.SOFTMAX_CROSS_ENTROPY);
    private static final double[][] FIXED_X = {ForwardTests.FIXED_X, {0, 1, 1}};
    private static final double[][] FIXED_Y = {{0, 1}, {1, 0}};

    private static String args(Network net, double[][] X, double[][] Y, double lambda) {
        return "(" + Inputs.show(net) + ", X = " + show(X) + ", Y = " + show(Y) + ", λ = " + show(lambda) + ")";
    }

    // ---- cost --------------------------------------------------------------------------------

    @Test
    @Order(1)
    @Points(2)
    @DisplayName("cost: the mean loss of a fixed batch of 2 examples, λ = 0")
    void costIsMeanLoss(@Student TwoLayerNetwork student) {
        Check.allClose(Maths.cost(FIXED, FIXED_X, FIXED_Y, 0),
                student.cost(Inputs.copy(FIXED), Check.copy(FIXED_X), Check.copy(FIXED_Y), 0), FEW_ROUNDINGS,
                () -> "cost" + args(FIXED, FIXED_X, FIXED_Y, 0) + " (the mean, (1/n) Σ L, not the sum)");
    }

    @Test
    @Order(2)
    @Points(2)
    @DisplayName("cost: adds (λ/2n)(Σ W1² + Σ W2²) and does not penalize the biases, fixed batch with λ = 0.5")
    void costAddsPenaltyOnWeightsOnly(@Student TwoLayerNetwork student) {
        double lambda = 0.5;
        int n = FIXED_X.length;
        double weights = lambda / (2 * n) * Maths.squaredWeights(FIXED.p());
        double biases = lambda / (2 * n) * (Maths.squaredNorm(new double[][] {FIXED.p().b1()})
                + Maths.squaredNorm(new double[][] {FIXED.p().b2()}));
        Check.allClose(Maths.cost(FIXED, FIXED_X, FIXED_Y, lambda),
                student.cost(Inputs.copy(FIXED), Check.copy(FIXED_X), Check.copy(FIXED_Y), lambda), FEW_ROUNDINGS,
                () -> "cost" + args(FIXED, FIXED_X, FIXED_Y,
                        lambda) + ", where (λ/2n)(Σ W1² + Σ W2²) = " + show(weights)
                        + " and the same sum over b1 and b2 would be " + show(biases) + " (the biases are not penalized)");
    }

    @HiddenUntilPublished
    @Order(3)
    @Points(1)
    @DisplayName("cost: matches the reference on 20 random batches (n ≤ 5, λ in [0, 1]; rtol 1e-9)")
    void costMatchesReference(@Student TwoLayerNetwork student, @Reference TwoLayerNetwork reference, Seeded random) {
        for (int trial = 0; trial < TRIALS; trial++) {
            Network net = randomNetwork(random, trial);
            int n = random.between(1, 5);
            double[][] X = random.gaussian(n, net.p().inputs(), 1.0);
            double[][] Y = Inputs.targets(random, net.output(), n, net.p().outputs());
            double lambda = random.uniform(0, 1);
            double expected = reference.cost(net, X, Y, lambda);
            Check.allClose(expected, student.cost(Inputs.copy(net), Check.copy(X), Check.copy(Y), lambda), ROUNDING,
                    () -> "cost" + args(net, X, Y, lambda));
        }
    }

    // ---- gradients ---------------------------------------------------------------------------

    @HiddenUntilPublished
    @Order(4)
    @Points(3)
    @Tag("gradient")
    @DisplayName("gradients: W1, b1, W2 and b2 match centered differences of your own cost, where that cost is right,"
            + " λ = 0.1 (each activation and output, n = 3; relative error ≤ 1e-5)")
    void gradientsMatchNumericalGradientOfOwnCost(@Student TwoLayerNetwork student, Seeded random) {
        double lambda = 0.1;
        for (Activation g : Activation.values()) {
            for (Output output : Output.values()) {
                int d = random.between(2, 3);
                int h = random.between(2, 3);
                int k = output == Output.SIGMOID_BINARY_CROSS_ENTROPY ? 1 : random.between(2, 3);
                Network drawn;
                double[][] drawnX;
                int draw = 0;
                do {
                    drawn = new Network(Inputs.params(random, d, h, k, 1.0), g, output);
                    drawnX = random.gaussian(3, d, 1.0);
                } while (Inputs.nearReluKink(drawn, drawnX) && ++draw < 100);
                Network net = drawn;
                double[][] X = drawnX;
                double[][] Y = Inputs.targets(random, output, 3, k);
                BackwardTests.requireRightCost(student, net, X, Y, lambda);
                Parameters numerical = BackwardTests.numericalGradient(student, net, X, Y, lambda);
                Parameters actual = student.gradients(Inputs.copy(net), Check.copy(X), Check.copy(Y), lambda);
                BackwardTests.checkGradient(numerical, actual,
                        () -> "gradients" + args(net, X, Y, lambda) + " against centered differences of your cost",
                        part -> Maths.likelyCause(net, X, Y, lambda, actual, part));
            }
        }
    }

    @HiddenUntilPublished
    @Order(5)
    @Points(1)
    @Tag("gradient")
    @DisplayName("gradients: a 100-40-10 network, 10 sampled entries of each parameter against centered differences"
            + " of your own cost, where that cost is right (n = 8, λ = 0.5; relative error ≤ 1e-5)")
    void gradientsOfABigNetworkMatchSampledNumericalGradient(@Student TwoLayerNetwork student, Seeded random) {
        int d = 100;
        int h = 40;
        int k = 10;
        int n = 8;
        double lambda = 0.5;
        Parameters p = Inputs.params(random, d, h, k, 0.2);
        Network net = new Network(p, Activation.TANH, Output.SOFTMAX_CROSS_ENTROPY);
        double[][] X = random.gaussian(n, d, 1.0);
        double[][] Y = Inputs.oneHot(random.labels(n, k), k);
        Check.allClose(Maths.cost(net, X, Y, lambda), student.cost(Inputs.copy(net), Check.copy(X), Check.copy(Y),
                lambda), ROUNDING, "cost(a 100-40-10 TANH network with SOFTMAX_CROSS_ENTROPY, 8 examples, λ = 0.5),"
                + " which this gradient check differentiates numerically (a check against a wrong cost proves nothing:"
                + " make the cost tests 4.1 to 4.3 pass first)");
        Parameters actual = student.gradients(Inputs.copy(net), Check.copy(X), Check.copy(Y), lambda);
        Check.isTrue(actual != null, "gradients(a 100-40-10 network, X, Y, 0.5) returned null");
        Check.shape(h, d, actual.W1(), "gradients(...).W1() of a network with h = 40, d = 100");
        Check.shape(h, actual.b1(), "gradients(...).b1() of a network with h = 40");
        Check.shape(k, h, actual.W2(), "gradients(...).W2() of a network with k = 10, h = 40");
        Check.shape(k, actual.b2(), "gradients(...).b2() of a network with k = 10");
        String what = " of gradients(a " + d + "-" + h + "-" + k + " TANH network with SOFTMAX_CROSS_ENTROPY, "
                + n + " examples, λ = " + show(lambda) + ") against centered differences of your cost at ";
        ToDoubleFunction<Parameters> J = q -> student.cost(BackwardTests.with(net, q), Check.copy(X), Check.copy(Y),
                lambda);
        NumericalGradient.Sample W1 = NumericalGradient.sample(
                w -> J.applyAsDouble(new Parameters(w, p.b1().clone(), Check.copy(p.W2()), p.b2().clone())), p.W1(),
                10, random.nextSeed());
        NumericalGradient.Sample b1 = NumericalGradient.sample(
                b -> J.applyAsDouble(new Parameters(Check.copy(p.W1()), b, Check.copy(p.W2()), p.b2().clone())), p.b1(),
                10, random.nextSeed());
        NumericalGradient.Sample W2 = NumericalGradient.sample(
                w -> J.applyAsDouble(new Parameters(Check.copy(p.W1()), p.b1().clone(), w, p.b2().clone())), p.W2(),
                10, random.nextSeed());
        NumericalGradient.Sample b2 = NumericalGradient.sample(
                b -> J.applyAsDouble(new Parameters(Check.copy(p.W1()), p.b1().clone(), Check.copy(p.W2()), b)), p.b2(),
                10, random.nextSeed());
        Object[][] checks = {{"dJ/dW1", W1, W1.pick(actual.W1()), Maths.Part.W1},
            {"dJ/db1", b1, b1.pick(actual.b1()), Maths.Part.b1}, {"dJ/dW2", W2, W2.pick(actual.W2()), Maths.Part.W2},
            {"dJ/db2", b2, b2.pick(actual.b2()), Maths.Part.b2}};
        for (Object[] c : checks) {
            NumericalGradient.Sample s = (NumericalGradient.Sample) c[1];
            Inputs.withCause(() -> Check.gradientMatches(s.partials(), (double[]) c[2], GRADIENT_RELATIVE_ERROR,
                            GRADIENT_FLOOR, c[0] + what + s.where()),
                    () -> Maths.likelyCause(net, X, Y, lambda, actual, (Maths.Part) c[3]));
        }
    }

    @HiddenUntilPublished
    @Order(6)
    @Points(1)
    @Tag("gradient")
    @DisplayName("gradients: matches the reference on 20 random batches (n ≤ 5, λ in [0, 1]; rtol 1e-9)")
    void gradientsMatchReference(@Student TwoLayerNetwork student, @Reference TwoLayerNetwork reference,
                                 Seeded random) {
        for (int trial = 0; trial < TRIALS; trial++) {
            Network net = randomNetwork(random, trial);
            int n = random.between(1, 5);
            double[][] X = random.gaussian(n, net.p().inputs(), 1.0);
            double[][] Y = Inputs.targets(random, net.output(), n, net.p().outputs());
            double lambda = random.uniform(0, 1);
            Parameters expected = reference.gradients(net, X, Y, lambda);
            Parameters actual = student.gradients(Inputs.copy(net), Check.copy(X), Check.copy(Y), lambda);
            Supplier<String> what = () -> "gradients" + args(net, X, Y, lambda);
            for (Maths.Part part : Maths.Part.values()) {
                Inputs.withCause(() -> BackwardTests.checkPart(expected, actual, part, ROUNDING, what),
                        () -> Maths.likelyCause(net, X, Y, lambda, actual, part));
            }
        }
    }

    @HiddenUntilPublished
    @Order(7)
    @Points(1)
    @Tag("gradient")
    @DisplayName("gradients: a batch of n copies of one example has that example's gradient (the mean, not the sum),"
            + " λ = 0 (each activation and output, some ReLU unit on)")
    void gradientsAreTheMeanOverTheBatch(@Student TwoLayerNetwork student, Seeded random) {
        for (int trial = 0; trial < 9; trial++) {
            Network net = randomNetwork(random, trial);
            int n = random.between(2, 6);
            double[] x = random.gaussian(net.p().inputs(), 1.0);
            // every activation is tried, and a ReLU network with each unit off would hide a wrong ReLU': draw again
            for (int draw = 0; draw < 100 && Arrays.stream(Maths.forward(net, x)[1]).allMatch(a -> a == 0); draw++) {
                x = random.gaussian(net.p().inputs(), 1.0);
            }
            double[] y = Inputs.target(random, net.output(), net.p().outputs());
            double[][] X = new double[n][];
            double[][] Y = new double[n][];
            for (int i = 0; i < n; i++) {
                X[i] = x.clone();
                Y[i] = y.clone();
            }
            Parameters expected = Maths.backward(net, x, y, Maths.Bug.NONE);
            Parameters actual = student.gradients(Inputs.copy(net), Check.copy(X), Check.copy(Y), 0);
            Supplier<String> what = () -> "gradients" + args(net, X, Y, 0) + " (" + n + " copies of one example)";
            for (Maths.Part part : Maths.Part.values()) {
                Inputs.withCause(() -> BackwardTests.checkPart(expected, actual, part, ROUNDING, what),
                        () -> Maths.likelyCause(net, X, Y, 0, actual, part));
            }
        }
    }

    @HiddenUntilPublished
    @Order(8)
    @Points(2)
    @Tag("gradient")
    @DisplayName("gradients: λ adds (λ/n) W1 and (λ/n) W2 to the weights' gradients and nothing to the biases'")
    void regularizationSparesTheBiases(@Student TwoLayerNetwork student, Seeded random) {
        for (int trial = 0; trial < 5; trial++) {
            Network net = randomNetwork(random, trial);
            int n = random.between(1, 5);
            double[][] X = random.gaussian(n, net.p().inputs(), 1.0);
            double[][] Y = Inputs.targets(random, net.output(), n, net.p().outputs());
            double lambda = random.uniform(0.5, 2);
            Parameters without = student.gradients(Inputs.copy(net), Check.copy(X), Check.copy(Y), 0);
            Parameters with = student.gradients(Inputs.copy(net), Check.copy(X), Check.copy(Y), lambda);
            Check.isTrue(without != null && with != null,
                    () -> "gradients" + args(net, X, Y, lambda) + " returned null");
            String call = "gradients" + args(net, X, Y, lambda);
            Check.allClose(without.b1(), with.b1(), ROUNDING, call + ".b1() compared with the same call at λ = 0"
                    + " (the biases are not penalized, so λ must not change dJ/db1)");
            Check.allClose(without.b2(), with.b2(), ROUNDING, call + ".b2() compared with the same call at λ = 0"
                    + " (the biases are not penalized, so λ must not change dJ/db2)");
            Check.allClose(scaled(net.p().W1(), lambda / n), minus(with.W1(), without.W1()),
                    Tolerance.rtol(1e-7).atol(1e-10),
                    call + ".W1() minus the same call at λ = 0 (the penalty (λ/2n) Σ W² adds (λ/n) W1, n = " + n + ")");
            Check.allClose(scaled(net.p().W2(), lambda / n), minus(with.W2(), without.W2()),
                    Tolerance.rtol(1e-7).atol(1e-10),
                    call + ".W2() minus the same call at λ = 0 (the penalty (λ/2n) Σ W² adds (λ/n) W2, n = " + n + ")");
        }
    }

    // ---- stability where the scores are large ------------------------------------------------

    @HiddenUntilPublished
    @Order(10)
    @Points(2)
    @Tag("gradient")
    @DisplayName("cost and gradients: finite and equal to the reference's when the scores z1 and z2 are in the hundreds"
            + " or more (each activation and output, n = 2)")
    void costAndGradientsAreStableForLargeScores(@Student TwoLayerNetwork student,
                                                 @Reference TwoLayerNetwork reference, Seeded random) {
        for (Activation g : Activation.values()) {
            for (Output output : Output.values()) {
                int d = random.between(2, 3);
                int h = random.between(2, 3);
                int k = Inputs.outputs(random, output);
                // hidden scores of a few hundred, output scores apart by a thousand or more: exp overflows, a
                // probability underflows to 0, and log 0 = −∞, unless each is computed from the scores
                Network net = new Network(new Parameters(random.gaussian(h, d, 300), random.gaussian(h, 1.0),
                        random.gaussian(k, h, 1000), random.gaussian(k, 1.0)), g, output);
                double[][] X = random.gaussian(2, d, 1.0);
                double[][] Y = Inputs.targets(random, output, 2, k);
                double lambda = 0.1;
                String hint = " (compute the loss from z2, with log-softmax or softplus, and every σ, tanh and softmax"
                        + " without overflow, also where cost and gradients compute them on their own)";
                double expectedCost = reference.cost(net, X, Y, lambda);
                double cost = student.cost(Inputs.copy(net), Check.copy(X), Check.copy(Y), lambda);
                Check.finite(cost, () -> "cost" + args(net, X, Y, lambda) + hint);
                Check.allClose(expectedCost, cost, Tolerance.rtol(1e-9).atol(1e-6),
                        () -> "cost" + args(net, X, Y, lambda));
                Parameters expected = reference.gradients(net, X, Y, lambda);
                Parameters actual = student.gradients(Inputs.copy(net), Check.copy(X), Check.copy(Y), lambda);
                Supplier<String> what = () -> "gradients" + args(net, X, Y, lambda);
                Check.isTrue(actual != null, () -> what.get() + " returned null");
                Check.finite(actual.W1(), () -> what.get() + ".W1()" + hint);
                Check.finite(actual.b1(), () -> what.get() + ".b1()" + hint);
                Check.finite(actual.W2(), () -> what.get() + ".W2()" + hint);
                Check.finite(actual.b2(), () -> what.get() + ".b2()" + hint);
                for (Maths.Part part : Maths.Part.values()) {
                    BackwardTests.checkPart(expected, actual, part, Tolerance.rtol(1e-8).atol(1e-6), what);
                }
            }
        }
    }

    // ---- batches that reach every index and every branch ---------------------------------------

    @HiddenUntilPublished
    @Order(11)
    @Points(2)
    @Tag("gradient")
    @DisplayName("gradients: every entry matches the reference on batches of 33 and 47 examples with 33 or 38 inputs,"
            + " most of them exactly 0 or 1, and a hidden unit that is never on (each activation and output;"
            + " rtol 1e-9)")
    void gradientsOfALargeSparseBatchMatchReference(@Student TwoLayerNetwork student,
                                                    @Reference TwoLayerNetwork reference, Seeded random) {
        for (Activation g : Activation.values()) {
            for (Output output : Output.values()) {
                // sizes that are not multiples of 4 or 16 (47 is one short of three blocks of 16), so code that
                // works in blocks, tiles or groups of examples and inputs also meets their last, partial ones
                boolean first = (g.ordinal() + output.ordinal()) % 2 == 0;
                int n = first ? 33 : 47;
                int d = first ? 38 : 33;
                int h = 9;
                int k = output == Output.SIGMOID_BINARY_CROSS_ENTROPY ? 1 : 3;
                Parameters p = Inputs.params(random, d, h, k, 0.5);
                p.b1()[DEAD] = -1000;                               // this unit is never on: g'(z1) = 0 exactly
                Network net = new Network(p, g, output);
                double[][] X = sparseInputs(random, n, d);
                double[][] Y = Inputs.targets(random, output, n, k);
                double lambda = random.uniform(0.1, 1);
                Parameters expected = reference.gradients(net, X, Y, lambda);
                Parameters actual = student.gradients(Inputs.copy(net), Check.copy(X), Check.copy(Y), lambda);
                String what = "gradients(a " + d + "-" + h + "-" + k + " " + g + " network with " + output + " and b1["
                        + DEAD + "] = −1000, " + n + " examples whose inputs are mostly 0 or 1 (rows 0 to 3 one-hot"
                        + " in each group of four inputs, rows 5, 16, 27... all 0), λ = " + show(lambda) + ")";
                for (Maths.Part part : Maths.Part.values()) {
                    Inputs.withCause(() -> BackwardTests.checkPart(expected, actual, part, ROUNDING.atol(1e-11), () -> what),
                            () -> Maths.likelyCause(net, X, Y, lambda, actual, part));
                }
            }
        }
    }

    @HiddenUntilPublished
    @Order(12)
    @Points(1)
    @Tag("gradient")
    @DisplayName("gradients: the lecture's XOR network on its four points with every target 0, whole numbers that"
            + " a right gradient gives exactly (λ = 0 and λ = 1)")
    void gradientsOfTheXorNetworkAreExact(@Student TwoLayerNetwork student) {
        double[][] X = {{0, 0}, {0, 1}, {1, 0}, {1, 1}};
        double[][] Y = {{0}, {0}, {0}, {0}};
        for (double lambda : new double[] {0, 1}) {
            // a2 = XOR(x), so dL/dz2 = 1 for (0, 1) and (1, 0) and 0 otherwise; dL/dz1 of unit 0 is exactly 1 there
            Parameters expected = Maths.gradients(ForwardTests.XOR, X, Y, lambda, Maths.Bug.NONE);
            Parameters actual = student.gradients(Inputs.copy(ForwardTests.XOR), Check.copy(X), Check.copy(Y), lambda);
            Supplier<String> what = () -> "gradients(" + Inputs.show(ForwardTests.XOR) + ", X = " + show(X) + ", Y = "
                    + show(Y) + ", λ = " + show(lambda) + ")";
            for (Maths.Part part : Maths.Part.values()) {
                BackwardTests.checkPart(expected, actual, part, FEW_ROUNDINGS, what);
            }
        }
    }

    /** The hidden unit that {@link #gradientsOfALargeSparseBatchMatchReference} turns off: neither the first nor the last. */
    private static final int DEAD = 4;

    /**
     * n rows of d inputs, like images with a background: each 0 with probability ½, 1 with probability ⅕, else
     * N(0, 1); in rows 0 to 3 each group of four inputs is one-hot (row r has its 1 at place r of the group), and
     * every 11th row from row 5 is all 0.
     */
    private static double[][] sparseInputs(Seeded random, int n, int d) {
        double[][] X = new double[n][d];
        for (int i = 0; i < n; i++) {
            for (int m = 0; m < d; m++) {
                double u = random.uniform(0, 1);
                X[i][m] = i < 4 ? (m % 4 == i ? 1 : 0) : i % 11 == 5 || u < 0.5 ? 0 : u < 0.7 ? 1 : random.gaussian(1.0);
            }
        }
        return X;
    }

    // ---- inputs ------------------------------------------------------------------------------

    @HiddenUntilPublished
    @Order(9)
    @Points(0.5)
    @DisplayName("cost and gradients leave net, X and Y unchanged")
    void inputsAreNotChanged(@Student TwoLayerNetwork student, Seeded random) {
        Network net = Inputs.network(random, Activation.RELU, Output.SOFTMAX_CROSS_ENTROPY);
        Parameters before = Inputs.copy(net.p());
        double[][] X = random.gaussian(4, net.p().inputs(), 1.0);
        double[][] Y = Inputs.targets(random, net.output(), 4, net.p().outputs());
        double[][] XBefore = Check.copy(X);
        double[][] YBefore = Check.copy(Y);
        double J = student.cost(net, X, Y, 0.1);
        Inputs.unchanged(before, net.p(), "net.p() passed to cost(net, X, Y, λ)");
        Inputs.computes(J != 0, "cost(net, X, Y, 0.1) of a softmax output");
        Check.unchanged(XBefore, X, "X passed to cost(net, X, Y, λ)");
        Check.unchanged(YBefore, Y, "Y passed to cost(net, X, Y, λ)");
        Parameters gradient = student.gradients(net, X, Y, 0.1);
        Inputs.unchanged(before, net.p(), "net.p() passed to gradients(net, X, Y, λ)");
        Inputs.computes(Inputs.nonZero(gradient), "gradients(net, X, Y, 0.1)");
        Check.unchanged(XBefore, X, "X passed to gradients(net, X, Y, λ)");
        Check.unchanged(YBefore, Y, "Y passed to gradients(net, X, Y, λ)");
    }

    // ---- shared ------------------------------------------------------------------------------

    /** A random network; the trial number cycles through the activations and outputs. */
    private static Network randomNetwork(Seeded random, int trial) {
        Activation g = Activation.values()[trial % 3];
        Output output = Output.values()[(trial / 3) % 3];
        return Inputs.network(random, g, output);
    }

    private static double[][] scaled(double[][] W, double c) {
        double[][] r = new double[W.length][];
        for (int i = 0; i < W.length; i++) {
            r[i] = new double[W[i].length];
            for (int j = 0; j < W[i].length; j++) {
                r[i][j] = c * W[i][j];
            }
        }
        return r;
    }

    private static double[][] minus(double[][] a, double[][] b) {
        Check.isTrue(a != null && b != null && a.length == b.length, "gradients returned W of different shapes");
        double[][] r = new double[a.length][];
        for (int i = 0; i < a.length; i++) {
            Check.isTrue(a[i] != null && b[i] != null && a[i].length == b[i].length,
                    "gradients returned W of different shapes");
            r[i] = new double[a[i].length];
            for (int j = 0; j < a[i].length; j++) {
                r[i][j] = a[i][j] - b[i][j];
            }
        }
        return r;
    }
}
