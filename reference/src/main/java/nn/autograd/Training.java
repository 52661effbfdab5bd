package nn.autograd;

/** Optimizers, initialization and training of a sequential network. No method changes its inputs. */
public interface Training {

    /** θ ← θ − η ∇θ J for every parameter of {@code net}, in place. */
    Optimizer sgd(Network net, double learningRate);

    /**
     * SGD with momentum, a velocity v per parameter (0 at first) kept between steps:
     * v ← μ v − η ∇θ J, then θ ← θ + v, in place.
     */
    Optimizer momentum(Network net, double learningRate, double mu);

    /**
     * A network for d inputs and k classes: affine(He) → g for each hidden size, then affine(He),
     * with weights drawn from new Random(config.seed()), weight decay config.lambda().
     */
    Network initialize(int d, int k, TrainingConfig config);

    /**
     * Minibatch SGD with momentum from {@link #initialize}, with one generator seeded from
     * config.seed() for the initialization and then the shuffles, as in mlp-backprop.
     *                                                           shapes: X [n][d], y [n] in [0, k)
     *
     * @throws IllegalArgumentException if X and y differ in length, X has no rows, or the batch size is below 1
     */
    Network train(double[][] X, int[] y, int k, TrainingConfig config);

    /**
     * The share of positions where predicted equals y, in [0, 1].
     *
     * @throws IllegalArgumentException if predicted and y differ in length
     */
    double accuracy(int[] predicted, int[] y);
}
