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
        // BEGIN SOLUTION initialize(d, h, k, new Random(seed))
        return initialize(d, h, k, new Random(seed));
        // END SOLUTION
    }

    /**
     * W1_jm = sqrt(2/d) · random.nextGaussian() row by row (j = 0..h−1, m = 0..d−1), then
     * W2_cj = sqrt(2/h) · random.nextGaussian() row by row (c = 0..k−1, j = 0..h−1): each
     * weight ~ N(0, 2/fan_in). b1 = 0, b2 = 0.          shapes: -> W1 [h][d], b1 [h], W2 [k][h], b2 [k]
     */
    private Parameters initialize(int d, int h, int k, Random random) {
        // BEGIN SOLUTION draw W1 row by row with std sqrt(2.0/d), then W2 row by row with std sqrt(2.0/h); biases stay zero
        double[][] W1 = new double[h][d];
        double std1 = Math.sqrt(2.0 / d);
        for (int j = 0; j < h; j++) {
            for (int m = 0; m < d; m++) {
                W1[j][m] = std1 * random.nextGaussian();
            }
        }
        double[][] W2 = new double[k][h];
        double std2 = Math.sqrt(2.0 / h);
        for (int c = 0; c < k; c++) {
            for (int j = 0; j < h; j++) {
                W2[c][j] = std2 * random.nextGaussian();
            }
        }
        return new Parameters(W1, new double[h], W2, new double[k]);
        // END SOLUTION
    }

    /** θ ← θ − η ∇θ J for W1, b1, W2 and b2, into new arrays.              shapes: like the parameters */
    @Override
    public Parameters step(Parameters p, Parameters gradient, double learningRate) {
        // BEGIN SOLUTION new arrays with W1 - learningRate * dW1, b1 - learningRate * db1, and the same for W2, b2
        double[][] W1 = new double[p.W1().length][];
        for (int j = 0; j < W1.length; j++) {
            W1[j] = new double[p.W1()[j].length];
            for (int m = 0; m < W1[j].length; m++) {
                W1[j][m] = p.W1()[j][m] - learningRate * gradient.W1()[j][m];
            }
        }
        double[] b1 = new double[p.b1().length];
        for (int j = 0; j < b1.length; j++) {
            b1[j] = p.b1()[j] - learningRate * gradient.b1()[j];
        }
        double[][] W2 = new double[p.W2().length][];
        for (int c = 0; c < W2.length; c++) {
            W2[c] = new double[p.W2()[c].length];
            for (int j = 0; j < W2[c].length; j++) {
                W2[c][j] = p.W2()[c][j] - learningRate * gradient.W2()[c][j];
            }
        }
        double[] b2 = new double[p.b2().length];
        for (int c = 0; c < b2.length; c++) {
            b2[c] = p.b2()[c] - learningRate * gradient.b2()[c];
        }
        return new Parameters(W1, b1, W2, b2);
        // END SOLUTION
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
        // BEGIN SOLUTION one Random(seed): initialize from it, then each epoch Fisher-Yates shuffle an index order and step on each batch
        if (X.length != Y.length) {
            throw new IllegalArgumentException("X has " + X.length + " rows but Y has " + Y.length);
        }
        if (X.length == 0) {
            throw new IllegalArgumentException("no training examples");
        }
        if (config.batchSize() < 1) {
            throw new IllegalArgumentException("batch size must be at least 1, got " + config.batchSize());
        }
        int n = X.length;
        int d = X[0].length;
        int k = Y[0].length;
        Random random = new Random(config.seed());
        Parameters p = initialize(d, config.hidden(), k, random);
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
                double[][] Y_batch = new double[size][];
                for (int i = 0; i < size; i++) {
                    X_batch[i] = X[order[start + i]];
                    Y_batch[i] = Y[order[start + i]];
                }
                Network net = new Network(p, config.g(), config.output());
                p = step(p, BACKPROP.gradients(net, X_batch, Y_batch, config.lambda()), config.learningRate());
            }
        }
        return new Trained(new Network(p, config.g(), config.output()));
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

    /** A trained network and its predictions. */
    private record Trained(Network network) implements Model {

        /** a2 = forward(network, x).a2() for each row x of X.                 shapes: X [n][d] -> [n][k] */
        @Override
        public double[][] outputs(double[][] X) {
            // BEGIN SOLUTION for each row x of X: BACKPROP.forward(network, x).a2()
            double[][] a2 = new double[X.length][];
            for (int i = 0; i < X.length; i++) {
                a2[i] = BACKPROP.forward(network, X[i]).a2();
            }
            return a2;
            // END SOLUTION
        }

        /**
         * With one output (k = 1: a sigmoid, or a regression on 0/1 targets such as XOR) the class
         * is 1 when a2 ≥ 0.5, else 0; with k outputs it is argmax_c a2_c (ties: the lowest c).
         *                                                                    shapes: X [n][d] -> [n]
         */
        @Override
        public int[] classes(double[][] X) {
            // BEGIN SOLUTION from outputs(X): a2[0] >= 0.5 ? 1 : 0 when there is one output, else the index of the largest a2
            double[][] a2 = outputs(X);
            int[] classes = new int[X.length];
            for (int i = 0; i < X.length; i++) {
                if (a2[i].length == 1) {
                    classes[i] = a2[i][0] >= 0.5 ? 1 : 0;
                } else {
                    int best = 0;
                    for (int c = 1; c < a2[i].length; c++) {
                        if (a2[i][c] > a2[i][best]) {
                            best = c;
                        }
                    }
                    classes[i] = best;
                }
            }
            return classes;
            // END SOLUTION
        }
    }
}
