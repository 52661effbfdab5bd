package nn.softmax.grading;

import static nn.softmax.grading.Inputs.FEW_ROUNDINGS;
import static nn.softmax.grading.Inputs.GRADIENT_FLOOR;
import static nn.softmax.grading.Inputs.GRADIENT_RELATIVE_ERROR;
import static nn.softmax.grading.Inputs.GRADIENT_TRIALS;
import static nn.softmax.grading.Inputs.ROUNDING;
import static nn.softmax.grading.Inputs.TRIALS;
import static nn.softmax.grading.Inputs.dot;
import static nngrader.api.Check.show;

import java.util.function.Supplier;
import nn.softmax.LogisticRegression;
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
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;

/** Lecture 1: binary logistic regression, z = w·x + b, σ(z), binary cross-entropy and its gradient. */
@Order(1)
@DisplayName("Logistic regression")
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class LogisticRegressionTests {

    // ---- score -------------------------------------------------------------------------------

    @Test
    @Order(1)
    @Points(1)
    @DisplayName("score: z = w·x + b on fixed examples")
    void scoreIsDotProductPlusBias(@Student LogisticRegression student) {
        // 0.5·2 + (−1)·3 + 2·0.25 = −1.5, plus b = 0.75
        Check.allClose(-0.75, student.score(new double[] {0.5, -1, 2}, 0.75, new double[] {2, 3, 0.25}),
                Tolerance.rtol(1e-12).atol(1e-12),
                "score(w = [0.5, -1.0, 2.0], b = 0.75, x = [2.0, 3.0, 0.25])");
        Check.allClose(3.0, student.score(new double[] {0, 0}, 3.0, new double[] {5, -5}),
                Tolerance.rtol(1e-12).atol(1e-12),
                "score(w = [0.0, 0.0], b = 3.0, x = [5.0, -5.0]) (only the bias is left)");
    }

    @HiddenUntilPublished
    @Order(2)
    @Points(1)
    @DisplayName("score: matches the reference on 20 random examples (rtol 1e-9)")
    void scoreMatchesReference(@Student LogisticRegression student, @Reference LogisticRegression reference,
                               Seeded random) {
        for (int trial = 0; trial < TRIALS; trial++) {
            int d = random.between(1, 8);
            double[] w = random.gaussian(d, 1.0);
            double b = random.gaussian(1.0);
            double[] x = random.gaussian(d, 2.0);
            Check.allClose(reference.score(w, b, x), student.score(w.clone(), b, x.clone()), ROUNDING,
                    () -> "score(w = " + show(w) + ", b = " + show(b) + ", x = " + show(x) + ")");
        }
    }

    // ---- sigmoid -----------------------------------------------------------------------------

    @Test
    @Order(3)
    @Points(1)
    @DisplayName("sigmoid: σ(z) = 1 / (1 + e^(−z)) at z = 0, ±2, −0.5")
    void sigmoidAtFixedPoints(@Student LogisticRegression student) {
        for (double z : new double[] {0, 2, -2, -0.5}) {
            Check.allClose(1 / (1 + Math.exp(-z)), student.sigmoid(z), Tolerance.rtol(1e-12),
                    () -> "sigmoid(" + show(z) + ")");
        }
    }

    @HiddenUntilPublished
    @Order(4)
    @Points(2)
    @Tag("stability")
    @DisplayName("sigmoid: finite and correct at z = ±40 and ±1000 (no overflow)")
    void sigmoidIsStable(@Student LogisticRegression student) {
        for (double z : new double[] {1000, -1000, 40, -40}) {
            double s = student.sigmoid(z);
            Check.finite(s, () -> "sigmoid(" + show(z) + ")");
            Check.allClose(z > 0 ? 1 / (1 + Math.exp(-z)) : Math.exp(z) / (1 + Math.exp(z)), s, FEW_ROUNDINGS,
                    () -> "sigmoid(" + show(z) + ")");
        }
    }

    // ---- binary cross-entropy ----------------------------------------------------------------

    @Test
    @Order(5)
    @Points(2)
    @DisplayName("binaryCrossEntropy: L = −[y log σ(z) + (1 − y) log(1 − σ(z))] at fixed z and y")
    void binaryCrossEntropyAtFixedPoints(@Student LogisticRegression student) {
        double[][] cases = {{0, 0}, {0, 1}, {2, 1}, {2, 0}, {-1.5, 0}, {-1.5, 1}};
        for (double[] c : cases) {
            double z = c[0];
            int y = (int) c[1];
            double sigma = 1 / (1 + Math.exp(-z));
            double expected = -(y * Math.log(sigma) + (1 - y) * Math.log(1 - sigma));
            Check.allClose(expected, student.binaryCrossEntropy(z, y), ROUNDING,
                    () -> "binaryCrossEntropy(" + show(z) + ", " + y + ")");
        }
    }

    @HiddenUntilPublished
    @Order(6)
    @Points(1)
    @DisplayName("binaryCrossEntropy: matches the reference on 20 random z in [−8, 8] (rtol 1e-9)")
    void binaryCrossEntropyMatchesReference(@Student LogisticRegression student,
                                            @Reference LogisticRegression reference, Seeded random) {
        for (int trial = 0; trial < TRIALS; trial++) {
            double z = random.uniform(-8, 8);
            int y = random.label(2);
            Check.allClose(reference.binaryCrossEntropy(z, y), student.binaryCrossEntropy(z, y), ROUNDING,
                    () -> "binaryCrossEntropy(" + show(z) + ", " + y + ")");
        }
    }

    @HiddenUntilPublished
    @Order(7)
    @Points(2)
    @Tag("stability")
    @DisplayName("binaryCrossEntropy: finite and correct at z = ±40 and ±1000, where σ(z) rounds to 0 or 1")
    void binaryCrossEntropyIsStable(@Student LogisticRegression student) {
        double[][] cases = {{1000, 0}, {-1000, 1}, {1000, 1}, {-1000, 0}, {40, 0}, {-40, 1}, {40, 1}};
        for (double[] c : cases) {
            double z = c[0];
            int y = (int) c[1];
            double expected = Math.max(z, 0) - y * z + Math.log1p(Math.exp(-Math.abs(z)));   // softplus(z) − y z
            double loss = student.binaryCrossEntropy(z, y);
            Supplier<String> what = () -> "binaryCrossEntropy(" + show(z) + ", " + y + ")";
            Check.finite(loss, what);
            Check.allClose(expected, loss, Tolerance.rtol(1e-9).atol(1e-15), what);
        }
    }

    // ---- gradient ----------------------------------------------------------------------------

    @Test
    @Order(8)
    @Points(2)
    @DisplayName("dL_dw and dL_db: (σ(z) − y) x and σ(z) − y on a fixed example")
    void gradientOnFixedExample(@Student LogisticRegression student) {
        double[] w = {1, -2};
        double b = 0.5;
        double[] x = {3, 1};
        double sigma = 1 / (1 + Math.exp(-1.5));              // z = 3 − 2 + 0.5 = 1.5
        for (int y = 0; y <= 1; y++) {
            String args = "(w = [1.0, -2.0], b = 0.5, x = [3.0, 1.0], y = " + y + ")";
            Check.allClose(new double[] {(sigma - y) * 3, (sigma - y) * 1}, student.dL_dw(w.clone(), b, x.clone(), y),
                    ROUNDING, "dL_dw" + args);
            Check.allClose(sigma - y, student.dL_db(w.clone(), b, x.clone(), y), ROUNDING, "dL_db" + args);
        }
    }

    @HiddenUntilPublished
    @Order(9)
    @Points(2)
    @Tag("gradient")
    @DisplayName("dL_dw and dL_db: match centered differences of your own binaryCrossEntropy, which must be right"
            + " (relative error ≤ 1e-6 or difference ≤ 1e-8)")
    void gradientMatchesNumericalGradientOfOwnLoss(@Student LogisticRegression student,
                                                   @Reference LogisticRegression reference, Seeded random) {
        for (int trial = 0; trial < GRADIENT_TRIALS; trial++) {
            int d = random.between(1, 6);
            double[] w = random.gaussian(d, 1.0);
            double b = random.gaussian(1.0);
            double[] x = random.gaussian(d, 1.0);
            int y = random.label(2);
            // z = w·x + b is computed here, so only your binaryCrossEntropy is differentiated.
            double z = dot(w, x) + b;
            Check.allClose(reference.binaryCrossEntropy(z, y), student.binaryCrossEntropy(z, y), ROUNDING,
                    () -> "binaryCrossEntropy(" + show(z) + ", " + y + ")" + Inputs.OWN_LOSS_FIRST);
            double[] numericalW = NumericalGradient.gradient(v -> student.binaryCrossEntropy(dot(v, x) + b, y), w);
            double[] numericalB = NumericalGradient.gradient(v -> student.binaryCrossEntropy(dot(w, x) + v[0], y),
                    new double[] {b});
            String args = "(w = " + show(w) + ", b = " + show(b) + ", x = " + show(x) + ", y = " + y + ")";
            Check.gradientMatches(numericalW, student.dL_dw(w.clone(), b, x.clone(), y), GRADIENT_RELATIVE_ERROR,
                    GRADIENT_FLOOR, "dL_dw" + args + " against centered differences of your binaryCrossEntropy");
            Check.gradientMatches(numericalB, new double[] {student.dL_db(w.clone(), b, x.clone(), y)},
                    GRADIENT_RELATIVE_ERROR, GRADIENT_FLOOR,
                    "dL_db" + args + " against centered differences of your binaryCrossEntropy");
        }
    }

    @HiddenUntilPublished
    @Order(10)
    @Points(2)
    @Tag("gradient")
    @DisplayName("dL_dw and dL_db: match the reference on 20 random examples (rtol 1e-9)")
    void gradientMatchesReference(@Student LogisticRegression student, @Reference LogisticRegression reference,
                                  Seeded random) {
        for (int trial = 0; trial < TRIALS; trial++) {
            int d = random.between(1, 8);
            double[] w = random.gaussian(d, 1.0);
            double b = random.gaussian(1.0);
            double[] x = random.gaussian(d, 1.0);
            int y = random.label(2);
            String args = "(w = " + show(w) + ", b = " + show(b) + ", x = " + show(x) + ", y = " + y + ")";
            Check.allClose(reference.dL_dw(w, b, x, y), student.dL_dw(w.clone(), b, x.clone(), y), ROUNDING,
                    "dL_dw" + args);
            Check.allClose(reference.dL_db(w, b, x, y), student.dL_db(w.clone(), b, x.clone(), y), ROUNDING,
                    "dL_db" + args);
        }
    }

    @HiddenUntilPublished
    @Order(11)
    @Points(0.5)
    @DisplayName("score, dL_dw and dL_db leave w and x unchanged (and return the right values)")
    void inputsAreNotChanged(@Student LogisticRegression student, @Reference LogisticRegression reference,
                             Seeded random) {
        double[] w = random.gaussian(4, 1.0);
        double[] x = random.gaussian(4, 1.0);
        double[] wBefore = w.clone();
        double[] xBefore = x.clone();
        // The results must be right too: code that computes nothing also leaves its inputs alone.
        double score = student.score(w, 0.5, x);
        Check.unchanged(wBefore, w, "w passed to score(w, b, x)");
        Check.unchanged(xBefore, x, "x passed to score(w, b, x)");
        Check.allClose(reference.score(wBefore, 0.5, xBefore), score, ROUNDING, "score(w, 0.5, x)");
        double[] dL_dw = student.dL_dw(w, 0.5, x, 1);
        Check.unchanged(wBefore, w, "w passed to dL_dw(w, b, x, y)");
        Check.unchanged(xBefore, x, "x passed to dL_dw(w, b, x, y)");
        Check.allClose(reference.dL_dw(wBefore, 0.5, xBefore, 1), dL_dw, ROUNDING, "dL_dw(w, 0.5, x, 1)");
        double dL_db = student.dL_db(w, 0.5, x, 0);
        Check.unchanged(wBefore, w, "w passed to dL_db(w, b, x, y)");
        Check.unchanged(xBefore, x, "x passed to dL_db(w, b, x, y)");
        Check.allClose(reference.dL_db(wBefore, 0.5, xBefore, 0), dL_db, ROUNDING, "dL_db(w, 0.5, x, 0)");
    }

    @HiddenUntilPublished
    @Order(12)
    @Points(1)
    @Tag("stability")
    @DisplayName("dL_dw and dL_db: finite and correct at z = ±1000 (σ(z) − y with your stable sigmoid)")
    void gradientIsStable(@Student LogisticRegression student) {
        double[] x = {2, -1};
        // z = w·x is 1000, −1000, 40 and −40 (the bias is 0)
        double[][] ws = {{500, 0}, {-500, 0}, {20, 0}, {0, 40}};
        for (double[] w : ws) {
            double z = dot(w, x);
            for (int y = 0; y <= 1; y++) {
                double sigma = z >= 0 ? 1 / (1 + Math.exp(-z)) : Math.exp(z) / (1 + Math.exp(z));
                String args = "(w = " + show(w) + ", b = 0.0, x = [2.0, -1.0], y = " + y + "), where z = " + show(z);
                double[] dL_dw = student.dL_dw(w.clone(), 0, x.clone(), y);
                Check.finite(dL_dw, "dL_dw" + args);
                Check.allClose(new double[] {(sigma - y) * x[0], (sigma - y) * x[1]}, dL_dw,
                        Tolerance.rtol(1e-9).atol(1e-15), "dL_dw" + args);
                double dL_db = student.dL_db(w.clone(), 0, x.clone(), y);
                Check.finite(dL_db, "dL_db" + args);
                Check.allClose(sigma - y, dL_db, Tolerance.rtol(1e-9).atol(1e-15), "dL_db" + args);
            }
        }
    }
}
