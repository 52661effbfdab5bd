package nn.softmax.grading;

import static nn.softmax.grading.Inputs.GRADIENT_FLOOR;
import static nn.softmax.grading.Inputs.GRADIENT_RELATIVE_ERROR;
import static nn.softmax.grading.Inputs.GRADIENT_TRIALS;
import static nn.softmax.grading.Inputs.ROUNDING;
import static nn.softmax.grading.Inputs.TRIALS;
import static nngrader.api.Check.show;

import java.util.function.Supplier;
import nn.softmax.Params;
import nn.softmax.SoftmaxRegression;
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

/**
 * Lecture 4: the regularized mean loss over a batch, J = (1/n) Σ_i L(x_i, y_i) + (λ/2) ‖W‖²,
 * and its gradient; the bias is not penalized.
 */
@Order(4)
@DisplayName("Softmax regression: the batch loss and its gradient")
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class BatchLossTests {

    /** W [3][2], b [3]: three classes over two features. */
    private static final Params FIXED = new Params(new double[][] {{1, 0}, {0, 1}, {-1, -1}}, new double[] {0, 0.5, 0});
    private static final double[][] FIXED_X = {{1, 2}, {0, -1}};
    private static final int[] FIXED_Y = {1, 2};

    /** Scores of ±1000 and more: W x + b for FIXED_X is [1000, 2000, −3000] and [0, −1000, 1000]. */
    private static final Params HUGE = new Params(new double[][] {{1000, 0}, {0, 1000}, {-1000, -1000}},
            new double[] {0, 0, 0});

    /** (1/n) Σ_i −log softmax(W x_i + b)_{y_i}, computed here. */
    private static String args(Params p, double[][] X, int[] y, double lambda) {
        return "(" + Inputs.show(p) + ", X = " + show(X) + ", y = " + show(y) + ", λ = " + show(lambda) + ")";
    }

    // ---- loss --------------------------------------------------------------------------------

    @Test
    @Order(1)
    @Points(2)
    @DisplayName("loss: the mean cross-entropy over a fixed batch of 2 examples, λ = 0")
    void lossIsMeanCrossEntropy(@Student SoftmaxRegression student) {
        Check.allClose(Inputs.meanCrossEntropy(FIXED, FIXED_X, FIXED_Y),
                student.loss(Inputs.copy(FIXED), Check.copy(FIXED_X), FIXED_Y.clone(), 0), ROUNDING,
                () -> "loss" + args(FIXED, FIXED_X, FIXED_Y, 0));
    }

    @Test
    @Order(2)
    @Points(2)
    @DisplayName("loss: adds (λ/2) ‖W‖² and does not penalize b, on a fixed batch with λ = 0.5")
    void lossAddsPenaltyOnWeightsOnly(@Student SoftmaxRegression student) {
        double lambda = 0.5;
        Params p = new Params(FIXED.W(), new double[] {3, -2, 1});
        double expected = Inputs.meanCrossEntropy(p, FIXED_X, FIXED_Y) + lambda / 2 * Inputs.squaredNorm(p.W());
        Check.allClose(expected, student.loss(Inputs.copy(p), Check.copy(FIXED_X), FIXED_Y.clone(), lambda), ROUNDING,
                () -> "loss" + args(p, FIXED_X, FIXED_Y, lambda) + ", where (λ/2) ‖W‖² = "
                        + show(lambda / 2 * Inputs.squaredNorm(p.W())) + " and (λ/2) ‖b‖² = "
                        + show(lambda / 2 * Inputs.squaredNorm(p.b())) + " (b must not be penalized)");
    }

    @HiddenUntilPublished
    @Order(3)
    @Points(2)
    @DisplayName("loss: matches the reference on 20 random batches (n ≤ 5, λ in [0, 1]; rtol 1e-9)")
    void lossMatchesReference(@Student SoftmaxRegression student, @Reference SoftmaxRegression reference,
                              Seeded random) {
        for (int trial = 0; trial < TRIALS; trial++) {
            int k = random.between(2, 4);
            int d = random.between(1, 3);
            int n = random.between(1, 5);
            Params p = Inputs.params(random, k, d, 1.0);
            double[][] X = random.gaussian(n, d, 1.0);
            int[] y = random.labels(n, k);
            double lambda = random.uniform(0, 1);
            Check.allClose(reference.loss(p, X, y, lambda),
                    student.loss(Inputs.copy(p), Check.copy(X), y.clone(), lambda), ROUNDING,
                    () -> "loss" + args(p, X, y, lambda));
        }
    }

    // ---- lossGradient ------------------------------------------------------------------------

    @Test
    @Order(4)
    @Points(1)
    @Tag("gradient")
    @DisplayName("lossGradient: W has the shape [k][d] of the parameters and b has [k] (and is not all 0)")
    void lossGradientHasShapeOfParams(@Student SoftmaxRegression student, Seeded random) {
        Params p = Inputs.params(random, 4, 2, 1.0);
        double[][] X = random.gaussian(3, 2, 1.0);
        Params gradient = student.lossGradient(p, X, new int[] {0, 3, 1}, 0.1);
        Check.isTrue(gradient != null, "lossGradient(p, X, y, 0.1) returned null");
        Check.shape(4, 2, gradient.W(), "lossGradient(p, X, y, 0.1).W() for k = 4 classes, d = 2 features");
        Check.shape(4, gradient.b(), "lossGradient(p, X, y, 0.1).b() for k = 4 classes");
        Check.isTrue(Inputs.squaredNorm(gradient.W()) + Inputs.squaredNorm(gradient.b()) > 0,
                "lossGradient(p, X, y, 0.1) is 0 in every entry, but at these random parameters the gradient is not");
    }

    @HiddenUntilPublished
    @Order(5)
    @Points(3)
    @Tag("gradient")
    @DisplayName("lossGradient: matches centered differences of your own loss with λ = 0.1, which must be right"
            + " (relative error ≤ 1e-6 or difference ≤ 1e-8)")
    void lossGradientMatchesNumericalGradientOfOwnLoss(@Student SoftmaxRegression student,
                                                       @Reference SoftmaxRegression reference, Seeded random) {
        double lambda = 0.1;
        for (int trial = 0; trial < GRADIENT_TRIALS; trial++) {
            int k = random.between(2, 4);
            int d = random.between(1, 3);
            int n = random.between(2, 5);
            Params p = Inputs.params(random, k, d, 0.5);
            double[][] X = random.gaussian(n, d, 1.0);
            int[] y = random.labels(n, k);
            Check.allClose(reference.loss(p, X, y, lambda),
                    student.loss(Inputs.copy(p), Check.copy(X), y.clone(), lambda), ROUNDING, () -> "loss" + args(p, X,
                            y, lambda) + Inputs.OWN_LOSS_FIRST);
            double[][] numericalW = NumericalGradient.gradient(
                    W -> student.loss(new Params(W, p.b().clone()), Check.copy(X), y.clone(), lambda), p.W());
            double[] numericalB = NumericalGradient.gradient(
                    b -> student.loss(new Params(Check.copy(p.W()), b), Check.copy(X), y.clone(), lambda), p.b());
            Params analytic = student.lossGradient(Inputs.copy(p), Check.copy(X), y.clone(), lambda);
            Supplier<String> what = () -> "lossGradient" + args(p, X, y, lambda);
            Check.gradientMatches(numericalW, analytic.W(), GRADIENT_RELATIVE_ERROR, GRADIENT_FLOOR,
                    () -> what.get() + ".W() against centered differences of your loss");
            Check.gradientMatches(numericalB, analytic.b(), GRADIENT_RELATIVE_ERROR, GRADIENT_FLOOR,
                    () -> what.get() + ".b() against centered differences of your loss");
        }
    }

    @HiddenUntilPublished
    @Order(6)
    @Points(2)
    @Tag("gradient")
    @DisplayName("lossGradient: matches the reference on 20 random batches (n ≤ 5, λ in [0.01, 1]; rtol 1e-9)")
    void lossGradientMatchesReference(@Student SoftmaxRegression student, @Reference SoftmaxRegression reference,
                                      Seeded random) {
        for (int trial = 0; trial < TRIALS; trial++) {
            int k = random.between(2, 4);
            int d = random.between(1, 3);
            int n = random.between(1, 5);
            Params p = Inputs.params(random, k, d, 1.0);
            double[][] X = random.gaussian(n, d, 1.0);
            int[] y = random.labels(n, k);
            double lambda = random.uniform(0.01, 1);
            Params expected = reference.lossGradient(p, X, y, lambda);
            Params actual = student.lossGradient(Inputs.copy(p), Check.copy(X), y.clone(), lambda);
            Supplier<String> what = () -> "lossGradient" + args(p, X, y, lambda);
            Check.allClose(expected.W(), actual.W(), ROUNDING, () -> what.get() + ".W()");
            Check.allClose(expected.b(), actual.b(), ROUNDING, () -> what.get() + ".b()");
        }
    }

    @HiddenUntilPublished
    @Order(7)
    @Points(2)
    @DisplayName("lossGradient: λ adds λ W to dJ/dW and nothing to dJ/db (the bias is not regularized)")
    void regularizationSparesTheBias(@Student SoftmaxRegression student, Seeded random) {
        for (int trial = 0; trial < 5; trial++) {
            int k = random.between(2, 4);
            int d = random.between(1, 3);
            int n = random.between(1, 5);
            Params p = Inputs.params(random, k, d, 1.0);
            double[][] X = random.gaussian(n, d, 1.0);
            int[] y = random.labels(n, k);
            double lambda = random.uniform(0.5, 2);
            Params without = student.lossGradient(Inputs.copy(p), Check.copy(X), y.clone(), 0);
            Params with = student.lossGradient(Inputs.copy(p), Check.copy(X), y.clone(), lambda);
            double[][] added = new double[k][d];
            double[][] expected = new double[k][d];
            for (int i = 0; i < k; i++) {
                for (int j = 0; j < d; j++) {
                    added[i][j] = with.W()[i][j] - without.W()[i][j];
                    expected[i][j] = lambda * p.W()[i][j];
                }
            }
            String args = args(p, X, y, lambda);
            Check.allClose(without.b(), with.b(), ROUNDING, "lossGradient" + args
                    + ".b() compared with the same call at λ = 0 (b is not penalized, so λ must not change dJ/db)");
            Check.allClose(expected, added, Tolerance.rtol(1e-7).atol(1e-10), "lossGradient" + args
                    + ".W() minus the same call at λ = 0 (the penalty (λ/2) ‖W‖² adds λ W)");
        }
    }

    // ---- inputs ------------------------------------------------------------------------------

    @HiddenUntilPublished
    @Order(8)
    @Points(0.5)
    @DisplayName("loss and lossGradient leave p, X and y unchanged (and return the right values)")
    void inputsAreNotChanged(@Student SoftmaxRegression student, @Reference SoftmaxRegression reference,
                             Seeded random) {
        // The results must be right too: code that computes nothing also leaves its inputs alone.
        Params p = Inputs.params(random, 3, 2, 1.0);
        double[][] X = random.gaussian(5, 2, 1.0);
        int[] y = random.labels(5, 3);
        Params pBefore = Inputs.copy(p);
        double[][] XBefore = Check.copy(X);
        int[] yBefore = y.clone();
        double loss = student.loss(p, X, y, 0.1);
        Inputs.unchanged(pBefore, p, "p passed to loss(p, X, y, λ)");
        Check.unchanged(XBefore, X, "X passed to loss(p, X, y, λ)");
        Check.unchanged(yBefore, y, "y passed to loss(p, X, y, λ)");
        Supplier<String> what = () -> args(pBefore, XBefore, yBefore, 0.1);
        Check.allClose(reference.loss(pBefore, XBefore, yBefore, 0.1), loss, ROUNDING, () -> "loss" + what.get());
        Params gradient = student.lossGradient(p, X, y, 0.1);
        Inputs.unchanged(pBefore, p, "p passed to lossGradient(p, X, y, λ)");
        Check.unchanged(XBefore, X, "X passed to lossGradient(p, X, y, λ)");
        Check.unchanged(yBefore, y, "y passed to lossGradient(p, X, y, λ)");
        Params expected = reference.lossGradient(pBefore, XBefore, yBefore, 0.1);
        Check.isTrue(gradient != null, () -> "lossGradient" + what.get() + " returned null");
        Check.allClose(expected.W(), gradient.W(), ROUNDING, () -> "lossGradient" + what.get() + ".W()");
        Check.allClose(expected.b(), gradient.b(), ROUNDING, () -> "lossGradient" + what.get() + ".b()");
    }

    // ---- stability where the loss is computed again ------------------------------------------

    @HiddenUntilPublished
    @Order(9)
    @Points(2)
    @Tag("stability")
    @DisplayName("loss: finite and correct when the scores are ±1000 (from crossEntropy or logSoftmax, not from a"
            + " probability that rounded to 0)")
    void lossIsStable(@Student SoftmaxRegression student) {
        int[][] labels = {{0, 1}, {1, 2}, {2, 0}};
        double[] lambdas = {0, 0, 1e-6};
        for (int c = 0; c < labels.length; c++) {
            int[] y = labels[c];
            double lambda = lambdas[c];
            double expected = Inputs.meanCrossEntropy(HUGE, FIXED_X, y) + lambda / 2 * Inputs.squaredNorm(HUGE.W());
            Supplier<String> what = () -> "loss" + args(HUGE, FIXED_X, y, lambda) + ", where the scores are "
                    + show(Inputs.scores(HUGE, FIXED_X[0])) + " and " + show(Inputs.scores(HUGE, FIXED_X[1]));
            double loss = student.loss(Inputs.copy(HUGE), Check.copy(FIXED_X), y.clone(), lambda);
            Check.finite(loss, what);
            Check.allClose(expected, loss, ROUNDING, what);
        }
    }

    @HiddenUntilPublished
    @Order(10)
    @Points(1)
    @Tag("stability")
    @Tag("gradient")
    @DisplayName("lossGradient: finite and correct when the scores are ±1000")
    void lossGradientIsStable(@Student SoftmaxRegression student, @Reference SoftmaxRegression reference) {
        int[][] labels = {{0, 1}, {1, 2}, {2, 0}};
        for (int[] y : labels) {
            Params expected = reference.lossGradient(HUGE, FIXED_X, y, 0.001);
            Params actual = student.lossGradient(Inputs.copy(HUGE), Check.copy(FIXED_X), y.clone(), 0.001);
            Supplier<String> what = () -> "lossGradient" + args(HUGE, FIXED_X, y, 0.001) + ", where the scores are "
                    + show(Inputs.scores(HUGE, FIXED_X[0])) + " and " + show(Inputs.scores(HUGE, FIXED_X[1]));
            Check.isTrue(actual != null, () -> what.get() + " returned null");
            Check.finite(actual.W(), () -> what.get() + ".W()");
            Check.finite(actual.b(), () -> what.get() + ".b()");
            Check.allClose(expected.W(), actual.W(), ROUNDING, () -> what.get() + ".W()");
            Check.allClose(expected.b(), actual.b(), ROUNDING, () -> what.get() + ".b()");
        }
    }
}
