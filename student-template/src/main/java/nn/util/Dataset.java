package nn.util;

/**
 * Labelled examples: row i of X is one example x_i with d features, y[i] its class in [0, k).
 * E.g. {@code new Dataset(new double[][] {{0, 1}, {2, 3}}, new int[] {0, 1})} has 2 examples,
 * 2 features and 2 classes.
 *
 * @param X examples, shape [n][d]
 * @param y labels, shape [n]
 */
public record Dataset(double[][] X, int[] y) {

    /** Checks that X and y are given and have one label per example. */
    public Dataset {
        if (X == null || y == null) {
            throw new IllegalArgumentException("X and y must not be null");
        }
        if (X.length != y.length) {
            throw new IllegalArgumentException("X has " + X.length + " rows but y has " + y.length + " labels");
        }
    }

    /** The number of examples n. */
    public int size() {
        return y.length;
    }

    /** The number of features d (0 when there are no examples). */
    public int features() {
        return X.length == 0 ? 0 : X[0].length;
    }

    /** The number of classes k = max y + 1 (0 when there are no examples). */
    public int classes() {
        int k = 0;
        for (int label : y) {
            k = Math.max(k, label + 1);
        }
        return k;
    }
}
