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
        // BEGIN SOLUTION new W[i][j] = W[i][j] - learningRate * dW[i][j] and new b[i] = b[i] - learningRate * db[i], in new arrays
        double[][] W = p.W();
        double[][] dW = gradient.W();
        double[] b = p.b();
        double[] db = gradient.b();
        double[][] newW = new double[W.length][];
        for (int i = 0; i < W.length; i++) {
            newW[i] = new double[W[i].length];
            for (int j = 0; j < W[i].length; j++) {
                newW[i][j] = W[i][j] - learningRate * dW[i][j];
            }
        }
        double[] newB = new double[b.length];
        for (int i = 0; i < b.length; i++) {
            newB[i] = b[i] - learningRate * db[i];
        }
        return new Params(newW, newB);
        // END SOLUTION
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
        // BEGIN SOLUTION from Params.zeros(k, d): each epoch Fisher-Yates shuffle an index order with one Random(seed), step on each batch, return new Model(p)
        if (X.length != y.length) {
            throw new IllegalArgumentException("X has " + X.length + " rows but y has " + y.length + " labels");
        }
        if (config.batchSize() < 1) {
            throw new IllegalArgumentException("batch size must be at least 1, got " + config.batchSize());
        }
        int n = X.length;
        int d = n == 0 ? 0 : X[0].length;
        Params p = Params.zeros(k, d);
        Random random = new Random(config.seed());
        int[] order = new int[n];
        Arrays.setAll(order, i -> i);
        for (int epoch = 0; epoch < config.epochs(); epoch++) {
            for (int i = n - 1; i > 0; i--) {
                int j = random.nextInt(i + 1);
                int swap = order[i];
                order[i] = order[j];
                order[j] = swap;
            }
            for (int start = 0; start < n; start += config.batchSize()) {
                int size = Math.min(config.batchSize(), n - start);
                double[][] X_batch = new double[size][];
                int[] y_batch = new int[size];
                for (int i = 0; i < size; i++) {
                    X_batch[i] = X[order[start + i]];
                    y_batch[i] = y[order[start + i]];
                }
                Params gradient = SOFTMAX.lossGradient(p, X_batch, y_batch, config.lambda());
                p = step(p, gradient, config.learningRate());
            }
        }
        return new Model(p);
        // END SOLUTION
    }

    /** (number of i with predicted_i = y_i) / n.                              shapes: [n], [n] -> scalar */
    @Override
    public double accuracy(int[] predicted, int[] y) {
        // BEGIN SOLUTION count the positions i where predicted[i] == y[i], divide by n as a double
        if (predicted.length != y.length) {
            throw new IllegalArgumentException(predicted.length + " predictions for " + y.length + " labels");
        }
        int correct = 0;
        for (int i = 0; i < y.length; i++) {
            if (predicted[i] == y[i]) {
                correct++;
            }
        }
        return (double) correct / y.length;
        // END SOLUTION
    }

    /** A trained model: the parameters, and the lecture's f(x) = argmax_i (W x + b)_i. */
    private record Model(Params params) implements Classifier {

        /** ŷ = argmax_c z_c with z = W x + b (softmax keeps the order; ties go to the lowest c). shapes: X [n][d] -> [n] */
        @Override
        public int[] predict(double[][] X) {
            // BEGIN SOLUTION for each row x of X: the index of the largest score in SOFTMAX.scores(params, x)
            int[] predicted = new int[X.length];
            for (int i = 0; i < X.length; i++) {
                double[] z = SOFTMAX.scores(params, X[i]);
                int best = 0;
                for (int c = 1; c < z.length; c++) {
                    if (z[c] > z[best]) {
                        best = c;
                    }
                }
                predicted[i] = best;
            }
            return predicted;
            // END SOLUTION
        }

        /** a = softmax(W x + b) for each row x.                                  shapes: X [n][d] -> [n][k] */
        @Override
        public double[][] probabilities(double[][] X) {
            // BEGIN SOLUTION for each row x of X: SOFTMAX.softmax(SOFTMAX.scores(params, x))
            double[][] a = new double[X.length][];
            for (int i = 0; i < X.length; i++) {
                a[i] = SOFTMAX.softmax(SOFTMAX.scores(params, X[i]));
            }
            return a;
            // END SOLUTION
        }
    }
}
