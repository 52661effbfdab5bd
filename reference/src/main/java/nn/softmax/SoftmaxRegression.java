package nn.softmax;

/**
 * Softmax regression over k classes, one step of the lecture per method. Labels y are in [0, k).
 * No method changes its inputs.
 */
public interface SoftmaxRegression {

    /** The scores z = W x + b.                                 shapes: W [k][d], b [k], x [d] -> [k] */
    double[] scores(Params p, double[] x);

    /** a_i = exp(z_i − max z) / Σ_j exp(z_j − max z), stable for huge scores.   shapes: [k] -> [k] */
    double[] softmax(double[] z);

    /** log a_i = z_i − max z − log Σ_j exp(z_j − max z).                        shapes: [k] -> [k] */
    double[] logSoftmax(double[] z);

    /** Cross-entropy L = −log a_y, computed from the scores z with log-softmax (finite for huge z). */
    double crossEntropy(double[] z, int y);

    /**
     * The one-hot vector of label y: 1 at y, 0 elsewhere.                       shapes: -> [k]
     *
     * @throws IllegalArgumentException if y is not in [0, k)
     */
    double[] oneHot(int y, int k);

    /** dL/da for L = −log a_y: −1/a_y at y, 0 elsewhere.                        shapes: [k] -> [k] */
    double[] dL_da(double[] a, int y);

    /** The softmax Jacobian da_i/dz_j = a_i (δij − a_j), given a = softmax(z).  shapes: [k] -> [k][k] */
    double[][] softmaxJacobian(double[] a);

    /** dL/dz = a − onehot(y) with a = softmax(z).                               shapes: [k] -> [k] */
    double[] dL_dz(double[] z, int y);

    /** dL/dW = (dL/dz) xᵀ, the outer product.                     shapes: dL_dz [k], x [d] -> [k][d] */
    double[][] dL_dW(double[] dL_dz, double[] x);

    /** dL/db = dL/dz.                                                            shapes: [k] -> [k] */
    double[] dL_db(double[] dL_dz);

    /**
     * The regularized mean loss over a batch, J = (1/n) Σ_i L(x_i, y_i) + (λ/2) ‖W‖²
     * (the bias is not penalized).                              shapes: X [n][d], y [n] -> scalar
     */
    double loss(Params p, double[][] X, int[] y, double lambda);

    /**
     * The gradient of {@link #loss}: dJ/dW = (1/n) Σ_i (dL/dz_i) x_iᵀ + λ W, dJ/db = (1/n) Σ_i dL/dz_i.
     *                                                 shapes: X [n][d], y [n] -> W [k][d], b [k]
     */
    Params lossGradient(Params p, double[][] X, int[] y, double lambda);
}
