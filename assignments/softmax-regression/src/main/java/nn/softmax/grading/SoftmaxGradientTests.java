package nn.softmax.grading;

import static nn.softmax.grading.Inputs.FEW_ROUNDINGS;
import static nn.softmax.grading.Inputs.GRADIENT_FLOOR;
import static nn.softmax.grading.Inputs.GRADIENT_RELATIVE_ERROR;
import static nn.softmax.grading.Inputs.GRADIENT_TRIALS;
import static nn.softmax.grading.Inputs.ROUNDING;
import static nn.softmax.grading.Inputs.TRIALS;
import static nngrader.api.Check.show;

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
 * Lecture 3: the gradient of one example's loss, backward through softmax: dL/da, the softmax
 * Jacobian, dL/dz = a − onehot(y), dL/dW = (dL/dz) xᵀ and dL/db = dL/dz. Each method is tested
 * on its own inputs (a probability vector a is computed here, not by your softmax), at moderate
 * scales.
 */
@Order(3)
@DisplayName("Softmax regression: gradients of one example")
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class SoftmaxGradientTests {

    // ---- dL/da -------------------------------------------------------------------------------

    @Test
    @Order(1)
    @Points(1)
    @DisplayName("dL_da: −1/a_y at y, 0 elsewhere, for a fixed a")
    void dL_daOnFixedProbabilities(@Student SoftmaxRegression student) {
        Check.allClose(new double[] {0, -2, 0}, student.dL_da(new double[] {0.2, 0.5, 0.3}, 1), Tolerance.rtol(1e-12),
                "dL_da([0.2, 0.5, 0.3], 1)");
        Check.allClose(new double[] {-1 / 0.25, 0}, student.dL_da(new double[] {0.25, 0.75}, 0), Tolerance.rtol(1e-12),
                "dL_da([0.25, 0.75], 0)");
    }

    // ---- softmax Jacobian --------------------------------------------------------------------

    @Test
    @Order(2)
    @Points(2)
    @DisplayName("softmaxJacobian: J_ij = a_i (δij − a_j), shape [k][k], for a fixed a")
    void softmaxJacobianOnFixedProbabilities(@Student SoftmaxRegression student) {
        double[] a = {0.2, 0.5, 0.3};
        double[][] expected = {
                {0.2 * 0.8, -0.2 * 0.5, -0.2 * 0.3},
                {-0.5 * 0.2, 0.5 * 0.5, -0.5 * 0.3},
                {-0.3 * 0.2, -0.3 * 0.5, 0.3 * 0.7}};
        double[][] J = student.softmaxJacobian(a);
        Check.shape(3, 3, J, "softmaxJacobian([0.2, 0.5, 0.3])");
        Check.allClose(expected, J, ROUNDING, "softmaxJacobian([0.2, 0.5, 0.3])");
    }

    @HiddenUntilPublished
    @Order(3)
    @Points(2)
    @Tag("gradient")
    @DisplayName("softmaxJacobian: matches the reference for 20 random a = softmax(z) (rtol 1e-9)")
    void softmaxJacobianMatchesReference(@Student SoftmaxRegression student, @Reference SoftmaxRegression reference,
                                         Seeded random) {
        for (int trial = 0; trial < TRIALS; trial++) {
            double[] a = Inputs.softmax(random.gaussian(random.between(2, 8), 2.0));
            Check.allClose(reference.softmaxJacobian(a), student.softmaxJacobian(a.clone()), ROUNDING,
                    () -> "softmaxJacobian(" + show(a) + ")");
        }
    }

    // ---- dL/dz -------------------------------------------------------------------------------

    @Test
    @Order(4)
    @Points(2)
    @Tag("gradient")
    @DisplayName("dL_dz: a − onehot(y) for fixed scores")
    void dL_dzOnFixedScores(@Student SoftmaxRegression student) {
        double[] z = {1, 2, 3};
        double[] a = Inputs.softmax(z);
        Check.allClose(new double[] {a[0] - 1, a[1], a[2]}, student.dL_dz(z.clone(), 0), ROUNDING,
                "dL_dz([1.0, 2.0, 3.0], 0)");
        Check.allClose(new double[] {a[0], a[1], a[2] - 1}, student.dL_dz(z.clone(), 2), ROUNDING,
                "dL_dz([1.0, 2.0, 3.0], 2)");
        Check.allClose(new double[] {-0.5, 0.5}, student.dL_dz(new double[] {0, 0}, 0), ROUNDING,
                "dL_dz([0.0, 0.0], 0)");
    }

    @HiddenUntilPublished
    @Order(5)
    @Points(3)
    @Tag("gradient")
    @DisplayName("dL_dz: matches centered differences of your own crossEntropy, which must be right (relative error"
            + " ≤ 1e-6 or difference ≤ 1e-8)")
    void dL_dzMatchesNumericalGradientOfOwnLoss(@Student SoftmaxRegression student,
                                                @Reference SoftmaxRegression reference, Seeded random) {
        for (int trial = 0; trial < 2 * GRADIENT_TRIALS; trial++) {
            double[] z = random.gaussian(random.between(2, 6), 2.0);
            int y = random.label(z.length);
            Check.allClose(reference.crossEntropy(z, y), student.crossEntropy(z.clone(), y), ROUNDING,
                    () -> "crossEntropy(" + show(z) + ", " + y + ")" + Inputs.OWN_LOSS_FIRST);
            double[] numerical = NumericalGradient.gradient(v -> student.crossEntropy(v, y), z);
            Check.gradientMatches(numerical, student.dL_dz(z.clone(), y), GRADIENT_RELATIVE_ERROR, GRADIENT_FLOOR,
                    () -> "dL_dz(" + show(z) + ", " + y + ") against centered differences of your crossEntropy");
        }
    }

    @HiddenUntilPublished
    @Order(6)
    @Points(2)
    @Tag("gradient")
    @DisplayName("dL_dz: matches the reference on 20 random scores and labels (rtol 1e-9)")
    void dL_dzMatchesReference(@Student SoftmaxRegression student, @Reference SoftmaxRegression reference,
                               Seeded random) {
        for (int trial = 0; trial < TRIALS; trial++) {
            double[] z = random.gaussian(random.between(2, 10), 3.0);
            int y = random.label(z.length);
            Check.allClose(reference.dL_dz(z, y), student.dL_dz(z.clone(), y), ROUNDING,
                    () -> "dL_dz(" + show(z) + ", " + y + ")");
        }
    }

    // ---- dL/dW and dL/db ---------------------------------------------------------------------

    @Test
    @Order(7)
    @Points(2)
    @DisplayName("dL_dW: the outer product (dL/dz) xᵀ, shape [k][d], for fixed dL/dz [3] and x [2]")
    void dL_dWOnFixedExample(@Student SoftmaxRegression student) {
        double[] dL_dz = {0.1, -0.3, 0.2};
        double[] x = {1, 2};
        double[][] expected = {{0.1, 0.2}, {-0.3, -0.6}, {0.2, 0.4}};
        String what = "dL_dW(dL_dz = [0.1, -0.3, 0.2], x = [1.0, 2.0])";
        double[][] dL_dW = student.dL_dW(dL_dz, x);
        Check.shape(3, 2, dL_dW, what + " for k = 3 classes, d = 2 features");
        Check.allClose(expected, dL_dW, FEW_ROUNDINGS, what);
    }

    @HiddenUntilPublished
    @Order(8)
    @Points(1)
    @DisplayName("dL_dW: matches the reference for 20 random dL/dz [k] and x [d] (rtol 1e-9)")
    void dL_dWMatchesReference(@Student SoftmaxRegression student, @Reference SoftmaxRegression reference,
                               Seeded random) {
        for (int trial = 0; trial < TRIALS; trial++) {
            double[] dL_dz = random.gaussian(random.between(2, 6), 0.5);
            double[] x = random.gaussian(random.between(1, 6), 1.0);
            Check.allClose(reference.dL_dW(dL_dz, x), student.dL_dW(dL_dz.clone(), x.clone()), ROUNDING,
                    () -> "dL_dW(dL_dz = " + show(dL_dz) + ", x = " + show(x) + ")");
        }
    }

    @Test
    @Order(9)
    @Points(1)
    @DisplayName("dL_db: equals dL/dz, on fixed and 20 random vectors")
    void dL_dbEqualsDL_dz(@Student SoftmaxRegression student, Seeded random) {
        Check.allClose(new double[] {0.1, -0.3, 0.2}, student.dL_db(new double[] {0.1, -0.3, 0.2}), Tolerance.EXACT,
                "dL_db([0.1, -0.3, 0.2])");
        for (int trial = 0; trial < TRIALS; trial++) {
            double[] dL_dz = random.gaussian(random.between(1, 8), 0.5);
            Check.allClose(dL_dz, student.dL_db(dL_dz.clone()), Tolerance.rtol(1e-12),
                    () -> "dL_db(" + show(dL_dz) + ")");
        }
    }

    // ---- inputs ------------------------------------------------------------------------------

    @HiddenUntilPublished
    @Order(10)
    @Points(0.5)
    @DisplayName("dL_da, softmaxJacobian, dL_dz, dL_dW and dL_db leave their inputs unchanged (and return the right"
            + " values)")
    void inputsAreNotChanged(@Student SoftmaxRegression student, @Reference SoftmaxRegression reference,
                             Seeded random) {
        // The results must be right too: code that computes nothing also leaves its inputs alone.
        double[] a = Inputs.softmax(random.gaussian(4, 1.0));
        double[] aBefore = a.clone();
        double[] dL_da = student.dL_da(a, 2);
        Check.unchanged(aBefore, a, "a passed to dL_da(a, y)");
        Check.allClose(reference.dL_da(aBefore, 2), dL_da, ROUNDING, "dL_da(a, 2)");
        double[][] J = student.softmaxJacobian(a);
        Check.unchanged(aBefore, a, "a passed to softmaxJacobian(a)");
        Check.allClose(reference.softmaxJacobian(aBefore), J, ROUNDING, "softmaxJacobian(a)");

        double[] z = random.gaussian(4, 2.0);
        double[] zBefore = z.clone();
        double[] gradient = student.dL_dz(z, 1);
        Check.unchanged(zBefore, z, "z passed to dL_dz(z, y) (or to your softmax(z), if dL_dz calls it)");
        Check.allClose(reference.dL_dz(zBefore, 1), gradient, ROUNDING, "dL_dz(z, 1)");

        double[] dL_dz = random.gaussian(4, 0.5);
        double[] dL_dzBefore = dL_dz.clone();
        double[] x = random.gaussian(3, 1.0);
        double[] xBefore = x.clone();
        double[][] dL_dW = student.dL_dW(dL_dz, x);
        Check.unchanged(dL_dzBefore, dL_dz, "dL_dz passed to dL_dW(dL_dz, x)");
        Check.unchanged(xBefore, x, "x passed to dL_dW(dL_dz, x)");
        Check.allClose(reference.dL_dW(dL_dzBefore, xBefore), dL_dW, ROUNDING, "dL_dW(dL_dz, x)");
        double[] dL_db = student.dL_db(dL_dz);
        Check.unchanged(dL_dzBefore, dL_dz, "dL_dz passed to dL_db(dL_dz)");
        Check.allClose(dL_dzBefore, dL_db, Tolerance.rtol(1e-12), "dL_db(dL_dz)");
    }

    @HiddenUntilPublished
    @Order(11)
    @Points(1)
    @Tag("stability")
    @DisplayName("dL_dz: finite and correct for scores of ±1000 (a − onehot(y) directly, not through −1/a_y)")
    void dL_dzIsStable(@Student SoftmaxRegression student) {
        double[][] zs = {{1000, 0}, {1000, 0}, {-1000, -1000}, {0, 1000, -1000}, {1000, 999, 998}};
        int[] ys = {1, 0, 0, 2, 2};
        for (int c = 0; c < zs.length; c++) {
            double[] expected = Inputs.softmax(zs[c]);
            expected[ys[c]] -= 1;
            String what = "dL_dz(" + show(zs[c]) + ", " + ys[c] + ")";
            double[] dL_dz = student.dL_dz(zs[c].clone(), ys[c]);
            Check.finite(dL_dz, what);
            Check.allClose(expected, dL_dz, ROUNDING, what);
        }
    }
}
