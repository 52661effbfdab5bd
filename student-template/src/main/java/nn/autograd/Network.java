package nn.autograd;

import java.util.List;

/**
 * A sequential network: layers applied in order, a softmax cross-entropy loss on the last
 * layer's scores, and L2 weight decay λ on the weights (not the biases):
 * <pre>
 *   J = (1/n) Σ_i L_i + (λ/2) Σ_W ‖W‖²
 * </pre>
 */
public interface Network {

    /** The scores Z of the last layer.                                 shapes: X [n][d] -> Z [n][k] */
    double[][] forward(double[][] X);

    /** J for the batch (X, y), keeping every layer's cache for backward.    shapes: X [n][d], y [n] */
    double loss(double[][] X, int[] y);

    /** ∂J/∂θ into every parameter's grad, for the batch of the last {@link #loss}. */
    void backward();

    /** Every layer's parameters, first layer first (the same objects every time). */
    List<Parameter> parameters();

    /** argmax_c Z_ic for each row (ties: the lowest c).                     shapes: X [n][d] -> [n] */
    int[] classes(double[][] X);
}
