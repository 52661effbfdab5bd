package nn.mlp;

import static nn.util.AllClose.assertAllClose;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Random;
import nn.util.NumericalGradient;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/** Public tests of Backprop: small examples you can check by hand. The graders' suite has more. */
class BackpropTest {

    private final TwoLayerNetwork backprop = new Backprop();

    /**
     * The lecture's XOR network f(x) = wᵀ max(0, Wᵀx + c) + b with W = [[1, 1], [1, 1]], c = [0, −1],
     * w = [1, −2], b = 0: W1 = Wᵀ, b1 = c, ReLU hidden units, W2 = wᵀ, b2 = [b], identity output.
     */
    private static Network xor() {
        Parameters p = new Parameters(new double[][] {{1, 1}, {1, 1}}, new double[] {0, -1},
                new double[][] {{1, -2}}, new double[] {0});
        return new Network(p, Activation.RELU, Output.IDENTITY_SQUARED_ERROR);
    }

    private static final double[][] XOR_X = {{0, 0}, {0, 1}, {1, 0}, {1, 1}};
    private static final double[][] XOR_Y = {{0}, {1}, {1}, {0}};

    @Test
    @DisplayName("z1 = W1 x + b1, one row of W1 per hidden unit")
    void z1() {
        Parameters p = new Parameters(new double[][] {{1, 2, 3}, {0, -1, 1}}, new double[] {0.5, -1},
                new double[][] {{1, 1}}, new double[] {0});
        assertAllClose(new double[] {9.5, 0}, backprop.z1(p, new double[] {1, 1, 2}), 1e-12, 0,
                "z1(W1=[[1, 2, 3], [0, -1, 1]], b1=[0.5, -1], x=[1, 1, 2])");
    }

    @Test
    @DisplayName("z2 = W2 a1 + b2, one row of W2 per output")
    void z2() {
        Parameters p = new Parameters(new double[][] {{1}, {1}}, new double[] {0, 0},
                new double[][] {{1, -1}, {0.5, 2}}, new double[] {2, 0});
        assertAllClose(new double[] {4, 3.5}, backprop.z2(p, new double[] {3, 1}), 1e-12, 0,
                "z2(W2=[[1, -1], [0.5, 2]], b2=[2, 0], a1=[3, 1])");
    }

    @Test
    @DisplayName("forward: the lecture's XOR network gives 0, 1, 1, 0 on (0,0), (0,1), (1,0), (1,1)")
    void forwardXor() {
        Network net = xor();
        for (int i = 0; i < 4; i++) {
            Forward f = backprop.forward(net, XOR_X[i]);
            String where = "forward(XOR network, x=[" + (int) XOR_X[i][0] + ", " + (int) XOR_X[i][1] + "])";
            double s = XOR_X[i][0] + XOR_X[i][1];
            assertAllClose(new double[] {s, s - 1}, f.z1(), 1e-12, 1e-12, where + ".z1()");
            assertAllClose(new double[] {s, Math.max(0, s - 1)}, f.a1(), 1e-12, 1e-12, where + ".a1()");
            assertAllClose(XOR_Y[i], f.z2(), 1e-12, 1e-12, where + ".z2()");
            assertAllClose(XOR_Y[i], f.a2(), 1e-12, 1e-12, where + ".a2()");
        }
    }

    @Test
    @DisplayName("forward: a softmax output sums to 1")
    void forwardSoftmax() {
        Parameters p = new Parameters(new double[][] {{1, 0}, {0, 1}}, new double[] {0, 0},
                new double[][] {{1, 0}, {0, 1}, {0, 0}}, new double[] {0, Math.log(2), 0});
        Forward f = backprop.forward(new Network(p, Activation.RELU, Output.SOFTMAX_CROSS_ENTROPY), new double[] {-1, 0});
        assertAllClose(new double[] {0, Math.log(2), 0}, f.z2(), 1e-12, 1e-15, "forward(...).z2() with x = [-1, 0]");
        assertAllClose(new double[] {0.25, 0.5, 0.25}, f.a2(), 1e-12, 0, "forward(...).a2() = softmax([0, ln 2, 0])");
    }

    @Test
    @DisplayName("loss: cross-entropy ln 3 for equal scores, and 2000 (not infinity) for z2 = [1000, -1000], y = [0, 1]")
    void crossEntropy() {
        assertAllClose(Math.log(3), backprop.loss(Output.SOFTMAX_CROSS_ENTROPY, new double[] {0, 0, 0}, new double[] {0, 1, 0}),
                1e-12, 0, "loss(SOFTMAX_CROSS_ENTROPY, z2=[0, 0, 0], y=[0, 1, 0])");
        assertAllClose(2000.0, backprop.loss(Output.SOFTMAX_CROSS_ENTROPY, new double[] {1000, -1000}, new double[] {0, 1}),
                1e-12, 0, "loss(SOFTMAX_CROSS_ENTROPY, z2=[1000, -1000], y=[0, 1])");
    }

    @Test
    @DisplayName("loss: binary cross-entropy ln 2 at z2 = 0, and 1000 / 0 at z2 = 1000 for y = 0 / 1 (softplus)")
    void binaryCrossEntropy() {
        Output bce = Output.SIGMOID_BINARY_CROSS_ENTROPY;
        assertAllClose(Math.log(2), backprop.loss(bce, new double[] {0}, new double[] {1}), 1e-12, 0,
                "loss(SIGMOID_BINARY_CROSS_ENTROPY, z2=[0], y=[1])");
        assertAllClose(1000.0, backprop.loss(bce, new double[] {1000}, new double[] {0}), 1e-12, 0,
                "loss(SIGMOID_BINARY_CROSS_ENTROPY, z2=[1000], y=[0])");
        assertAllClose(0.0, backprop.loss(bce, new double[] {1000}, new double[] {1}), 0, 1e-300,
                "loss(SIGMOID_BINARY_CROSS_ENTROPY, z2=[1000], y=[1])");
    }

    @Test
    @DisplayName("loss: ½ Σ (y − z2)² = ½ (1 + 4) = 2.5 for z2 = [1, 2], y = [0, 4]")
    void squaredError() {
        assertAllClose(2.5, backprop.loss(Output.IDENTITY_SQUARED_ERROR, new double[] {1, 2}, new double[] {0, 4}), 1e-12, 0,
                "loss(IDENTITY_SQUARED_ERROR, z2=[1, 2], y=[0, 4])");
    }

    @Test
    @DisplayName("dL_dz2 = a2 − y")
    void dL_dz2() {
        assertAllClose(new double[] {0.25, -0.25}, backprop.dL_dz2(new double[] {0.25, 0.75}, new double[] {0, 1}), 1e-12, 0,
                "dL_dz2(a2=[0.25, 0.75], y=[0, 1])");
    }

    @Test
    @DisplayName("dL_dW2 = (dL/dz2) a1ᵀ, the outer product")
    void dL_dW2() {
        assertAllClose(new double[][] {{2, 3, 0}, {-2, -3, 0}}, backprop.dL_dW2(new double[] {1, -1}, new double[] {2, 3, 0}),
                1e-12, 0, "dL_dW2(dL_dz2=[1, -1], a1=[2, 3, 0])");
    }

    @Test
    @DisplayName("dL_da1 = W2ᵀ (dL/dz2): the transpose, also when W2 is square")
    void dL_da1() {
        assertAllClose(new double[] {-2, -2}, backprop.dL_da1(new double[][] {{1, 2}, {3, 4}}, new double[] {1, -1}), 1e-12, 0,
                "dL_da1(W2=[[1, 2], [3, 4]], dL_dz2=[1, -1]) (W2 dL_dz2 would be [-1, -1])");
        assertAllClose(new double[] {2, 4, 6}, backprop.dL_da1(new double[][] {{1, 2, 3}}, new double[] {2}), 1e-12, 0,
                "dL_da1(W2=[[1, 2, 3]], dL_dz2=[2])");
    }

    @Test
    @DisplayName("dL_dz1 = dL/da1 ⊙ g'(z1): ReLU passes where z1 > 0 (not at 0), σ' and tanh' at 0")
    void dL_dz1() {
        assertAllClose(new double[] {0, 0, 5}, backprop.dL_dz1(Activation.RELU, new double[] {5, 5, 5}, new double[] {-1, 0, 2}),
                0, 0, "dL_dz1(RELU, dL_da1=[5, 5, 5], z1=[-1, 0, 2])");
        assertAllClose(new double[] {1}, backprop.dL_dz1(Activation.SIGMOID, new double[] {4}, new double[] {0}), 1e-12, 0,
                "dL_dz1(SIGMOID, dL_da1=[4], z1=[0])");
        assertAllClose(new double[] {3}, backprop.dL_dz1(Activation.TANH, new double[] {3}, new double[] {0}), 1e-12, 0,
                "dL_dz1(TANH, dL_da1=[3], z1=[0])");
    }

    @Test
    @DisplayName("dL_dW1 = (dL/dz1) xᵀ, the outer product")
    void dL_dW1() {
        assertAllClose(new double[][] {{-1, -2}, {0, 0}, {3, 6}},
                backprop.dL_dW1(new double[] {-1, 0, 3}, new double[] {1, 2}), 1e-12, 0, "dL_dW1(dL_dz1=[-1, 0, 3], x=[1, 2])");
    }

    @Test
    @DisplayName("backward through the XOR network: x = (1, 1) with target 1, and x = (1, 0) with target 0 (ReLU kink)")
    void backwardXor() {
        Parameters g = backprop.backward(xor(), new double[] {1, 1}, new double[] {1});
        // z1 = [2, 1], a1 = [2, 1], a2 = 0: dL/dz2 = [-1], dL/da1 = W2ᵀ[-1] = [-1, 2], g'(z1) = [1, 1]
        assertAllClose(new double[][] {{-2, -1}}, g.W2(), 1e-12, 0, "backward(XOR, x=[1, 1], y=[1]).W2()");
        assertAllClose(new double[] {-1}, g.b2(), 1e-12, 0, "backward(XOR, x=[1, 1], y=[1]).b2()");
        assertAllClose(new double[][] {{-1, -1}, {2, 2}}, g.W1(), 1e-12, 0, "backward(XOR, x=[1, 1], y=[1]).W1()");
        assertAllClose(new double[] {-1, 2}, g.b1(), 1e-12, 0, "backward(XOR, x=[1, 1], y=[1]).b1()");

        g = backprop.backward(xor(), new double[] {1, 0}, new double[] {0});
        // z1 = [1, 0], a1 = [1, 0], a2 = 1: dL/dz2 = [1], dL/da1 = [1, -2], g'(z1) = [1, 0] (0 at the kink)
        assertAllClose(new double[][] {{1, 0}}, g.W2(), 1e-12, 0, "backward(XOR, x=[1, 0], y=[0]).W2()");
        assertAllClose(new double[] {1}, g.b2(), 1e-12, 0, "backward(XOR, x=[1, 0], y=[0]).b2()");
        assertAllClose(new double[][] {{1, 0}, {0, 0}}, g.W1(), 1e-12, 0, "backward(XOR, x=[1, 0], y=[0]).W1()");
        assertAllClose(new double[] {1, 0}, g.b1(), 1e-12, 0, "backward(XOR, x=[1, 0], y=[0]).b1()");
    }

    @Test
    @DisplayName("cost: 0 for XOR at λ = 0; λ = 0.5 adds λ/2n (ΣW1² + ΣW2²) = 9/16, the biases are not penalized")
    void cost() {
        assertAllClose(0.0, backprop.cost(xor(), XOR_X, XOR_Y, 0), 0, 1e-12, "cost(XOR network, XOR data, λ=0)");
        assertAllClose(9.0 / 16, backprop.cost(xor(), XOR_X, XOR_Y, 0.5), 1e-12, 0,
                "cost(XOR network, XOR data, λ=0.5) with ΣW1² = 4, ΣW2² = 5, n = 4 (b1 = [0, -1] must not count)");
        double[][] zeros = {{0}, {0}, {0}, {0}};
        assertAllClose(0.25, backprop.cost(xor(), XOR_X, zeros, 0), 1e-12, 0,
                "cost(XOR network, targets all 0, λ=0) = (0 + ½ + ½ + 0) / 4");
    }

    @Test
    @DisplayName("gradients agrees with a numerical gradient of cost, for every activation and output (λ = 0.3)")
    void gradientsCheck() {
        double[][] X = random(5, 3, 1);
        double lambda = 0.3;
        for (Activation g : Activation.values()) {
            for (Output output : Output.values()) {
                int k = output == Output.SIGMOID_BINARY_CROSS_ENTROPY ? 1 : 3;
                Parameters p = new Parameters(random(4, 3, 2), random(1, 4, 3)[0], random(k, 4, 4), random(1, k, 5)[0]);
                double[][] Y = targets(output, 5, k);
                Parameters analytic = backprop.gradients(new Network(p, g, output), X, Y, lambda);
                String where = "gradients(" + g + ", " + output + ", λ=0.3)";
                assertAllClose(NumericalGradient.gradient(W1 -> backprop.cost(new Network(new Parameters(W1, p.b1(), p.W2(), p.b2()),
                        g, output), X, Y, lambda), p.W1()), analytic.W1(), 1e-5, 1e-8, where + ".W1() vs numerical dJ/dW1");
                assertAllClose(NumericalGradient.gradient(b1 -> backprop.cost(new Network(new Parameters(p.W1(), b1, p.W2(), p.b2()),
                        g, output), X, Y, lambda), p.b1()), analytic.b1(), 1e-5, 1e-8, where + ".b1() vs numerical dJ/db1");
                assertAllClose(NumericalGradient.gradient(W2 -> backprop.cost(new Network(new Parameters(p.W1(), p.b1(), W2, p.b2()),
                        g, output), X, Y, lambda), p.W2()), analytic.W2(), 1e-5, 1e-8, where + ".W2() vs numerical dJ/dW2");
                assertAllClose(NumericalGradient.gradient(b2 -> backprop.cost(new Network(new Parameters(p.W1(), p.b1(), p.W2(), b2),
                        g, output), X, Y, lambda), p.b2()), analytic.b2(), 1e-5, 1e-8, where + ".b2() vs numerical dJ/db2");
            }
        }
    }

    @Test
    @DisplayName("gradients is the mean of backward over the batch plus (λ/n) W1, (λ/n) W2")
    void gradientsIsMeanOfBackward() {
        int n = 6;
        double lambda = 0.5;
        double[][] X = random(n, 4, 11);
        double[][] Y = targets(Output.SOFTMAX_CROSS_ENTROPY, n, 3);
        Parameters p = new Parameters(random(5, 4, 12), random(1, 5, 13)[0], random(3, 5, 14), random(1, 3, 15)[0]);
        Network net = new Network(p, Activation.RELU, Output.SOFTMAX_CROSS_ENTROPY);
        double[][] W1 = new double[5][4];
        double[] b1 = new double[5];
        double[][] W2 = new double[3][5];
        double[] b2 = new double[3];
        for (int i = 0; i < n; i++) {
            Parameters g = backprop.backward(net, X[i], Y[i]);
            addScaled(W1, g.W1(), 1.0 / n);
            addScaled(b1, g.b1(), 1.0 / n);
            addScaled(W2, g.W2(), 1.0 / n);
            addScaled(b2, g.b2(), 1.0 / n);
        }
        addScaled(W1, p.W1(), lambda / n);
        addScaled(W2, p.W2(), lambda / n);
        Parameters gradients = backprop.gradients(net, X, Y, lambda);
        assertAllClose(W1, gradients.W1(), 1e-9, 1e-12, "gradients(...).W1() vs mean of backward(...).W1() + (λ/n) W1");
        assertAllClose(b1, gradients.b1(), 1e-9, 1e-12, "gradients(...).b1() vs mean of backward(...).b1() (no λ term)");
        assertAllClose(W2, gradients.W2(), 1e-9, 1e-12, "gradients(...).W2() vs mean of backward(...).W2() + (λ/n) W2");
        assertAllClose(b2, gradients.b2(), 1e-9, 1e-12, "gradients(...).b2() vs mean of backward(...).b2() (no λ term)");
    }

    @Test
    @DisplayName("no method changes its inputs")
    void inputsUnchanged() {
        double[][] X = random(3, 2, 21);
        double[][] Y = targets(Output.SOFTMAX_CROSS_ENTROPY, 3, 2);
        Parameters p = new Parameters(random(3, 2, 22), random(1, 3, 23)[0], random(2, 3, 24), random(1, 2, 25)[0]);
        Network net = new Network(p, Activation.TANH, Output.SOFTMAX_CROSS_ENTROPY);
        Parameters copy = copy(p);
        double[][] xCopy = copy(X);
        double[][] yCopy = copy(Y);
        backprop.forward(net, X[0]);
        backprop.backward(net, X[0], Y[0]);
        backprop.cost(net, X, Y, 0.1);
        backprop.gradients(net, X, Y, 0.1);
        assertAllClose(copy.W1(), p.W1(), 0, 0, "W1 after forward, backward, cost and gradients");
        assertAllClose(copy.b1(), p.b1(), 0, 0, "b1 after forward, backward, cost and gradients");
        assertAllClose(copy.W2(), p.W2(), 0, 0, "W2 after forward, backward, cost and gradients");
        assertAllClose(copy.b2(), p.b2(), 0, 0, "b2 after forward, backward, cost and gradients");
        assertAllClose(xCopy, X, 0, 0, "X after forward, backward, cost and gradients");
        assertAllClose(yCopy, Y, 0, 0, "Y after forward, backward, cost and gradients");
    }

    // ---- helpers -----------------------------------------------------------------------------

    /** A rows × cols matrix of N(0, 1) values from new Random(seed). */
    private static double[][] random(int rows, int cols, long seed) {
        Random random = new Random(seed);
        double[][] m = new double[rows][cols];
        for (double[] row : m) {
            for (int j = 0; j < cols; j++) {
                row[j] = random.nextGaussian();
            }
        }
        return m;
    }

    /** n targets for an output: one-hot rows (class i mod k), 0/1 labels, or real values. */
    private static double[][] targets(Output output, int n, int k) {
        double[][] Y = new double[n][k];
        for (int i = 0; i < n; i++) {
            switch (output) {
                case SOFTMAX_CROSS_ENTROPY -> Y[i][i % k] = 1;
                case SIGMOID_BINARY_CROSS_ENTROPY -> Y[i][0] = i % 2;
                case IDENTITY_SQUARED_ERROR -> Y[i] = random(1, k, 100 + i)[0];
            }
        }
        return Y;
    }

    private static void addScaled(double[][] sum, double[][] term, double scale) {
        for (int i = 0; i < sum.length; i++) {
            addScaled(sum[i], term[i], scale);
        }
    }

    private static void addScaled(double[] sum, double[] term, double scale) {
        for (int i = 0; i < sum.length; i++) {
            sum[i] += scale * term[i];
        }
    }

    private static double[][] copy(double[][] m) {
        double[][] copy = new double[m.length][];
        for (int i = 0; i < m.length; i++) {
            copy[i] = m[i].clone();
        }
        return copy;
    }

    private static Parameters copy(Parameters p) {
        return new Parameters(copy(p.W1()), p.b1().clone(), copy(p.W2()), p.b2().clone());
    }
}
