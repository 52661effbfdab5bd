package nn.softmax;

import java.util.Arrays;
import java.util.Random;

/**
 * Minibatch gradient descent for softmax regression, as in the lecture: start from W = 0, b = 0;
 * each epoch shuffle the examples, then take one step θ ← θ − η ∇θ J per batch.
 */
public class Trainer implements Training {

    /** Computes the loss gradient ∇J on each batch. */
    private static final SoftmaxRegression SOFTMAX = new Softmax();

    /** W ← W − η dJ/dW and b ← b − η dJ/db, into new arrays.   shapes: W [k][d], b [k] */
    @Override
    public Params step(Params p, Params gradient, double learningRate) {
        throw new UnsupportedOperationException("TODO: not implemented yet: new W[i][j] = W[i][j] - learningRate * dW[i][j] and new b[i] = b[i] - learningRate * db[i], in new arrays");
    }

    /**
     * Start from Params.zeros(k, d) and one generator {@code new Random(config.seed())}.
     * Each epoch: shuffle the order of the indices 0..n−1 in place with Fisher–Yates
     * (for i = n−1 down to 1: swap order[i] with order[random.nextInt(i + 1)]), then for each
     * batch of config.batchSize() consecutive indices in that order (the last may be smaller):
     * p ← step(p, ∇J on the batch, η).                      shapes: X [n][d], y [n] labels in [0, k)
     */
    @Override
    public Classifier train(double[][] X, int[] y, int k, TrainingConfig config) {
        throw new UnsupportedOperationException("TODO: not implemented yet: from Params.zeros(k, d): each epoch Fisher-Yates shuffle an index order with one Random(seed), step on each batch, return new Model(p)");
    }

    /** (number of i with predicted_i = y_i) / n.                              shapes: [n], [n] -> scalar */
    @Override
    public double accuracy(int[] predicted, int[] y) {
        throw new UnsupportedOperationException("TODO: not implemented yet: count the positions i where predicted[i] == y[i], divide by n as a double");
    }

    /** A trained model: the parameters, and the lecture's f(x) = argmax_i (W x + b)_i. */
    private record Model(Params params) implements Classifier {

        /** ŷ = argmax_c z_c with z = W x + b (softmax keeps the order; ties go to the lowest c). shapes: X [n][d] -> [n] */
        @Override
        public int[] predict(double[][] X) {
            throw new UnsupportedOperationException("TODO: not implemented yet: for each row x of X: the index of the largest score in SOFTMAX.scores(params, x)");
        }

        /** a = softmax(W x + b) for each row x.                                  shapes: X [n][d] -> [n][k] */
        @Override
        public double[][] probabilities(double[][] X) {
            throw new UnsupportedOperationException("TODO: not implemented yet: for each row x of X: SOFTMAX.softmax(SOFTMAX.scores(params, x))");
        }
    }
}
