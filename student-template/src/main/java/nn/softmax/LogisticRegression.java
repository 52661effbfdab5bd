package nn.softmax;

/**
 * Binary logistic regression, one step of the lecture per method. Labels y are 0 or 1.
 * No method changes its inputs.
 */
public interface LogisticRegression {

    /** The score (logit) z = w·x + b.                         shapes: w [d], x [d] -> scalar */
    double score(double[] w, double b, double[] x);

    /** The logistic sigmoid σ(z) = 1 / (1 + e^(−z)), without overflow for large |z|. */
    double sigmoid(double z);

    /**
     * Binary cross-entropy of the logit z against label y:
     * L = −[y log σ(z) + (1 − y) log(1 − σ(z))] = softplus(z) − y z,
     * finite even where σ(z) rounds to 0 or 1.
     */
    double binaryCrossEntropy(double z, int y);

    /** dL/dw = (σ(z) − y) x with z = w·x + b.                   shapes: w [d], x [d] -> [d] */
    double[] dL_dw(double[] w, double b, double[] x, int y);

    /** dL/db = σ(z) − y with z = w·x + b. */
    double dL_db(double[] w, double b, double[] x, int y);
}
