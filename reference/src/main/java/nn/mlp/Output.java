package nn.mlp;

/**
 * The output unit and the loss that goes with it. Each pair is the one whose gradient with respect
 * to the output scores is the same simple difference: dL/dz2 = a2 − y.
 */
public enum Output {
    /** k classes: a2 = softmax(z2), L = −Σ_i y_i log a2_i with y one-hot. */
    SOFTMAX_CROSS_ENTROPY,
    /** Two classes: a2 = σ(z2) (k = 1), L = −[y log a2 + (1 − y) log(1 − a2)]. */
    SIGMOID_BINARY_CROSS_ENTROPY,
    /** Regression: a2 = z2, L = ½ Σ_i (y_i − a2_i)². */
    IDENTITY_SQUARED_ERROR
}
