package nn.mlp;

import java.util.Arrays;
import java.util.Random;

/**
 * Training a two-layer network as in the lecture: random (He) initialization, then minibatch
 * stochastic gradient descent on the cost J, shuffling the examples before each epoch.
 */
public class Sgd implements Training {

    /** Computes the gradient ∇J on each batch and the trained model's forward pass. */
    private static final TwoLayerNetwork BACKPROP = new Backprop();

    /**
     * He initialization from {@code new Random(seed)}: see {@link #initialize(int, int, int, Random)}.
     *                                                     shapes: -> W1 [h][d], b1 [h], W2 [k][h], b2 [k]
     */
    @Override
    public Parameters initialize(int d, int h, int k, long seed) {
        throw new UnsupportedOperationException("TODO: not implemented yet: initialize(d, h, k, new Random(seed))");
    }

    /**
     * W1_jm = sqrt(2/d) · random.nextGaussian() row by row (j = 0..h−1, m = 0..d−1), then
     * W2_cj = sqrt(2/h) · random.nextGaussian() row by row (c = 0..k−1, j = 0..h−1): each
     * weight ~ N(0, 2/fan_in). b1 = 0, b2 = 0.          shapes: -> W1 [h][d], b1 [h], W2 [k][h], b2 [k]
     */
    private Parameters initialize(int d, int h, int k, Random random) {
        throw new UnsupportedOperationException("TODO: not implemented yet: draw W1 row by row with std sqrt(2.0/d), then W2 row by row with std sqrt(2.0/h); biases stay zero");
    }

    /** θ ← θ − η ∇θ J for W1, b1, W2 and b2, into new arrays.              shapes: like the parameters */
    @Override
    public Parameters step(Parameters p, Parameters gradient, double learningRate) {
        throw new UnsupportedOperationException("TODO: not implemented yet: new arrays with W1 - learningRate * dW1, b1 - learningRate * db1, and the same for W2, b2");
    }

    /**
     * One generator {@code random = new Random(config.seed())}, used first for the initialization
     * p = initialize(d, config.hidden(), k, random) (the same numbers as initialize(d, h, k, seed)),
     * then for the shuffles. Each epoch: shuffle an index order in place with Fisher–Yates (for i =
     * n−1 down to 1: swap order[i] with order[random.nextInt(i + 1)]; the order is not reset between
     * epochs), then for each batch of config.batchSize() consecutive indices in that order (the
     * last may be smaller): p ← step(p, gradients(net, X_batch, Y_batch, λ), η).
     *                                                               shapes: X [n][d], Y [n][k]
     */
    @Override
    public Model train(double[][] X, double[][] Y, TrainingConfig config) {
        throw new UnsupportedOperationException("TODO: not implemented yet: one Random(seed): initialize from it, then each epoch Fisher-Yates shuffle an index order and step on each batch");
    }

    /** (number of i with predicted_i = y_i) / n.                              shapes: [n], [n] -> scalar */
    @Override
    public double accuracy(int[] predicted, int[] y) {
        throw new UnsupportedOperationException("TODO: not implemented yet: count the positions i where predicted[i] == y[i], divide by n as a double");
    }

    /** A trained network and its predictions. */
    private record Trained(Network network) implements Model {

        /** a2 = forward(network, x).a2() for each row x of X.                 shapes: X [n][d] -> [n][k] */
        @Override
        public double[][] outputs(double[][] X) {
            throw new UnsupportedOperationException("TODO: not implemented yet: for each row x of X: BACKPROP.forward(network, x).a2()");
        }

        /**
         * With one output (k = 1: a sigmoid, or a regression on 0/1 targets such as XOR) the class
         * is 1 when a2 ≥ 0.5, else 0; with k outputs it is argmax_c a2_c (ties: the lowest c).
         *                                                                    shapes: X [n][d] -> [n]
         */
        @Override
        public int[] classes(double[][] X) {
            throw new UnsupportedOperationException("TODO: not implemented yet: from outputs(X): a2[0] >= 0.5 ? 1 : 0 when there is one output, else the index of the largest a2");
        }
    }
}
