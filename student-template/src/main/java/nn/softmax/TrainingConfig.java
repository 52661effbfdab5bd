package nn.softmax;

/**
 * How to train: gradient descent on the regularized mean cross-entropy.
 *
 * @param epochs       passes over the training set
 * @param learningRate step size η in θ ← θ − η ∇θ J
 * @param batchSize    examples per update: 1 is stochastic GD, n is batch GD, between is minibatch
 * @param lambda       L2 strength λ in J = (1/n) Σ L + (λ/2) ‖W‖² (biases are not penalized)
 * @param seed         seeds the shuffling of the examples before each epoch
 */
public record TrainingConfig(int epochs, double learningRate, int batchSize, double lambda, long seed) {
}
