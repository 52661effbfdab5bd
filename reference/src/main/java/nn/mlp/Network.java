package nn.mlp;

/**
 * A two-layer fully connected network: z1 = W1 x + b1, a1 = g(z1), z2 = W2 a1 + b2, a2 = out(z2).
 *
 * @param p      the weights and biases
 * @param g      the hidden units' activation
 * @param output the output unit and its loss
 */
public record Network(Parameters p, Activation g, Output output) {
}
