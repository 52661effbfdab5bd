package nn.mlp;

/**
 * The parameters of a two-layer network with d inputs, h hidden units and k outputs, and (with the
 * same shapes) their gradients.
 *
 * @param W1 first-layer weights, shape [h][d]
 * @param b1 first-layer biases, shape [h]
 * @param W2 second-layer weights, shape [k][h]
 * @param b2 second-layer biases, shape [k]
 */
public record Parameters(double[][] W1, double[] b1, double[][] W2, double[] b2) {

    /** All-zero parameters of the given sizes (a gradient accumulator, never a starting point). */
    public static Parameters zeros(int d, int h, int k) {
        return new Parameters(new double[h][d], new double[h], new double[k][h], new double[k]);
    }

    /** Number of inputs d. */
    public int inputs() {
        return W1.length == 0 ? 0 : W1[0].length;
    }

    /** Number of hidden units h. */
    public int hidden() {
        return b1.length;
    }

    /** Number of outputs k. */
    public int outputs() {
        return b2.length;
    }
}
