package nn.mlp;

import static nn.util.AllClose.assertAllClose;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/** Public tests of ActivationFunctions: small examples you can check by hand. The graders' suite has more. */
class ActivationFunctionsTest {

    private final Activations activations = new ActivationFunctions();

    @Test
    @DisplayName("g: σ(0) = 0.5, σ(ln 3) = 0.75, and no overflow at ±1000")
    void sigmoid() {
        assertAllClose(new double[] {0.5, 0.75, 0.25, 1, 0},
                activations.g(Activation.SIGMOID, new double[] {0, Math.log(3), -Math.log(3), 1000, -1000}), 1e-12, 1e-300,
                "g(SIGMOID, [0, ln 3, -ln 3, 1000, -1000])");
    }

    @Test
    @DisplayName("g: tanh(0) = 0, tanh(ln 2) = 0.6, tanh(±1000) = ±1")
    void tanh() {
        assertAllClose(new double[] {0, 0.6, -0.6, 1, -1},
                activations.g(Activation.TANH, new double[] {0, Math.log(2), -Math.log(2), 1000, -1000}), 1e-12, 1e-15,
                "g(TANH, [0, ln 2, -ln 2, 1000, -1000])");
    }

    @Test
    @DisplayName("g: ReLU is max(0, z)")
    void relu() {
        assertAllClose(new double[] {0, 0, 0.5, 3}, activations.g(Activation.RELU, new double[] {-2, 0, 0.5, 3}), 0, 0,
                "g(RELU, [-2, 0, 0.5, 3])");
    }

    @Test
    @DisplayName("gPrime: σ'(0) = 0.25, σ'(ln 3) = 0.1875, and 0 (not NaN) at ±1000")
    void sigmoidPrime() {
        assertAllClose(new double[] {0.25, 0.1875, 0.1875, 0, 0},
                activations.gPrime(Activation.SIGMOID, new double[] {0, Math.log(3), -Math.log(3), 1000, -1000}), 1e-12,
                1e-300, "gPrime(SIGMOID, [0, ln 3, -ln 3, 1000, -1000])");
    }

    @Test
    @DisplayName("gPrime: tanh'(0) = 1, tanh'(ln 2) = 1 − 0.36 = 0.64")
    void tanhPrime() {
        assertAllClose(new double[] {1, 0.64, 0.64, 0},
                activations.gPrime(Activation.TANH, new double[] {0, Math.log(2), -Math.log(2), 1000}), 1e-12, 1e-15,
                "gPrime(TANH, [0, ln 2, -ln 2, 1000])");
    }

    @Test
    @DisplayName("gPrime: ReLU' is the unit step, with 0 at the kink z = 0")
    void reluPrime() {
        assertAllClose(new double[] {0, 0, 1, 1}, activations.gPrime(Activation.RELU, new double[] {-2, 0, 1e-9, 3}), 0, 0,
                "gPrime(RELU, [-2, 0, 1e-9, 3])");
    }

    @Test
    @DisplayName("out: softmax of [0, ln 3] is [0.25, 0.75], and of [1000, 1000] is [0.5, 0.5] (subtract max z)")
    void softmax() {
        assertAllClose(new double[] {0.25, 0.75}, activations.out(Output.SOFTMAX_CROSS_ENTROPY, new double[] {0, Math.log(3)}),
                1e-12, 0, "out(SOFTMAX_CROSS_ENTROPY, [0, ln 3])");
        assertAllClose(new double[] {0.5, 0.5}, activations.out(Output.SOFTMAX_CROSS_ENTROPY, new double[] {1000, 1000}),
                1e-12, 0, "out(SOFTMAX_CROSS_ENTROPY, [1000, 1000])");
    }

    @Test
    @DisplayName("out: σ(z2) for a sigmoid output, z2 itself for the identity")
    void sigmoidAndIdentity() {
        assertAllClose(new double[] {0.75, 0}, activations.out(Output.SIGMOID_BINARY_CROSS_ENTROPY, new double[] {Math.log(3), -1000}),
                1e-12, 1e-300, "out(SIGMOID_BINARY_CROSS_ENTROPY, [ln 3, -1000])");
        assertAllClose(new double[] {-1.5, 2}, activations.out(Output.IDENTITY_SQUARED_ERROR, new double[] {-1.5, 2}), 0, 0,
                "out(IDENTITY_SQUARED_ERROR, [-1.5, 2])");
    }

    @Test
    @DisplayName("no method changes its input (the identity returns a copy)")
    void inputsUnchanged() {
        double[] z = {-1, 0, 2};
        for (Activation g : Activation.values()) {
            activations.g(g, z);
            activations.gPrime(g, z);
        }
        for (Output output : Output.values()) {
            double[] a2 = activations.out(output, z);
            a2[0] = 42;
        }
        assertAllClose(new double[] {-1, 0, 2}, z, 0, 0, "z after g, gPrime and out (and writing into out's result)");
    }
}
