package nn.autograd;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Random;

/**
 * Optimizers that keep their state between steps, and minibatch training of a sequential network
 * with He initialization, as in mlp-backprop but with any number of hidden layers and momentum.
 */
public class Trainer implements Training {

    /** Makes the layers and the network that {@link #initialize} puts together. */
    private static final Layers LAYERS = new ForwardBackward();

    @Override
    public Optimizer sgd(Network net, double learningRate) {
        return new Sgd(net.parameters(), learningRate);
    }

    @Override
    public Optimizer momentum(Network net, double learningRate, double mu) {
        return new Momentum(net.parameters(), learningRate, mu);
    }

    /** θ ← θ − η ∇θ J. */
    static final class Sgd implements Optimizer {
        private final List<Parameter> parameters;
        private final double learningRate;

        Sgd(List<Parameter> parameters, double learningRate) {
            this.parameters = parameters;
            this.learningRate = learningRate;
        }

        /** θ_ij ← θ_ij − η grad_ij for every parameter, in place. */
        @Override
        public void step() {
            // BEGIN SOLUTION for every parameter and entry: value[i][j] -= learningRate * grad[i][j]
            for (Parameter p : parameters) {
                for (int i = 0; i < p.value().length; i++) {
                    for (int j = 0; j < p.value()[i].length; j++) {
                        p.value()[i][j] -= learningRate * p.grad()[i][j];
                    }
                }
            }
            // END SOLUTION
        }
    }

    /**
     * v ← μ v − η ∇θ J, θ ← θ + v, with one velocity per parameter, 0 at first. The velocity is a
     * running sum of past gradients, decayed by μ each step: components that keep their sign add
     * up, components that flip from step to step (the zig-zag across a narrow valley) cancel.
     */
    static final class Momentum implements Optimizer {
        private final List<Parameter> parameters;
        private final double learningRate;
        private final double mu;
        private final List<double[][]> velocities = new ArrayList<>();

        Momentum(List<Parameter> parameters, double learningRate, double mu) {
            this.parameters = parameters;
            this.learningRate = learningRate;
            this.mu = mu;
            for (Parameter p : parameters) {
                double[][] v = new double[p.value().length][];
                for (int i = 0; i < v.length; i++) {
                    v[i] = new double[p.value()[i].length];
                }
                velocities.add(v);
            }
        }

        /** v_ij ← μ v_ij − η grad_ij, then θ_ij ← θ_ij + v_ij, for every parameter, in place. */
        @Override
        public void step() {
            // BEGIN SOLUTION for parameter k and each entry: v[i][j] = mu * v[i][j] - learningRate * grad[i][j], then value[i][j] += v[i][j] (keep v in the field for the next step)
            for (int k = 0; k < parameters.size(); k++) {
                Parameter p = parameters.get(k);
                double[][] v = velocities.get(k);
                for (int i = 0; i < v.length; i++) {
                    for (int j = 0; j < v[i].length; j++) {
                        v[i][j] = mu * v[i][j] - learningRate * p.grad()[i][j];
                        p.value()[i][j] += v[i][j];
                    }
                }
            }
            // END SOLUTION
        }
    }

    @Override
    public Network initialize(int d, int k, TrainingConfig config) {
        // BEGIN SOLUTION initialize(d, k, config, new Random(config.seed()))
        return initialize(d, k, config, new Random(config.seed()));
        // END SOLUTION
    }

    /**
     * For each layer l with fan_in inputs and h outputs (the hidden sizes, then k): W_l [h][fan_in]
     * drawn row by row as sqrt(2 / fan_in) · random.nextGaussian(), b_l = 0; affine layers
     * followed by g, except the last.
     */
    private Network initialize(int d, int k, TrainingConfig config, Random random) {
        // BEGIN SOLUTION sizes d, hidden..., k; for each consecutive pair draw W row by row with std sqrt(2.0 / fanIn), add LAYERS.affine(W, zeros) and, except after the last, the activation
        int[] sizes = new int[config.hidden().length + 2];
        sizes[0] = d;
        System.arraycopy(config.hidden(), 0, sizes, 1, config.hidden().length);
        sizes[sizes.length - 1] = k;
        List<Layer> layers = new ArrayList<>();
        for (int l = 1; l < sizes.length; l++) {
            int fanIn = sizes[l - 1];
            double std = Math.sqrt(2.0 / fanIn);
            double[][] W = new double[sizes[l]][fanIn];
            for (double[] row : W) {
                for (int m = 0; m < fanIn; m++) {
                    row[m] = std * random.nextGaussian();
                }
            }
            layers.add(LAYERS.affine(W, new double[sizes[l]]));
            if (l < sizes.length - 1) {
                layers.add(switch (config.g()) {
                    case RELU -> LAYERS.relu();
                    case SIGMOID -> LAYERS.sigmoid();
                    case TANH -> LAYERS.tanh();
                });
            }
        }
        return LAYERS.sequential(layers, config.lambda());
        // END SOLUTION
    }

    /**
     * One random = new Random(config.seed()): the network from initialize(d, k, config, random),
     * then per epoch a Fisher–Yates shuffle of an index order (for i = n−1 down to 1 swap order[i]
     * with order[random.nextInt(i + 1)]; not reset between epochs) and, per batch of
     * config.batchSize() consecutive indices (the last may be smaller): loss, backward, step of
     * one momentum optimizer made before the first epoch.            shapes: X [n][d], y [n]
     */
    @Override
    public Network train(double[][] X, int[] y, int k, TrainingConfig config) {
        // BEGIN SOLUTION IllegalArgumentException if X and y differ in length, X is empty or the batch size is below 1; then one Random(seed): initialize from it, one momentum optimizer; each epoch shuffle an index order, then loss, backward and step on each batch
        if (X.length != y.length) {
            throw new IllegalArgumentException("X has " + X.length + " rows but y has " + y.length);
        }
        if (X.length == 0) {
            throw new IllegalArgumentException("no training examples");
        }
        if (config.batchSize() < 1) {
            throw new IllegalArgumentException("batch size must be at least 1, got " + config.batchSize());
        }
        int n = X.length;
        Random random = new Random(config.seed());
        Network net = initialize(X[0].length, k, config, random);
        Optimizer optimizer = momentum(net, config.learningRate(), config.momentum());
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
                net.loss(X_batch, y_batch);
                net.backward();
                optimizer.step();
            }
        }
        return net;
        // END SOLUTION
    }

    /** (number of i with predicted_i = y_i) / n.                              shapes: [n], [n] -> scalar */
    @Override
    public double accuracy(int[] predicted, int[] y) {
        // BEGIN SOLUTION IllegalArgumentException if the lengths differ; count the positions where predicted[i] == y[i], divide by n as a double
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
}
