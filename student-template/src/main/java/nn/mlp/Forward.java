package nn.mlp;

/**
 * Every value of one example's forward pass, kept for the backward pass.
 *
 * @param z1 hidden scores W1 x + b1, shape [h]
 * @param a1 hidden activations g(z1), shape [h]
 * @param z2 output scores W2 a1 + b2, shape [k]
 * @param a2 outputs out(z2), shape [k]
 */
public record Forward(double[] z1, double[] a1, double[] z2, double[] a2) {
}
