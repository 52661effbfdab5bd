package nn.mlp.grading;

import static nn.mlp.grading.Inputs.FEW_ROUNDINGS;
import static nn.mlp.grading.Inputs.ROUNDING;
import static nn.mlp.grading.Inputs.TRIALS;
import static nngrader.api.Check.show;

import nn.mlp.Activation;
import nn.mlp.Forward;
import nn.mlp.Network;
import nn.mlp.Output;
import nn.mlp.Parameters;
import nn.mlp.TwoLayerNetwork;
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
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;

/** Forward propagation: z1, z2, the whole forward pass, the loss of one example, and the XOR network. */
@Order(2)
@DisplayName("Forward propagation and the loss")
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class ForwardTests {

    /** d = 3, h = 2, k = 2; with FIXED_X, z1 = [0, 2] (one unit exactly at ReLU's kink) and z2 = [-2, 0.5]. */
    static final Parameters FIXED = new Parameters(new double[][] {{1, -1, 0.5}, {0, 2, -1}}, new double[] {0.5, -1},
            new double[][] {{1, -1}, {2, 0.5}}, new double[] {0, -0.5});
    static final double[] FIXED_X = {1, 0.5, -2};

    /** The lecture's XOR network f(x) = wᵀ max(0, Wᵀx + c) + b: W1 = Wᵀ, b1 = c, W2 = wᵀ, b2 = b. */
    static final Network XOR = new Network(new Parameters(new double[][] {{1, 1}, {1, 1}}, new double[] {0, -1},
            new double[][] {{1, -2}}, new double[] {0}), Activation.RELU, Output.IDENTITY_SQUARED_ERROR);

    // ---- z1, z2 ------------------------------------------------------------------------------

    @Test
    @Order(1)
    @Points(1)
    @DisplayName("z1: W1 x + b1 on a fixed network (d = 3, h = 2)")
    void z1OnFixedNetwork(@Student TwoLayerNetwork student) {
        Check.allClose(new double[] {0, 2}, student.z1(Inputs.copy(FIXED), FIXED_X.clone()), FEW_ROUNDINGS,
                () -> "z1(" + Inputs.show(FIXED) + ", x = " + show(FIXED_X) + ")");
    }

    @Test
    @Order(2)
    @Points(1)
    @DisplayName("z2: W2 a1 + b2 on a fixed network (h = 2, k = 2)")
    void z2OnFixedNetwork(@Student TwoLayerNetwork student) {
        double[] a1 = {0, 2};
        Check.allClose(new double[] {-2, 0.5}, student.z2(Inputs.copy(FIXED), a1.clone()), FEW_ROUNDINGS,
                () -> "z2(" + Inputs.show(FIXED) + ", a1 = " + show(a1) + ")");
    }

    @HiddenUntilPublished
    @Order(3)
    @Points(2)
    @DisplayName("z1 and z2: match the reference on 20 random networks (d, h ≤ 6, k ≤ 4; rtol 1e-9)")
    void z1AndZ2MatchReference(@Student TwoLayerNetwork student, @Reference TwoLayerNetwork reference,
                               Seeded random) {
        for (int trial = 0; trial < TRIALS; trial++) {
            Parameters p = Inputs.params(random, random.between(1, 6), random.between(1, 6), random.between(1, 4), 1.0);
            double[] x = random.gaussian(p.inputs(), 1.0);
            double[] a1 = random.gaussian(p.hidden(), 1.0);
            double[] z1 = reference.z1(p, x);
            double[] z2 = reference.z2(p, a1);
            Check.allClose(z1, student.z1(Inputs.copy(p), x.clone()), ROUNDING,
                    () -> "z1(" + Inputs.show(p) + ", x = " + show(x) + ")");
            Check.allClose(z2, student.z2(Inputs.copy(p), a1.clone()), ROUNDING,
                    () -> "z2(" + Inputs.show(p) + ", a1 = " + show(a1) + ")");
        }
    }

    // ---- forward -----------------------------------------------------------------------------

    @Test
    @Order(4)
    @Points(2)
    @DisplayName("forward: z1, a1, z2 and a2 of a fixed ReLU network with a softmax output")
    void forwardOnFixedNetwork(@Student TwoLayerNetwork student) {
        Network net = new Network(FIXED, Activation.RELU, Output.SOFTMAX_CROSS_ENTROPY);
        double[][] f = Maths.forward(net, FIXED_X);
        Forward expected = new Forward(f[0], f[1], f[2], f[3]);
        Inputs.allClose(expected, student.forward(Inputs.copy(net), FIXED_X.clone()), FEW_ROUNDINGS,
                () -> "forward(" + Inputs.show(net) + ", x = " + show(FIXED_X) + ")");
    }

    @HiddenUntilPublished
    @Order(5)
    @Points(2)
    @DisplayName("forward: matches the reference on 10 random networks for each activation and output (rtol 1e-9)")
    void forwardMatchesReference(@Student TwoLayerNetwork student, @Reference TwoLayerNetwork reference,
                                 Seeded random) {
        for (Activation g : Activation.values()) {
            for (Output output : Output.values()) {
                for (int trial = 0; trial < TRIALS / 2; trial++) {
                    Network net = Inputs.network(random, g, output);
                    double[] x = random.gaussian(net.p().inputs(), 1.0);
                    Forward expected = reference.forward(net, x);
                    Inputs.allClose(expected, student.forward(Inputs.copy(net), x.clone()), ROUNDING,
                            () -> "forward(" + Inputs.show(net) + ", x = " + show(x) + ")");
                }
            }
        }
    }

    // ---- loss --------------------------------------------------------------------------------

    @Test
    @Order(6)
    @Points(2)
    @DisplayName("loss: cross-entropy, binary cross-entropy and ½ Σ (y − z2)² on fixed scores (rtol 1e-12)")
    void lossOnFixedScores(@Student TwoLayerNetwork student) {
        double[][] cases = {{-2, 0.5}, {0, 1}, {0.75}, {1}, {0.75}, {0}, {1, -2}, {0.5, 0}};
        Output[] outputs = {Output.SOFTMAX_CROSS_ENTROPY, Output.SIGMOID_BINARY_CROSS_ENTROPY,
            Output.SIGMOID_BINARY_CROSS_ENTROPY, Output.IDENTITY_SQUARED_ERROR};
        for (int c = 0; c < outputs.length; c++) {
            double[] z2 = cases[2 * c];
            double[] y = cases[2 * c + 1];
            Output output = outputs[c];
            Check.allClose(Maths.loss(output, z2, y), student.loss(output, z2.clone(), y.clone()), FEW_ROUNDINGS,
                    () -> "loss(" + output + ", z2 = " + show(z2) + ", y = " + show(y) + ")");
        }
    }

    @HiddenUntilPublished
    @Order(7)
    @Points(2)
    @DisplayName("loss: finite and right for scores of ±1000 (cross-entropy via log-softmax, binary cross-entropy"
            + " via softplus)")
    void lossIsStableForHugeScores(@Student TwoLayerNetwork student) {
        Object[][] cases = {
            {Output.SOFTMAX_CROSS_ENTROPY, new double[] {1000, -1000}, new double[] {0, 1}, 2000.0},
            {Output.SOFTMAX_CROSS_ENTROPY, new double[] {1000, 1000}, new double[] {1, 0}, Math.log(2)},
            {Output.SIGMOID_BINARY_CROSS_ENTROPY, new double[] {1000}, new double[] {0}, 1000.0},
            {Output.SIGMOID_BINARY_CROSS_ENTROPY, new double[] {-1000}, new double[] {1}, 1000.0},
            {Output.SIGMOID_BINARY_CROSS_ENTROPY, new double[] {1000}, new double[] {1}, 0.0},
        };
        for (Object[] c : cases) {
            Output output = (Output) c[0];
            double[] z2 = (double[]) c[1];
            double[] y = (double[]) c[2];
            Check.allClose((double) c[3], student.loss(output, z2.clone(), y.clone()),
                    Tolerance.rtol(1e-12).atol(1e-300),
                    () -> "loss(" + output + ", z2 = " + show(z2) + ", y = " + show(y) + ") (compute it from z2: log a2 of a"
                            + " softmax is z2 − logΣexp(z2), −log σ(z) is softplus(−z) = log(1 + e^(−z)))");
        }
    }

    @HiddenUntilPublished
    @Order(8)
    @Points(1)
    @DisplayName("loss: matches the reference on 20 random scores and targets for each output (rtol 1e-9)")
    void lossMatchesReference(@Student TwoLayerNetwork student, @Reference TwoLayerNetwork reference, Seeded random) {
        for (Output output : Output.values()) {
            for (int trial = 0; trial < TRIALS; trial++) {
                int k = Inputs.outputs(random, output);
                double[] z2 = random.gaussian(k, 3.0);
                double[] y = Inputs.target(random, output, k);
                Check.allClose(reference.loss(output, z2, y), student.loss(output, z2.clone(), y.clone()), ROUNDING,
                        () -> "loss(" + output + ", z2 = " + show(z2) + ", y = " + show(y) + ")");
            }
        }
    }

    // ---- XOR ---------------------------------------------------------------------------------

    @Test
    @Order(9)
    @Points(2)
    @DisplayName("XOR: the lecture's ReLU network W = [[1, 1], [1, 1]], c = [0, −1], w = [1, −2], b = 0"
            + " computes XOR exactly")
    void handSetNetworkComputesXor(@Student TwoLayerNetwork student) {
        double[][] X = {{0, 0}, {0, 1}, {1, 0}, {1, 1}};
        for (double[] x : X) {
            double xor = x[0] != x[1] ? 1 : 0;
            Forward f = student.forward(Inputs.copy(XOR), x.clone());
            Check.isTrue(f != null, () -> "forward(XOR network, " + show(x) + ") returned null");
            Check.allClose(new double[] {xor}, f.a2(), Tolerance.rtol(0).atol(1e-12),
                    () -> "forward(" + Inputs.show(XOR) + ", x = " + show(x)
                    + ").a2() (XOR of " + (int) x[0] + " and " + (int) x[1] + ")");
        }
    }

    // ---- inputs ------------------------------------------------------------------------------

    @HiddenUntilPublished
    @Order(10)
    @Points(0.5)
    @DisplayName("z1, z2, forward and loss leave their inputs unchanged")
    void inputsAreNotChanged(@Student TwoLayerNetwork student, Seeded random) {
        Network net = Inputs.network(random, Activation.SIGMOID, Output.SOFTMAX_CROSS_ENTROPY);
        Parameters before = Inputs.copy(net.p());
        double[] x = random.gaussian(net.p().inputs(), 1.0);
        double[] xBefore = x.clone();
        student.z1(net.p(), x);
        Inputs.unchanged(before, net.p(), "p passed to z1(p, x)");
        Check.unchanged(xBefore, x, "x passed to z1(p, x)");
        double[] a1 = random.gaussian(net.p().hidden(), 1.0);
        double[] a1Before = a1.clone();
        student.z2(net.p(), a1);
        Inputs.unchanged(before, net.p(), "p passed to z2(p, a1)");
        Check.unchanged(a1Before, a1, "a1 passed to z2(p, a1)");
        Forward f = student.forward(net, x);
        Inputs.unchanged(before, net.p(), "net.p() passed to forward(net, x)");
        Inputs.computes(f != null && Inputs.nonZero(f.a1()), "forward(net, x).a1() of a SIGMOID network");
        Check.unchanged(xBefore, x, "x passed to forward(net, x)");
        double[] z2 = random.gaussian(net.p().outputs(), 2.0);
        double[] y = Inputs.target(random, net.output(), net.p().outputs());
        double[] z2Before = z2.clone();
        double[] yBefore = y.clone();
        double L = student.loss(net.output(), z2, y);
        Check.unchanged(z2Before, z2, "z2 passed to loss(output, z2, y)");
        Inputs.computes(L != 0, "loss(SOFTMAX_CROSS_ENTROPY, z2, y)");
        Check.unchanged(yBefore, y, "y passed to loss(output, z2, y)");
    }
}
