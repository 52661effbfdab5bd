package nn.softmax;

/**
 * Binary logistic regression: a score, a sigmoid, a loss and its gradient, as in the lecture.
 * One example at a time: x [d] features, w [d] weights, b the bias, y ∈ {0, 1} the label.
 */
public class Logistic implements LogisticRegression {

    /** z = w·x + b = Σ_j w_j x_j + b.                          shapes: w [d], x [d] -> scalar */
    @Override
    public double score(double[] w, double b, double[] x) {
        throw new UnsupportedOperationException("TODO: not implemented yet: z = b plus the sum over j of w[j] * x[j]");
    }

    /**
     * σ(z) = 1 / (1 + e^(−z)). For z ≥ 0 e^(−z) ≤ 1 cannot overflow; for z < 0 use the same
     * value written as σ(z) = e^z / (1 + e^z), where e^z < 1.
     */
    @Override
    public double sigmoid(double z) {
        throw new UnsupportedOperationException("TODO: not implemented yet: compute sigma(z) without overflow: for z >= 0 use 1/(1+exp(-z)), else exp(z)/(1+exp(z))");
    }

    /**
     * L = softplus(z) − y z with softplus(z) = log(1 + e^z) = max(z, 0) + log(1 + e^(−|z|)).
     * Written as max(z, 0) − y z + log1p(e^(−|z|)): the large terms cancel exactly, so L is
     * finite and accurate even where σ(z) rounds to 0 or 1 (z = ±1000).
     */
    @Override
    public double binaryCrossEntropy(double z, int y) {
        throw new UnsupportedOperationException("TODO: not implemented yet: L = softplus(z) - y*z with softplus(z) = max(z,0) + log1p(exp(-abs(z))), never log(sigma)");
    }

    /** dL/dw = (σ(z) − y) x with z = w·x + b.                  shapes: w [d], x [d] -> [d] */
    @Override
    public double[] dL_dw(double[] w, double b, double[] x, int y) {
        throw new UnsupportedOperationException("TODO: not implemented yet: dL_dz = sigmoid(score) - y, then dL_dw[j] = dL_dz * x[j] in a new array");
    }

    /** dL/db = σ(z) − y with z = w·x + b (dz/db = 1). */
    @Override
    public double dL_db(double[] w, double b, double[] x, int y) {
        throw new UnsupportedOperationException("TODO: not implemented yet: dL_db = sigmoid(score(w, b, x)) - y because dz/db = 1");
    }
}
