package nn.mlp;

/** Initializing and training a two-layer network. No method changes its inputs. */
public interface Training {

    /**
     * Random starting parameters, seeded: weights drawn from N(0, 2 / fan_in) (He initialization:
     * W1 with fan_in = d, W2 with fan_in = h), biases zero. Not all zeros: with equal weights every
     * hidden unit computes the same function and gets the same gradient, so they never differ.
     */
    Parameters initialize(int d, int h, int k, long seed);

    /** One gradient-descent step θ ← θ − η ∇θ, for all four parameters. */
    Parameters step(Parameters p, Parameters gradient, double learningRate);

    /**
     * Trains from {@link #initialize}(d, config.hidden(), k, config.seed()) with minibatch SGD on
     * {@link TwoLayerNetwork#cost}: each epoch shuffles the examples (x with its y) with one
     * generator seeded from config.seed(), then takes one step per batch of config.batchSize()
     * (the last may be smaller).                              shapes: X [n][d], Y [n][k]
     */
    Model train(double[][] X, double[][] Y, TrainingConfig config);

    /** The share of positions where predicted equals y, in [0, 1]. */
    double accuracy(int[] predicted, int[] y);
}
