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
        // BEGIN SOLUTION z[i] = b[i] plus the dot product of row W[i] with x, for each class i
        double[][] W = p.W();
        double[] b = p.b();
        double[] z = new double[b.length];
        for (int i = 0; i < z.length; i++) {
            z[i] = b[i];
            for (int j = 0; j < x.length; j++) {
                z[i] += W[i][j] * x[j];
            }
        }
        return z;
        // END SOLUTION
    }

    /** a_i = exp(z_i − m) / Σ_j exp(z_j − m) with m = max z, so no exp overflows.   shapes: [k] -> [k] */
    @Override
    public double[] softmax(double[] z) {
        // BEGIN SOLUTION subtract m = max z before exp so nothing overflows, then divide by the sum
        double m = max(z);
        double[] a = new double[z.length];
        double sum = 0;
        for (int i = 0; i < z.length; i++) {
            a[i] = Math.exp(z[i] - m);
            sum += a[i];
        }
        for (int i = 0; i < z.length; i++) {
            a[i] /= sum;
        }
        return a;
        // END SOLUTION
    }

    /** log a_i = z_i − m − log Σ_j exp(z_j − m) with m = max z (never log of a rounded 0). shapes: [k] -> [k] */
    @Override
    public double[] logSoftmax(double[] z) {
        // BEGIN SOLUTION log a[i] = z[i] - m - log(sum of exp(z[j] - m)) with m = max z, not log(softmax(z))
        double m = max(z);
        double sum = 0;
        for (double z_j : z) {
            sum += Math.exp(z_j - m);
        }
        double logSum = m + Math.log(sum);
        double[] logA = new double[z.length];
        for (int i = 0; i < z.length; i++) {
            logA[i] = z[i] - logSum;
        }
        return logA;
        // END SOLUTION
    }

    /** L = −log a_y = −logSoftmax(z)_y.                                          shapes: z [k] -> scalar */
    @Override
    public double crossEntropy(double[] z, int y) {
        // BEGIN SOLUTION L = -logSoftmax(z)[y]
        return -logSoftmax(z)[y];
        // END SOLUTION
    }

    /** e_y: 1 at index y, 0 elsewhere.                                          shapes: -> [k] */
    @Override
    public double[] oneHot(int y, int k) {
        // BEGIN SOLUTION a new array of k zeros with a 1 at index y (reject y outside [0, k))
        if (y < 0 || y >= k) {
            throw new IllegalArgumentException("label " + y + " is not in [0, " + k + ")");
        }
        double[] e = new double[k];
        e[y] = 1;
        return e;
        // END SOLUTION
    }

    /** dL/da_i = −1/a_y if i = y, else 0 (only a_y appears in L = −log a_y).    shapes: [k] -> [k] */
    @Override
    public double[] dL_da(double[] a, int y) {
        // BEGIN SOLUTION zeros except dL_da[y] = -1 / a[y]
        double[] dL_da = new double[a.length];
        dL_da[y] = -1 / a[y];
        return dL_da;
        // END SOLUTION
    }

    /** J_ij = da_i/dz_j = a_i (δ_ij − a_j): a_i (1 − a_i) on the diagonal, −a_i a_j off it. shapes: [k] -> [k][k] */
    @Override
    public double[][] softmaxJacobian(double[] a) {
        // BEGIN SOLUTION J[i][j] = a[i] * (delta_ij - a[j]) where delta_ij is 1 if i == j else 0
        int k = a.length;
        double[][] J = new double[k][k];
        for (int i = 0; i < k; i++) {
            for (int j = 0; j < k; j++) {
                J[i][j] = a[i] * ((i == j ? 1 : 0) - a[j]);
            }
        }
        return J;
        // END SOLUTION
    }

    /** dL/dz = (da/dz)ᵀ dL/da = a − e_y with a = softmax(z).                     shapes: [k] -> [k] */
    @Override
    public double[] dL_dz(double[] z, int y) {
        // BEGIN SOLUTION dL_dz = softmax(z) - oneHot(y, k): subtract 1 at index y of a fresh softmax
        double[] dL_dz = softmax(z);
        dL_dz[y] -= 1;
        return dL_dz;
        // END SOLUTION
    }

    /** dL/dW_ij = dL/dz_i x_j, the outer product (dL/dz) xᵀ.   shapes: dL_dz [k], x [d] -> [k][d] */
    @Override
    public double[][] dL_dW(double[] dL_dz, double[] x) {
        // BEGIN SOLUTION outer product: dL_dW[i][j] = dL_dz[i] * x[j]
        double[][] dL_dW = new double[dL_dz.length][x.length];
        for (int i = 0; i < dL_dz.length; i++) {
            for (int j = 0; j < x.length; j++) {
                dL_dW[i][j] = dL_dz[i] * x[j];
            }
        }
        return dL_dW;
        // END SOLUTION
    }

    /** dL/db = dL/dz (dz_i/db_i = 1), as a new array.                           shapes: [k] -> [k] */
    @Override
    public double[] dL_db(double[] dL_dz) {
        // BEGIN SOLUTION dL_db equals dL_dz: return a copy, not the input array itself
        return dL_dz.clone();
        // END SOLUTION
    }

    /** J = (1/n) Σ_i CE(W x_i + b, y_i) + (λ/2) Σ_ij W_ij².     shapes: X [n][d], y [n] -> scalar */
    @Override
    public double loss(Params p, double[][] X, int[] y, double lambda) {
        // BEGIN SOLUTION mean of crossEntropy(scores(p, X[i]), y[i]) plus lambda/2 times the sum of W squared (not b)
        int n = X.length;
        double sum = 0;
        for (int i = 0; i < n; i++) {
            sum += crossEntropy(scores(p, X[i]), y[i]);
        }
        double squares = 0;
        for (double[] W_i : p.W()) {
            for (double W_ij : W_i) {
                squares += W_ij * W_ij;
            }
        }
        return sum / n + lambda / 2 * squares;
        // END SOLUTION
    }

    /**
     * dJ/dW = (1/n) Σ_i (dL/dz_i) x_iᵀ + λ W and dJ/db = (1/n) Σ_i dL/dz_i,
     * with dL/dz_i = softmax(W x_i + b) − e_{y_i}.         shapes: X [n][d], y [n] -> W [k][d], b [k]
     */
    @Override
    public Params lossGradient(Params p, double[][] X, int[] y, double lambda) {
        // BEGIN SOLUTION add up dL_dz(scores(p, X[i]), y[i]) times X[i] over the batch, divide by n, add lambda*W to dW only
        int n = X.length;
        int k = p.classes();
        int d = p.features();
        double[][] dJ_dW = new double[k][d];
        double[] dJ_db = new double[k];
        for (int i = 0; i < n; i++) {
            double[] dL_dz = dL_dz(scores(p, X[i]), y[i]);
            for (int c = 0; c < k; c++) {
                for (int j = 0; j < d; j++) {
                    dJ_dW[c][j] += dL_dz[c] * X[i][j] / n;
                }
                dJ_db[c] += dL_dz[c] / n;
            }
        }
        double[][] W = p.W();
        for (int c = 0; c < k; c++) {
            for (int j = 0; j < d; j++) {
                dJ_dW[c][j] += lambda * W[c][j];
            }
        }
        return new Params(dJ_dW, dJ_db);
        // END SOLUTION
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
