package nn.softmax;

/**
 * Gradient descent for softmax regression, and how well the result classifies.
 * No method changes its inputs.
 */
public interface Training {

    /** One gradient-descent step θ ← θ − η ∇θ, for W and b alike. */
    Params step(Params p, Params gradient, double learningRate);

    /**
     * Trains from zero parameters with minibatch gradient descent on J (see
     * {@link SoftmaxRegression#loss}): each epoch shuffles the examples with a generator seeded
     * from {@code config.seed()}, keeping each x with its y, and takes one step per batch of
     * {@code config.batchSize()} (the last batch of an epoch may be smaller).
     *                                                  shapes: X [n][d] with n ≥ 1, y [n] labels in [0, k)
     *
     * @throws IllegalArgumentException if the batch size is below 1, or X and y have different lengths
     */
    Classifier train(double[][] X, int[] y, int k, TrainingConfig config);

    /**
     * The share of positions where predicted equals y, in [0, 1].
     *
     * @throws IllegalArgumentException if predicted and y have different lengths
     */
    double accuracy(int[] predicted, int[] y);
}
