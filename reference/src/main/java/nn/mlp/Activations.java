package nn.mlp;

/** The hidden units' nonlinearities and their derivatives, elementwise. No method changes its inputs. */
public interface Activations {

    /** a = g(z) elementwise: σ(z), tanh(z) or max(0, z).                         shapes: [h] -> [h] */
    double[] g(Activation g, double[] z);

    /**
     * g'(z) elementwise: σ(z)(1 − σ(z)), 1 − tanh²(z), or the unit step for ReLU (1 where z > 0,
     * 0 where z ≤ 0: we choose 0 at the kink).                                  shapes: [h] -> [h]
     */
    double[] gPrime(Activation g, double[] z);

    /** The output unit: softmax(z2) (stable: subtract max z2), σ(z2), or z2 itself.   shapes: [k] -> [k] */
    double[] out(Output output, double[] z2);
}
