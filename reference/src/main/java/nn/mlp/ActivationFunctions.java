package nn.mlp;

/**
 * The hidden units' nonlinearities g, their derivatives g', and the output units, as in the
 * lecture. Elementwise on vectors; every method returns a new array.
 */
public class ActivationFunctions implements Activations {

    /**
     * a_i = g(z_i) with
     * <pre>
     *   SIGMOID  σ(z) = 1 / (1 + e^(−z))   for z ≥ 0,   e^z / (1 + e^z)   for z &lt; 0 (no overflow)
     *   TANH     tanh(z)
     *   RELU     max(0, z)
     * </pre>                                                                    shapes: z [h] -> a [h]
     */
    @Override
    public double[] g(Activation g, double[] z) {
        // BEGIN SOLUTION a new array with sigma(z_i) (branch on the sign of z_i so exp never overflows), tanh(z_i) or max(0, z_i)
        double[] a = new double[z.length];
        for (int i = 0; i < z.length; i++) {
            a[i] = switch (g) {
                case SIGMOID -> z[i] >= 0 ? 1 / (1 + Math.exp(-z[i])) : Math.exp(z[i]) / (1 + Math.exp(z[i]));
                case TANH -> Math.tanh(z[i]);
                case RELU -> Math.max(0, z[i]);
            };
        }
        return a;
        // END SOLUTION
    }

    /**
     * g'(z_i) with
     * <pre>
     *   SIGMOID  σ'(z) = σ(z)(1 − σ(z))
     *   TANH     tanh'(z) = 1 − tanh²(z)
     *   RELU     1 if z &gt; 0, else 0 (the unit step; at the kink z = 0 we choose 0)
     * </pre>                                                                    shapes: z [h] -> [h]
     */
    @Override
    public double[] gPrime(Activation g, double[] z) {
        // BEGIN SOLUTION from a = g(g, z): a(1 - a) for sigmoid, 1 - a*a for tanh, and 1 where z > 0 else 0 for ReLU
        double[] a = g(g, z);
        double[] gPrime = new double[z.length];
        for (int i = 0; i < z.length; i++) {
            gPrime[i] = switch (g) {
                case SIGMOID -> a[i] * (1 - a[i]);
                case TANH -> 1 - a[i] * a[i];
                case RELU -> z[i] > 0 ? 1 : 0;
            };
        }
        return gPrime;
        // END SOLUTION
    }

    /**
     * a2 = out(z2):
     * <pre>
     *   SOFTMAX_CROSS_ENTROPY         a2_i = exp(z2_i − m) / Σ_j exp(z2_j − m),  m = max z2
     *   SIGMOID_BINARY_CROSS_ENTROPY  a2_i = σ(z2_i)
     *   IDENTITY_SQUARED_ERROR        a2_i = z2_i (a copy)
     * </pre>                                                                   shapes: z2 [k] -> a2 [k]
     */
    @Override
    public double[] out(Output output, double[] z2) {
        // BEGIN SOLUTION softmax of z2 after subtracting max z2, or g(SIGMOID, z2), or a copy of z2
        switch (output) {
            case SOFTMAX_CROSS_ENTROPY: {
                double m = Double.NEGATIVE_INFINITY;
                for (double z2_i : z2) {
                    m = Math.max(m, z2_i);
                }
                double[] a2 = new double[z2.length];
                double sum = 0;
                for (int i = 0; i < z2.length; i++) {
                    a2[i] = Math.exp(z2[i] - m);
                    sum += a2[i];
                }
                for (int i = 0; i < z2.length; i++) {
                    a2[i] /= sum;
                }
                return a2;
            }
            case SIGMOID_BINARY_CROSS_ENTROPY:
                return g(Activation.SIGMOID, z2);
            case IDENTITY_SQUARED_ERROR:
                return z2.clone();
            default:
                throw new IllegalArgumentException("unknown output " + output);
        }
        // END SOLUTION
    }
}
