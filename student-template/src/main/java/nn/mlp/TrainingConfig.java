package nn.mlp;

/**
 * How to build and train a network with minibatch stochastic gradient descent on the cost J.
 *
 * @param hidden       hidden units h
 * @param g            hidden activation
 * @param output       output unit and loss
 * @param epochs       passes over the training set
 * @param learningRate step size η in θ ← θ − η ∇θ J
 * @param batchSize    examples per step (1: stochastic, n: batch gradient descent)
 * @param lambda       L2 strength λ in J = (1/n) Σ L + (λ / 2n) Σ W² (weights only, biases excluded)
 * @param seed         seeds the random initialization and the shuffling before each epoch
 */
public record TrainingConfig(int hidden, Activation g, Output output, int epochs, double learningRate, int batchSize,
                             double lambda, long seed) {
}
