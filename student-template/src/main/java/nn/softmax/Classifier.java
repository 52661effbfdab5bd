package nn.softmax;

/** A trained softmax-regression model. */
public interface Classifier {

    /** The learned parameters. */
    Params params();

    /** The most probable class of each example, argmax_i a_i.                shapes: X [n][d] -> [n] */
    int[] predict(double[][] X);

    /** The class probabilities a = softmax(W x + b) of each example.        shapes: X [n][d] -> [n][k] */
    double[][] probabilities(double[][] X);
}
