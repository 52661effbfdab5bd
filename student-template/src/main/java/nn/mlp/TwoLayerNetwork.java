package nn.mlp;

/**
 * Forward and backward propagation through a two-layer network, one step of the lecture per
 * method, for one example x [d] with target y [k] (one-hot for softmax, 0 or 1 for a sigmoid
 * output, real values for regression), then for a batch X [n][d], Y [n][k].
 * No method changes its inputs.
 */
public interface TwoLayerNetwork {

    /** z1 = W1 x + b1.                                                     shapes: x [d] -> [h] */
    double[] z1(Parameters p, double[] x);

    /** z2 = W2 a1 + b2.                                                    shapes: a1 [h] -> [k] */
    double[] z2(Parameters p, double[] a1);

    /** The whole forward pass of one example: z1, a1 = g(z1), z2, a2 = out(z2). */
    Forward forward(Network net, double[] x);

    /**
     * The loss of one example, computed from the scores z2 so that it stays finite for huge
     * scores: cross-entropy via log-softmax, binary cross-entropy via softplus, or ½ Σ (y − z2)².
     */
    double loss(Output output, double[] z2, double[] y);

    /** dL/dz2 = a2 − y, the same for all three output/loss pairs.          shapes: [k], [k] -> [k] */
    double[] dL_dz2(double[] a2, double[] y);

    /** dL/dW2 = (dL/dz2) a1ᵀ, an outer product.                      shapes: [k], a1 [h] -> [k][h] */
    double[][] dL_dW2(double[] dL_dz2, double[] a1);

    /** dL/da1 = W2ᵀ (dL/dz2).                                     shapes: W2 [k][h], [k] -> [h] */
    double[] dL_da1(double[][] W2, double[] dL_dz2);

    /** dL/dz1 = dL/da1 ⊙ g'(z1), elementwise.                          shapes: [h], z1 [h] -> [h] */
    double[] dL_dz1(Activation g, double[] dL_da1, double[] z1);

    /** dL/dW1 = (dL/dz1) xᵀ, an outer product.                        shapes: [h], x [d] -> [h][d] */
    double[][] dL_dW1(double[] dL_dz1, double[] x);

    /**
     * Every gradient of one example's loss, by backpropagation: dL/dW1, dL/db1 = dL/dz1,
     * dL/dW2, dL/db2 = dL/dz2 (no regularization).
     */
    Parameters backward(Network net, double[] x, double[] y);

    /**
     * The cost of a batch, J = (1/n) Σ_i L(x_i, y_i) + (λ / 2n) (Σ W1² + Σ W2²); the biases are
     * not regularized.                                              shapes: X [n][d], Y [n][k]
     */
    double cost(Network net, double[][] X, double[][] Y, double lambda);

    /**
     * The gradient of {@link #cost}: the mean of the examples' gradients, plus (λ/n) W1 and
     * (λ/n) W2 for the weights (not the biases).                   shapes: like the parameters
     */
    Parameters gradients(Network net, double[][] X, double[][] Y, double lambda);
}
