package nn.mlp;

/**
 * Forward and backward propagation through the lecture's two-layer network
 * <pre>
 *   z1 = W1 x + b1,   a1 = g(z1),   z2 = W2 a1 + b2,   a2 = out(z2)
 * </pre>
 * and backpropagation, one step of the chain rule per method:
 * <pre>
 *   dL/dz2 = a2 − y
 *   dL/dW2 = (dL/dz2) a1ᵀ        dL/db2 = dL/dz2
 *   dL/da1 = W2ᵀ (dL/dz2)
 *   dL/dz1 = dL/da1 ⊙ g'(z1)
 *   dL/dW1 = (dL/dz1) xᵀ         dL/db1 = dL/dz1
 * </pre>
 * Shapes: x [d], W1 [h][d], b1 [h], W2 [k][h], b2 [k], y [k]. Every method returns new arrays.
 */
public class Backprop implements TwoLayerNetwork {

    /** g, g' and the output units. */
    private static final Activations ACTIVATIONS = new ActivationFunctions();

    /** z1_j = Σ_m W1_jm x_m + b1_j, one row of W1 per hidden unit.             shapes: x [d] -> z1 [h] */
    @Override
    public double[] z1(Parameters p, double[] x) {
        throw new UnsupportedOperationException("TODO: not implemented yet: z1[j] = b1[j] plus the dot product of row W1[j] with x, for each hidden unit j");
    }

    /** z2_c = Σ_j W2_cj a1_j + b2_c, one row of W2 per output.               shapes: a1 [h] -> z2 [k] */
    @Override
    public double[] z2(Parameters p, double[] a1) {
        throw new UnsupportedOperationException("TODO: not implemented yet: z2[c] = b2[c] plus the dot product of row W2[c] with a1, for each output c");
    }

    /** z1 = W1 x + b1, a1 = g(z1), z2 = W2 a1 + b2, a2 = out(z2), all kept.      shapes: x [d] -> Forward */
    @Override
    public Forward forward(Network net, double[] x) {
        throw new UnsupportedOperationException("TODO: not implemented yet: z1 = z1(p, x), a1 = ACTIVATIONS.g(net.g(), z1), z2 = z2(p, a1), a2 = ACTIVATIONS.out(net.output(), z2)");
    }

    /**
     * L from the scores z2, finite even for |z2| = 1000:
     * <pre>
     *   SOFTMAX_CROSS_ENTROPY         L = −Σ_i y_i logsoftmax(z2)_i,  logsoftmax(z)_i = z_i − m − log Σ_j exp(z_j − m), m = max z
     *   SIGMOID_BINARY_CROSS_ENTROPY  L = Σ_i softplus(z2_i) − y_i z2_i = Σ_i max(z2_i, 0) − y_i z2_i + log1p(e^(−|z2_i|))
     *   IDENTITY_SQUARED_ERROR        L = ½ Σ_i (y_i − z2_i)²
     * </pre>                                                           shapes: z2 [k], y [k] -> scalar
     */
    @Override
    public double loss(Output output, double[] z2, double[] y) {
        throw new UnsupportedOperationException("TODO: not implemented yet: cross-entropy with log-softmax of z2, BCE as max(z,0) - y*z + log1p(exp(-abs(z))), or half the squared error");
    }

    /** dL/dz2_i = a2_i − y_i (softmax + CE, sigmoid + BCE and identity + ½ squared error alike). shapes: [k], [k] -> [k] */
    @Override
    public double[] dL_dz2(double[] a2, double[] y) {
        throw new UnsupportedOperationException("TODO: not implemented yet: a new array with a2[i] - y[i]");
    }

    /** dL/dW2_cj = dL/dz2_c · a1_j, the outer product (dL/dz2) a1ᵀ.        shapes: [k], a1 [h] -> [k][h] */
    @Override
    public double[][] dL_dW2(double[] dL_dz2, double[] a1) {
        throw new UnsupportedOperationException("TODO: not implemented yet: outer product: dL_dW2[c][j] = dL_dz2[c] * a1[j]");
    }

    /**
     * dL/da1_j = Σ_c W2_cj dL/dz2_c, i.e. W2ᵀ (dL/dz2): every output c that a1_j feeds sends back
     * its share, and the shares add up.                          shapes: W2 [k][h], [k] -> [h]
     */
    @Override
    public double[] dL_da1(double[][] W2, double[] dL_dz2) {
        throw new UnsupportedOperationException("TODO: not implemented yet: dL_da1[j] = sum over outputs c of W2[c][j] * dL_dz2[c] (W2 transposed, not W2)");
    }

    /** dL/dz1_j = dL/da1_j · g'(z1_j), elementwise (the chain rule through a1 = g(z1)). shapes: [h], z1 [h] -> [h] */
    @Override
    public double[] dL_dz1(Activation g, double[] dL_da1, double[] z1) {
        throw new UnsupportedOperationException("TODO: not implemented yet: multiply dL_da1[j] by ACTIVATIONS.gPrime(g, z1)[j], in a new array");
    }

    /** dL/dW1_jm = dL/dz1_j · x_m, the outer product (dL/dz1) xᵀ.           shapes: [h], x [d] -> [h][d] */
    @Override
    public double[][] dL_dW1(double[] dL_dz1, double[] x) {
        throw new UnsupportedOperationException("TODO: not implemented yet: outer product: dL_dW1[j][m] = dL_dz1[j] * x[m]");
    }

    /**
     * Backpropagation for one example: forward, then dL/dz2 = a2 − y, dL/dW2 = (dL/dz2) a1ᵀ,
     * dL/db2 = dL/dz2, dL/da1 = W2ᵀ dL/dz2, dL/dz1 = dL/da1 ⊙ g'(z1), dL/dW1 = (dL/dz1) xᵀ,
     * dL/db1 = dL/dz1.                          shapes: x [d], y [k] -> gradients shaped like the parameters
     */
    @Override
    public Parameters backward(Network net, double[] x, double[] y) {
        throw new UnsupportedOperationException("TODO: not implemented yet: forward, then the step methods in the order of the chain rule, from dL_dz2 back to dL_dW1");
    }

    /**
     * J = (1/n) Σ_i L(z2(x_i), y_i) + (λ / 2n) (Σ W1² + Σ W2²), biases not penalized.
     *                                                          shapes: X [n][d], Y [n][k] -> scalar
     */
    @Override
    public double cost(Network net, double[][] X, double[][] Y, double lambda) {
        throw new UnsupportedOperationException("TODO: not implemented yet: mean of loss(output, forward(net, X[i]).z2(), Y[i]) plus lambda/(2n) times the squares of W1 and W2 (not b1, b2)");
    }

    /**
     * ∇J = (1/n) Σ_i backward(x_i, y_i) + (λ/n) W1 and (λ/n) W2 (no term for b1, b2), for the
     * whole batch at once, as matrices with one row per example:
     * <pre>
     *   Z1 = X W1ᵀ + b1        A1 = g(Z1)        Z2 = A1 W2ᵀ + b2        A2 = out(Z2)        [n][h], [n][k]
     *   dZ2 = A2 − Y           dW2 = dZ2ᵀ A1     db2 = Σ_i dZ2_i                             [n][k], [k][h]
     *   dA1 = dZ2 W2           dZ1 = dA1 ⊙ g'(Z1)                                            [n][h]
     *   dW1 = dZ1ᵀ X           db1 = Σ_i dZ1_i                                               [h][d]
     * </pre>
     * Each product runs in i-k-j order (C_i += A_ik B_k), so that the innermost loop walks along
     * rows in memory and the JIT compiles it to vector instructions. A fast version also skips
     * zero factors (background pixels, dead ReLU units) and shares the examples out among the
     * cores. Equal to the mean of {@link #backward} up to rounding.
     *                                                        shapes: X [n][d], Y [n][k] -> like the parameters
     */
    @Override
    public Parameters gradients(Network net, double[][] X, double[][] Y, double lambda) {
        throw new UnsupportedOperationException("TODO: not implemented yet: the mean of backward(net, X[i], Y[i]) over the batch, plus (lambda/n) W1 and (lambda/n) W2 for the weights only");
    }
}
