package nn.autograd;

/**
 * How to build and train a network: affine layers of the given hidden sizes, each followed by g,
 * then an affine output layer; minibatch SGD with momentum on J.
 *
 * @param hidden       the hidden layers' sizes, e.g. {128, 64} for two hidden layers
 * @param g            the hidden activation
 * @param epochs       passes over the training set
 * @param learningRate η
 * @param momentum     μ in v ← μ v − η ∇θ J (0: plain SGD)
 * @param batchSize    examples per step
 * @param lambda       weight decay λ in J = (1/n) Σ L + (λ/2) Σ ‖W‖²
 * @param seed         seeds the initialization and the shuffles
 */
public record TrainingConfig(int[] hidden, Activation g, int epochs, double learningRate, double momentum,
                             int batchSize, double lambda, long seed) {
}
