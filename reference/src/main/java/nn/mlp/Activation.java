package nn.mlp;

/** The hidden units' nonlinearity g. */
public enum Activation {
    /** σ(z) = 1 / (1 + e^(−z)),  σ'(z) = σ(z)(1 − σ(z)). */
    SIGMOID,
    /** tanh(z),  tanh'(z) = 1 − tanh²(z). */
    TANH,
    /** max(0, z),  ReLU'(z) = 1 if z > 0 else 0 (we choose 0 at the kink z = 0). */
    RELU
}
