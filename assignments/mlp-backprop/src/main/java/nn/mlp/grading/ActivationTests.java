package nn.mlp.grading;

import static nn.mlp.grading.Inputs.FEW_ROUNDINGS;
import static nn.mlp.grading.Inputs.ROUNDING;
import static nn.mlp.grading.Inputs.TRIALS;
import static nngrader.api.Check.show;

import nn.mlp.Activation;
import nn.mlp.Activations;
import nn.mlp.Output;
import nn.util.NumericalGradient;
import nngrader.api.Check;
import nngrader.api.HiddenUntilPublished;
import nngrader.api.Points;
import nngrader.api.Reference;
import nngrader.api.Seeded;
import nngrader.api.Student;
import nngrader.api.Tolerance;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;

/**
 * The hidden units' nonlinearities g (sigmoid, tanh, ReLU), their derivatives g' away from and at
 * ReLU's kink, and the output units (softmax, sigmoid, identity).
 */
@Order(1)
@DisplayName("Activations: g, g' and the output units")
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class ActivationTests {

    /** Scores on both sides of 0, and 0 itself. */
    private static final double[] FIXED_Z = {-2, -0.5, 0, 0.5, 3};

    /** Away from ReLU's kink: no entry is 0. */
    private static final double[] AWAY_FROM_KINK = {-3, -1, -0.25, 0.25, 1.5, 4};

    // ---- g -----------------------------------------------------------------------------------

    @Test
    @Order(1)
    @Points(2)
    @DisplayName("g: σ(z), tanh(z) and max(0, z) on fixed z (rtol 1e-12)")
    void gOnFixedScores(@Student Activations student) {
        for (Activation g : Activation.values()) {
            Check.allClose(Maths.g(g, FIXED_Z), student.g(g, FIXED_Z.clone()), FEW_ROUNDINGS,
                    () -> "g(" + g + ", " + show(FIXED_Z) + ")");
        }
    }

    @HiddenUntilPublished
    @Order(2)
    @Points(2)
    @DisplayName("g: matches the reference on 20 random vectors for each activation (rtol 1e-9)")
    void gMatchesReference(@Student Activations student, @Reference Activations reference, Seeded random) {
        for (Activation g : Activation.values()) {
            for (int trial = 0; trial < TRIALS; trial++) {
                double[] z = random.gaussian(random.between(1, 8), 4.0);
                Check.allClose(reference.g(g, z), student.g(g, z.clone()), ROUNDING,
                        () -> "g(" + g + ", " + show(z) + ")");
            }
        }
    }

    // ---- g' ----------------------------------------------------------------------------------

    @Test
    @Order(3)
    @Points(2)
    @DisplayName("gPrime: σ(z)(1 − σ(z)), 1 − tanh²(z) and the unit step, away from 0 (rtol 1e-12)")
    void gPrimeAwayFromTheKink(@Student Activations student) {
        for (Activation g : Activation.values()) {
            Check.allClose(Maths.gPrime(g, AWAY_FROM_KINK), student.gPrime(g, AWAY_FROM_KINK.clone()), FEW_ROUNDINGS,
                    () -> "gPrime(" + g + ", " + show(AWAY_FROM_KINK) + ")");
        }
    }

    @Test
    @Order(4)
    @Points(1)
    @DisplayName("gPrime at z = 0: ReLU' is 0 at its kink (the stated choice), σ'(0) = 0.25, tanh'(0) = 1")
    void gPrimeAtTheKink(@Student Activations student) {
        double[] zeros = {0, 0};
        Check.allClose(new double[] {0, 0}, student.gPrime(Activation.RELU, zeros.clone()), Tolerance.EXACT,
                "gPrime(RELU, [0.0, 0.0]) (the unit step: 1 where z > 0, 0 where z ≤ 0)");
        Check.allClose(new double[] {0.25, 0.25}, student.gPrime(Activation.SIGMOID, zeros.clone()),
                Tolerance.rtol(1e-12),
                "gPrime(SIGMOID, [0.0, 0.0])");
        Check.allClose(new double[] {1, 1}, student.gPrime(Activation.TANH, zeros.clone()), Tolerance.rtol(1e-12),
                "gPrime(TANH, [0.0, 0.0])");
        double tiny = 1e-300;
        Check.allClose(new double[] {0, 1}, student.gPrime(Activation.RELU, new double[] {-tiny, tiny}),
                Tolerance.EXACT,
                "gPrime(RELU, [-1e-300, 1e-300]) (the step is 1 for every z > 0, however small)");
    }

    @HiddenUntilPublished
    @Order(5)
    @Points(1)
    @DisplayName("gPrime: matches centered differences of your own g, away from the kink, where your g is right"
            + " (relative error ≤ 1e-6)")
    void gPrimeMatchesNumericalDerivativeOfOwnG(@Student Activations student, Seeded random) {
        for (Activation g : Activation.values()) {
            for (int trial = 0; trial < 5; trial++) {
                double z = random.uniform(0.1, 3) * (random.between(0, 1) == 0 ? -1 : 1);
                // a derivative check against a wrong g (say, g ≡ 0 with g' ≡ 0) would prove nothing
                Check.allClose(Maths.g(g, new double[] {z}), student.g(g, new double[] {z}), ROUNDING, () -> "g(" + g
                        + ", [" + show(z) + "]), which this check differentiates numerically (make the g tests pass first)");
                double[] numerical = {NumericalGradient.gradient(v -> student.g(g, v)[0], new double[] {z})[0]};
                double[] analytic = student.gPrime(g, new double[] {z});
                Check.gradientMatches(numerical, analytic, 1e-6, 1e-10,
                        () -> "gPrime(" + g + ", [" + show(z) + "]) against centered differences of your g(" + g + ", z)");
            }
        }
    }

    @HiddenUntilPublished
    @Order(6)
    @Points(1)
    @DisplayName("gPrime: matches the reference on 20 random vectors for each activation, some entries exactly 0"
            + " (rtol 1e-9)")
    void gPrimeMatchesReference(@Student Activations student, @Reference Activations reference, Seeded random) {
        for (Activation g : Activation.values()) {
            for (int trial = 0; trial < TRIALS; trial++) {
                double[] z = random.gaussian(random.between(1, 8), 4.0);
                if (trial % 2 == 0) {
                    z[random.between(0, z.length - 1)] = 0;
                }
                Check.allClose(reference.gPrime(g, z), student.gPrime(g, z.clone()), ROUNDING,
                        () -> "gPrime(" + g + ", " + show(z) + ")");
            }
        }
    }

    // ---- out ---------------------------------------------------------------------------------

    @Test
    @Order(7)
    @Points(2)
    @DisplayName("out: softmax(z2), σ(z2) and z2 itself on fixed scores (rtol 1e-12)")
    void outOnFixedScores(@Student Activations student) {
        double[] z2 = {1, 2, 0.5, -1};
        Check.allClose(Maths.out(Output.SOFTMAX_CROSS_ENTROPY, z2),
                student.out(Output.SOFTMAX_CROSS_ENTROPY, z2.clone()), FEW_ROUNDINGS,
                () -> "out(SOFTMAX_CROSS_ENTROPY, " + show(z2) + ")");
        double[] one = {0.75};
        Check.allClose(Maths.out(Output.SIGMOID_BINARY_CROSS_ENTROPY, one),
                student.out(Output.SIGMOID_BINARY_CROSS_ENTROPY, one.clone()), FEW_ROUNDINGS,
                "out(SIGMOID_BINARY_CROSS_ENTROPY, [0.75])");
        Check.allClose(z2, student.out(Output.IDENTITY_SQUARED_ERROR, z2.clone()), Tolerance.EXACT,
                () -> "out(IDENTITY_SQUARED_ERROR, " + show(z2) + ")");
    }

    @Test
    @Order(8)
    @Points(2)
    @DisplayName("out: softmax and σ stay finite and exact for scores of ±1000 (subtract max z2)")
    void outIsStableForHugeScores(@Student Activations student) {
        double[] z2 = {1000, 999, -1000};
        Check.allClose(Maths.out(Output.SOFTMAX_CROSS_ENTROPY, z2),
                student.out(Output.SOFTMAX_CROSS_ENTROPY, z2.clone()), Tolerance.rtol(1e-12).atol(1e-300),
                "out(SOFTMAX_CROSS_ENTROPY, [1000.0, 999.0, -1000.0]) (softmax(z) = softmax(z − max z))");
        double[] equal = {1000, 1000};
        Check.allClose(new double[] {0.5, 0.5}, student.out(Output.SOFTMAX_CROSS_ENTROPY, equal.clone()),
                Tolerance.rtol(1e-12),
                "out(SOFTMAX_CROSS_ENTROPY, [1000.0, 1000.0])");
        Check.allClose(new double[] {1, 0},
                student.out(Output.SIGMOID_BINARY_CROSS_ENTROPY,
                        new double[] {1000,
                                -1000}), Tolerance.rtol(1e-12).atol(1e-300), "out(SIGMOID_BINARY_CROSS_ENTROPY, [1000.0, -1000.0])");
    }

    @HiddenUntilPublished
    @Order(9)
    @Points(1)
    @DisplayName("out: matches the reference on 20 random score vectors for each output unit (rtol 1e-9)")
    void outMatchesReference(@Student Activations student, @Reference Activations reference, Seeded random) {
        for (Output output : Output.values()) {
            for (int trial = 0; trial < TRIALS; trial++) {
                double[] z2 = random.gaussian(Inputs.outputs(random, output), 5.0);
                Check.allClose(reference.out(output, z2), student.out(output, z2.clone()), ROUNDING,
                        () -> "out(" + output + ", " + show(z2) + ")");
            }
        }
    }

    // ---- stability where the scores are large ------------------------------------------------

    @HiddenUntilPublished
    @Order(11)
    @Points(1)
    @DisplayName("g and gPrime: finite and right for z of ±40, ±300 and ±800 (σ and tanh without overflow)")
    void gAndGPrimeAreStableForLargeScores(@Student Activations student) {
        double[] z = {-800, -300, -40, 40, 300, 800};
        for (Activation g : Activation.values()) {
            String hint = g == Activation.RELU ? "" : g == Activation.SIGMOID
                    ? " (e^z overflows to ∞ for z > 709 and ∞/∞ is NaN: use e^(−|z|), as for σ's two branches)"
                    : " (e^z overflows to ∞ for z > 709 and ∞/∞ is NaN: use Math.tanh)";
            double[] a = student.g(g, z.clone());
            Check.finite(a, () -> "g(" + g + ", " + show(z) + ")" + hint);
            Check.allClose(Maths.g(g, z), a, FEW_ROUNDINGS, () -> "g(" + g + ", " + show(z) + ")");
            double[] slope = student.gPrime(g, z.clone());
            Check.finite(slope, () -> "gPrime(" + g + ", " + show(z) + ")" + hint);
            Check.allClose(Maths.gPrime(g, z), slope, Tolerance.rtol(1e-9).atol(1e-15),
                    () -> "gPrime(" + g + ", " + show(z) + ")");
        }
    }

    // ---- inputs ------------------------------------------------------------------------------

    @HiddenUntilPublished
    @Order(10)
    @Points(0.5)
    @DisplayName("g, gPrime and out leave z unchanged")
    void inputsAreNotChanged(@Student Activations student, Seeded random) {
        for (Activation g : Activation.values()) {
            double[] z = random.gaussian(5, 2.0);
            double[] before = z.clone();
            double[] a = student.g(g, z);
            Check.unchanged(before, z, "z passed to g(" + g + ", z)");
            if (g == Activation.SIGMOID) {
                Inputs.computes(Inputs.nonZero(a), "g(SIGMOID, " + show(before) + ")");
            }
            student.gPrime(g, z);
            Check.unchanged(before, z, "z passed to gPrime(" + g + ", z)");
        }
        for (Output output : Output.values()) {
            double[] z2 = random.gaussian(Inputs.outputs(random, output), 2.0);
            double[] before = z2.clone();
            double[] a2 = student.out(output, z2);
            Check.unchanged(before, z2, "z2 passed to out(" + output + ", z2)");
            if (output == Output.SOFTMAX_CROSS_ENTROPY) {
                Inputs.computes(Inputs.nonZero(a2), "out(SOFTMAX_CROSS_ENTROPY, " + show(before) + ")");
            }
        }
    }
}
