package nn.softmax;

/**
 * The parameters of a linear classifier with k classes over d features.
 *
 * @param W weights, shape [k][d]: row i scores class i
 * @param b biases, shape [k]
 */
public record Params(double[][] W, double[] b) {

    /** All-zero parameters of shape W [k][d], b [k]. */
    public static Params zeros(int k, int d) {
        return new Params(new double[k][d], new double[k]);
    }

    /** Number of classes k. */
    public int classes() {
        return b.length;
    }

    /** Number of features d. */
    public int features() {
        return W.length == 0 ? 0 : W[0].length;
    }
}
