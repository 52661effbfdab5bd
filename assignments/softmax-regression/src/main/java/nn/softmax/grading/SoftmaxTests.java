package nn.softmax.grading;

import static nn.softmax.grading.Inputs.ROUNDING;
import static nn.softmax.grading.Inputs.TRIALS;
import static nngrader.api.Check.show;

import java.util.function.Supplier;
import nn.softmax.Params;
import nn.softmax.SoftmaxRegression;
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
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;

/**
 * Lecture 2: softmax regression forward, z = W x + b, a = softmax(z), log-softmax, cross-entropy,
 * one-hot labels. Only the tests tagged "stability" use huge scores (±1000); all others stay at
 * moderate scales, where even a softmax that forgets to subtract max z is exact.
 */
@Order(2)
@DisplayName("Softmax regression: scores, softmax, cross-entropy")
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class SoftmaxTests {

    // ---- scores ------------------------------------------------------------------------------

    @Test
    @Order(1)
    @Points(1)
    @DisplayName("scores: z = W x + b for a fixed W [3][2], b [3], x [2]")
    void scoresOnFixedExample(@Student SoftmaxRegression student) {
        Params p = new Params(new double[][] {{1, 2}, {0, -1}, {3, 0.5}}, new double[] {0.5, 0, -1});
        double[] x = {2, -1};
        // row i of W scores class i: [1·2 + 2·(−1) + 0.5, 0·2 + (−1)(−1) + 0, 3·2 + 0.5·(−1) − 1]
        Check.allClose(new double[] {0.5, 1, 4.5}, student.scores(Inputs.copy(p), x.clone()),
                Tolerance.rtol(1e-12).atol(1e-12),
                () -> "scores(" + Inputs.show(p) + ", x = " + show(x) + ")");
    }

    @HiddenUntilPublished
    @Order(2)
    @Points(2)
    @DisplayName("scores: match the reference for 20 random W [k][d], b, x (rtol 1e-9)")
    void scoresMatchReference(@Student SoftmaxRegression student, @Reference SoftmaxRegression reference,
                              Seeded random) {
        for (int trial = 0; trial < TRIALS; trial++) {
            int k = random.between(2, 6);
            int d = random.between(1, 6);
            Params p = Inputs.params(random, k, d, 1.0);
            double[] x = random.gaussian(d, 1.0);
            Check.allClose(reference.scores(p, x), student.scores(Inputs.copy(p), x.clone()), ROUNDING,
                    () -> "scores(" + Inputs.show(p) + ", x = " + show(x) + ") with k = " + k + " classes, d = " + d
                            + " features");
        }
    }

    // ---- softmax -----------------------------------------------------------------------------

    @Test
    @Order(3)
    @Points(2)
    @DisplayName("softmax: a_i = exp(z_i) / Σ_j exp(z_j) for fixed scores; equal scores give equal probabilities")
    void softmaxOnFixedScores(@Student SoftmaxRegression student) {
        double e = Math.E;
        double sum = e + e * e + e * e * e;
        Check.allClose(new double[] {e / sum, e * e / sum, e * e * e / sum}, student.softmax(new double[] {1, 2, 3}),
                ROUNDING, "softmax([1.0, 2.0, 3.0])");
        Check.allClose(new double[] {0.25, 0.25, 0.25, 0.25}, student.softmax(new double[] {5, 5, 5, 5}), ROUNDING,
                "softmax([5.0, 5.0, 5.0, 5.0])");
        Check.allClose(new double[] {1}, student.softmax(new double[] {-3}), ROUNDING, "softmax([-3.0])");
    }

    @HiddenUntilPublished
    @Order(4)
    @Points(2)
    @DisplayName("softmax: sums to 1 and matches the reference on 20 random score vectors (rtol 1e-9)")
    void softmaxMatchesReference(@Student SoftmaxRegression student, @Reference SoftmaxRegression reference,
                                 Seeded random) {
        for (int trial = 0; trial < TRIALS; trial++) {
            double[] z = random.gaussian(random.between(2, 10), 5.0);
            Supplier<String> what = () -> "softmax(" + show(z) + ")";
            double[] a = student.softmax(z.clone());
            Check.shape(z.length, a, what);
            Check.allClose(1.0, Inputs.sum(a), Tolerance.rtol(1e-9), () -> "the sum of " + what.get());
            Check.allClose(reference.softmax(z), a, ROUNDING, what);
        }
    }

    @HiddenUntilPublished
    @Order(5)
    @Points(2)
    @Tag("stability")
    @DisplayName("softmax: finite and correct for scores of ±1000 (subtract max z before exp)")
    void softmaxIsStable(@Student SoftmaxRegression student) {
        double[][] cases = {{1000, 1000}, {-1000, -1000, -1000}, {1000, 999, 998}, {1000, -1000}, {0, 1000, -1000}};
        for (double[] z : cases) {
            Supplier<String> what = () -> "softmax(" + show(z) + ")";
            double[] a = student.softmax(z.clone());
            Check.finite(a, what);
            Check.allClose(Inputs.softmax(z), a, ROUNDING, what);
        }
    }

    // ---- log-softmax -------------------------------------------------------------------------

    @Test
    @Order(6)
    @Points(2)
    @DisplayName("logSoftmax: log a_i = z_i − log Σ_j exp(z_j) for fixed scores")
    void logSoftmaxOnFixedScores(@Student SoftmaxRegression student) {
        double logSum = Math.log(Math.E + Math.exp(2) + Math.exp(3));
        Check.allClose(new double[] {1 - logSum, 2 - logSum, 3 - logSum}, student.logSoftmax(new double[] {1, 2, 3}),
                ROUNDING, "logSoftmax([1.0, 2.0, 3.0])");
        Check.allClose(new double[] {-Math.log(2), -Math.log(2)}, student.logSoftmax(new double[] {0, 0}), ROUNDING,
                "logSoftmax([0.0, 0.0])");
    }

    @HiddenUntilPublished
    @Order(7)
    @Points(1)
    @DisplayName("logSoftmax: matches the reference on 20 random score vectors (rtol 1e-9)")
    void logSoftmaxMatchesReference(@Student SoftmaxRegression student, @Reference SoftmaxRegression reference,
                                    Seeded random) {
        for (int trial = 0; trial < TRIALS; trial++) {
            double[] z = random.gaussian(random.between(2, 10), 5.0);
            Check.allClose(reference.logSoftmax(z), student.logSoftmax(z.clone()), ROUNDING,
                    () -> "logSoftmax(" + show(z) + ")");
        }
    }

    @HiddenUntilPublished
    @Order(8)
    @Points(2)
    @Tag("stability")
    @DisplayName("logSoftmax: finite and correct for scores of ±1000 (not log of a probability that rounded to 0)")
    void logSoftmaxIsStable(@Student SoftmaxRegression student) {
        double[][] cases = {{1000, 0}, {-1000, -1000}, {1000, 999, 998}, {0, 1000, -1000}};
        for (double[] z : cases) {
            double[] expected = new double[z.length];
            for (int i = 0; i < z.length; i++) {
                expected[i] = z[i] - Inputs.logSumExp(z);
            }
            Supplier<String> what = () -> "logSoftmax(" + show(z) + ")";
            double[] logA = student.logSoftmax(z.clone());
            Check.finite(logA, what);
            Check.allClose(expected, logA, ROUNDING, what);
        }
    }

    // ---- cross-entropy -----------------------------------------------------------------------

    @Test
    @Order(9)
    @Points(2)
    @DisplayName("crossEntropy: L = −log a_y for fixed scores")
    void crossEntropyOnFixedScores(@Student SoftmaxRegression student) {
        double logSum = Math.log(Math.E + Math.exp(2) + Math.exp(3));
        Check.allClose(logSum - 3, student.crossEntropy(new double[] {1, 2, 3}, 2), ROUNDING,
                "crossEntropy([1.0, 2.0, 3.0], 2)");
        Check.allClose(logSum - 1, student.crossEntropy(new double[] {1, 2, 3}, 0), ROUNDING,
                "crossEntropy([1.0, 2.0, 3.0], 0)");
        Check.allClose(Math.log(2), student.crossEntropy(new double[] {0, 0}, 1), ROUNDING,
                "crossEntropy([0.0, 0.0], 1)");
    }

    @HiddenUntilPublished
    @Order(10)
    @Points(2)
    @DisplayName("crossEntropy: matches the reference on 20 random scores and labels (rtol 1e-9)")
    void crossEntropyMatchesReference(@Student SoftmaxRegression student, @Reference SoftmaxRegression reference,
                                      Seeded random) {
        for (int trial = 0; trial < TRIALS; trial++) {
            double[] z = random.gaussian(random.between(2, 10), 5.0);
            int y = random.label(z.length);
            Check.allClose(reference.crossEntropy(z, y), student.crossEntropy(z.clone(), y), ROUNDING,
                    () -> "crossEntropy(" + show(z) + ", " + y + ")");
        }
    }

    @HiddenUntilPublished
    @Order(11)
    @Points(2)
    @Tag("stability")
    @DisplayName("crossEntropy: finite and correct for scores of ±1000 (compute it from logSoftmax)")
    void crossEntropyIsStable(@Student SoftmaxRegression student) {
        double[][] zs = {{1000, 0}, {1000, 0}, {-1000, -1000}, {0, 1000, -1000}, {1000, 999, 998}};
        int[] ys = {1, 0, 0, 2, 2};
        for (int c = 0; c < zs.length; c++) {
            String what = "crossEntropy(" + show(zs[c]) + ", " + ys[c] + ")";
            double loss = student.crossEntropy(zs[c].clone(), ys[c]);
            Check.finite(loss, what);
            Check.allClose(Inputs.crossEntropy(zs[c], ys[c]), loss, ROUNDING, what);
        }
    }

    // ---- one-hot -----------------------------------------------------------------------------

    @Test
    @Order(12)
    @Points(1)
    @DisplayName("oneHot: 1 at y, 0 elsewhere, k entries")
    void oneHot(@Student SoftmaxRegression student) {
        Check.allClose(new double[] {0, 0, 1, 0}, student.oneHot(2, 4), Tolerance.EXACT, "oneHot(2, 4)");
        Check.allClose(new double[] {1, 0, 0}, student.oneHot(0, 3), Tolerance.EXACT, "oneHot(0, 3)");
        Check.allClose(new double[] {0, 0, 0, 0, 1}, student.oneHot(4, 5), Tolerance.EXACT, "oneHot(4, 5)");
        Check.allClose(new double[] {1}, student.oneHot(0, 1), Tolerance.EXACT, "oneHot(0, 1)");
    }

    // ---- inputs ------------------------------------------------------------------------------

    @HiddenUntilPublished
    @Order(13)
    @Points(0.5)
    @DisplayName("scores, softmax, logSoftmax and crossEntropy leave their inputs unchanged (and return the right"
            + " values)")
    void inputsAreNotChanged(@Student SoftmaxRegression student, @Reference SoftmaxRegression reference,
                             Seeded random) {
        // The results must be right too: code that computes nothing also leaves its inputs alone.
        Params p = Inputs.params(random, 3, 4, 1.0);
        Params pBefore = Inputs.copy(p);
        double[] x = random.gaussian(4, 1.0);
        double[] xBefore = x.clone();
        double[] z = student.scores(p, x);
        Inputs.unchanged(pBefore, p, "p passed to scores(p, x)");
        Check.unchanged(xBefore, x, "x passed to scores(p, x)");
        Check.allClose(reference.scores(pBefore, xBefore), z, ROUNDING, "scores(p, x)");

        z = random.gaussian(5, 2.0);
        double[] zBefore = z.clone();
        double[] a = student.softmax(z);
        Check.unchanged(zBefore, z, "z passed to softmax(z)");
        Check.allClose(reference.softmax(zBefore), a, ROUNDING, "softmax(z)");
        double[] logA = student.logSoftmax(z);
        Check.unchanged(zBefore, z, "z passed to logSoftmax(z)");
        Check.allClose(reference.logSoftmax(zBefore), logA, ROUNDING, "logSoftmax(z)");
        double loss = student.crossEntropy(z, 1);
        Check.unchanged(zBefore, z, "z passed to crossEntropy(z, y)");
        Check.allClose(reference.crossEntropy(zBefore, 1), loss, ROUNDING, "crossEntropy(z, 1)");
    }

    @HiddenUntilPublished
    @Order(14)
    @Points(1)
    @DisplayName("labels outside [0, k): oneHot(y, k) rejects them with an IllegalArgumentException (y = k, y = −1)")
    void oneHotRejectsLabelsOutsideTheClasses(@Student SoftmaxRegression student) {
        Inputs.rejects(IllegalArgumentException.class, () -> student.oneHot(3, 3), "oneHot(3, 3)");
        Inputs.rejects(IllegalArgumentException.class, () -> student.oneHot(-1, 3), "oneHot(-1, 3)");
        Inputs.rejects(IllegalArgumentException.class, () -> student.oneHot(7, 2), "oneHot(7, 2)");
    }
}
