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
            throw new UnsupportedOperationException("TODO: not implemented yet: for every parameter and entry: value[i][j] -= learningRate * grad[i][j]");
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
            throw new UnsupportedOperationException("TODO: not implemented yet: for parameter k and each entry: v[i][j] = mu * v[i][j] - learningRate * grad[i][j], then value[i][j] += v[i][j] (keep v in the field for the next step)");
        }
    }

    @Override
    public Network initialize(int d, int k, TrainingConfig config) {
        throw new UnsupportedOperationException("TODO: not implemented yet: initialize(d, k, config, new Random(config.seed()))");
    }

    /**
     * For each layer l with fan_in inputs and h outputs (the hidden sizes, then k): W_l [h][fan_in]
     * drawn row by row as sqrt(2 / fan_in) · random.nextGaussian(), b_l = 0; affine layers
     * followed by g, except the last.
     */
    private Network initialize(int d, int k, TrainingConfig config, Random random) {
        throw new UnsupportedOperationException("TODO: not implemented yet: sizes d, hidden..., k; for each consecutive pair draw W row by row with std sqrt(2.0 / fanIn), add LAYERS.affine(W, zeros) and, except after the last, the activation");
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
        throw new UnsupportedOperationException("TODO: not implemented yet: IllegalArgumentException if X and y differ in length, X is empty or the batch size is below 1; then one Random(seed): initialize from it, one momentum optimizer; each epoch shuffle an index order, then loss, backward and step on each batch");
    }

    /** (number of i with predicted_i = y_i) / n.                              shapes: [n], [n] -> scalar */
    @Override
    public double accuracy(int[] predicted, int[] y) {
        throw new UnsupportedOperationException("TODO: not implemented yet: IllegalArgumentException if the lengths differ; count the positions where predicted[i] == y[i], divide by n as a double");
    }
}
