package nn.autograd;

import java.util.List;

/** Makes layers, the loss and networks. */
public interface Layers {

    /** Z = X Wᵀ + b, with copies of W [h][d] and b [h] as its parameters. */
    Layer affine(double[][] W, double[] b);

    /** A = max(0, Z) elementwise. */
    Layer relu();

    /** A = σ(Z) elementwise. */
    Layer sigmoid();

    /** A = tanh(Z) elementwise. */
    Layer tanh();

    /** Softmax cross-entropy on the scores: L = (1/n) Σ_i −log softmax(Z_i)_{y_i}. */
    Loss softmaxCrossEntropy();

    /** The layers in order, a softmax cross-entropy loss, and weight decay λ on the weights. */
    Network sequential(List<Layer> layers, double lambda);
}
