package nn.mlp;

/** A trained network. */
public interface Model {

    /** The network as trained. */
    Network network();

    /** The outputs a2 of each example.                                  shapes: X [n][d] -> [n][k] */
    double[][] outputs(double[][] X);

    /**
     * The predicted class of each example: argmax_i a2_i for softmax outputs, [a2 ≥ 0.5] for a
     * sigmoid output.                                                    shapes: X [n][d] -> [n]
     */
    int[] classes(double[][] X);
}
