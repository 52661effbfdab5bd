package nn.autograd;

/**
 * A parameter of a network and its gradient, the same shape: the arrays the layer itself uses,
 * so an optimizer that changes {@code value} in place changes the layer. A bias vector b [h] is
 * held as the one-row matrix [1][h] whose row is b itself.
 *
 * @param name  e.g. "W1", "b1"
 * @param value θ
 * @param grad  ∂J/∂θ, as the last backward left it
 * @param decay whether L2 weight decay applies (weights yes, biases no)
 */
public record Parameter(String name, double[][] value, double[][] grad, boolean decay) {
}
