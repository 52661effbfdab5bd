package nn.softmax;

/**
 * Softmax regression over k classes, as in the lecture: scores z = W x + b, probabilities
 * a = softmax(z), loss L = −log a_y, and the gradients backward through them.
 * W [k][d], b [k], x [d], y ∈ [0, k). Every method returns new arrays.
 */
public class Softmax implements SoftmaxRegression {

    /** z_i = Σ_j W_ij x_j + b_i, one row of W per class.      shapes: W [k][d], b [k], x [d] -> [k] */
    @Override
    public double[] scores(Params p, double[] x) {
        throw new UnsupportedOperationException("TODO: not implemented yet: z[i] = b[i] plus the dot product of row W[i] with x, for each class i");
    }

    /** a_i = exp(z_i − m) / Σ_j exp(z_j − m) with m = max z, so no exp overflows.   shapes: [k] -> [k] */
    @Override
    public double[] softmax(double[] z) {
        throw new UnsupportedOperationException("TODO: not implemented yet: subtract m = max z before exp so nothing overflows, then divide by the sum");
    }

    /** log a_i = z_i − m − log Σ_j exp(z_j − m) with m = max z (never log of a rounded 0). shapes: [k] -> [k] */
    @Override
    public double[] logSoftmax(double[] z) {
        throw new UnsupportedOperationException("TODO: not implemented yet: log a[i] = z[i] - m - log(sum of exp(z[j] - m)) with m = max z, not log(softmax(z))");
    }

    /** L = −log a_y = −logSoftmax(z)_y.                                          shapes: z [k] -> scalar */
    @Override
    public double crossEntropy(double[] z, int y) {
        throw new UnsupportedOperationException("TODO: not implemented yet: L = -logSoftmax(z)[y]");
    }

    /** e_y: 1 at index y, 0 elsewhere.                                          shapes: -> [k] */
    @Override
    public double[] oneHot(int y, int k) {
        throw new UnsupportedOperationException("TODO: not implemented yet: a new array of k zeros with a 1 at index y (reject y outside [0, k))");
    }

    /** dL/da_i = −1/a_y if i = y, else 0 (only a_y appears in L = −log a_y).    shapes: [k] -> [k] */
    @Override
    public double[] dL_da(double[] a, int y) {
        throw new UnsupportedOperationException("TODO: not implemented yet: zeros except dL_da[y] = -1 / a[y]");
    }

    /** J_ij = da_i/dz_j = a_i (δ_ij − a_j): a_i (1 − a_i) on the diagonal, −a_i a_j off it. shapes: [k] -> [k][k] */
    @Override
    public double[][] softmaxJacobian(double[] a) {
        throw new UnsupportedOperationException("TODO: not implemented yet: J[i][j] = a[i] * (delta_ij - a[j]) where delta_ij is 1 if i == j else 0");
    }

    /** dL/dz = (da/dz)ᵀ dL/da = a − e_y with a = softmax(z).                     shapes: [k] -> [k] */
    @Override
    public double[] dL_dz(double[] z, int y) {
        throw new UnsupportedOperationException("TODO: not implemented yet: dL_dz = softmax(z) - oneHot(y, k): subtract 1 at index y of a fresh softmax");
    }

    /** dL/dW_ij = dL/dz_i x_j, the outer product (dL/dz) xᵀ.   shapes: dL_dz [k], x [d] -> [k][d] */
    @Override
    public double[][] dL_dW(double[] dL_dz, double[] x) {
        throw new UnsupportedOperationException("TODO: not implemented yet: outer product: dL_dW[i][j] = dL_dz[i] * x[j]");
    }

    /** dL/db = dL/dz (dz_i/db_i = 1), as a new array.                           shapes: [k] -> [k] */
    @Override
    public double[] dL_db(double[] dL_dz) {
        throw new UnsupportedOperationException("TODO: not implemented yet: dL_db equals dL_dz: return a copy, not the input array itself");
    }

    /** J = (1/n) Σ_i CE(W x_i + b, y_i) + (λ/2) Σ_ij W_ij².     shapes: X [n][d], y [n] -> scalar */
    @Override
    public double loss(Params p, double[][] X, int[] y, double lambda) {
        throw new UnsupportedOperationException("TODO: not implemented yet: mean of crossEntropy(scores(p, X[i]), y[i]) plus lambda/2 times the sum of W squared (not b)");
    }

    /**
     * dJ/dW = (1/n) Σ_i (dL/dz_i) x_iᵀ + λ W and dJ/db = (1/n) Σ_i dL/dz_i,
     * with dL/dz_i = softmax(W x_i + b) − e_{y_i}.         shapes: X [n][d], y [n] -> W [k][d], b [k]
     */
    @Override
    public Params lossGradient(Params p, double[][] X, int[] y, double lambda) {
        throw new UnsupportedOperationException("TODO: not implemented yet: add up dL_dz(scores(p, X[i]), y[i]) times X[i] over the batch, divide by n, add lambda*W to dW only");
    }

    /** The largest entry, max_i z_i. */
    private static double max(double[] z) {
        double m = Double.NEGATIVE_INFINITY;
        for (double z_i : z) {
            m = Math.max(m, z_i);
        }
        return m;
    }
}
