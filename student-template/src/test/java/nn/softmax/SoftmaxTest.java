package nn.softmax;

import static nn.util.AllClose.assertAllClose;

import nn.util.NumericalGradient;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/** Public tests of Softmax: small examples you can check by hand. The graders' suite has more. */
class SoftmaxTest {

    private final SoftmaxRegression softmax = new Softmax();

    @Test
    @DisplayName("scores: z = W x + b, one row of W per class")
    void scores() {
        Params p = new Params(new double[][] {{1, 2}, {3, 4}, {0, -1}}, new double[] {0.5, 0, 1});
        assertAllClose(new double[] {3.5, 7, 0}, softmax.scores(p, new double[] {1, 1}), 1e-12, 0,
                "scores(W=[[1, 2], [3, 4], [0, -1]], b=[0.5, 0, 1], x=[1, 1])");
    }

    @Test
    @DisplayName("softmax: [0, ln 3] gives [0.25, 0.75], and [1000, 1000] gives [0.5, 0.5] (subtract max z)")
    void softmax() {
        assertAllClose(new double[] {0.25, 0.75}, softmax.softmax(new double[] {0, Math.log(3)}), 1e-12, 0,
                "softmax([0, ln 3])");
        assertAllClose(new double[] {0.5, 0.5}, softmax.softmax(new double[] {1000, 1000}), 1e-12, 0,
                "softmax([1000, 1000])");
        assertAllClose(new double[] {1, 0}, softmax.softmax(new double[] {1000, -1000}), 1e-12, 0,
                "softmax([1000, -1000])");
    }

    @Test
    @DisplayName("softmax does not change its input")
    void softmaxKeepsItsInput() {
        double[] z = {1000, 1000};
        softmax.softmax(z);
        assertAllClose(new double[] {1000, 1000}, z, 0, 0, "z after softmax(z)");
    }

    @Test
    @DisplayName("logSoftmax: [0, ln 3] gives [ln 0.25, ln 0.75], and finite for huge scores")
    void logSoftmax() {
        assertAllClose(new double[] {Math.log(0.25), Math.log(0.75)}, softmax.logSoftmax(new double[] {0, Math.log(3)}),
                1e-12, 0, "logSoftmax([0, ln 3])");
        assertAllClose(new double[] {0, -2000}, softmax.logSoftmax(new double[] {1000, -1000}), 1e-12, 0,
                "logSoftmax([1000, -1000])");
    }

    @Test
    @DisplayName("crossEntropy: ln 3 for 3 equal scores, 2000 (not infinity) for z = [1000, -1000], y = 1")
    void crossEntropy() {
        assertAllClose(Math.log(3), softmax.crossEntropy(new double[] {0, 0, 0}, 1), 1e-12, 0,
                "crossEntropy(z=[0, 0, 0], y=1)");
        assertAllClose(2000.0, softmax.crossEntropy(new double[] {1000, -1000}, 1), 1e-12, 0,
                "crossEntropy(z=[1000, -1000], y=1)");
    }

    @Test
    @DisplayName("oneHot(2, 4) = [0, 0, 1, 0]")
    void oneHot() {
        assertAllClose(new double[] {0, 0, 1, 0}, softmax.oneHot(2, 4), 0, 0, "oneHot(y=2, k=4)");
    }

    @Test
    @DisplayName("dL_da: −1/a_y at y, 0 elsewhere")
    void dL_da() {
        assertAllClose(new double[] {-4, 0}, softmax.dL_da(new double[] {0.25, 0.75}, 0), 1e-12, 0,
                "dL_da(a=[0.25, 0.75], y=0)");
    }

    @Test
    @DisplayName("softmaxJacobian: a_i(δij − a_j) on a = [0.25, 0.75]")
    void softmaxJacobian() {
        assertAllClose(new double[][] {{0.1875, -0.1875}, {-0.1875, 0.1875}},
                softmax.softmaxJacobian(new double[] {0.25, 0.75}), 1e-12, 0, "softmaxJacobian(a=[0.25, 0.75])");
    }

    @Test
    @DisplayName("dL_dz = softmax(z) − onehot(y)")
    void dL_dz() {
        assertAllClose(new double[] {0.25, -0.25}, softmax.dL_dz(new double[] {0, Math.log(3)}, 1), 1e-12, 0,
                "dL_dz(z=[0, ln 3], y=1)");
    }

    @Test
    @DisplayName("dL_dW = (dL/dz) xᵀ, the outer product")
    void dL_dW() {
        assertAllClose(new double[][] {{2, 3}, {-2, -3}}, softmax.dL_dW(new double[] {1, -1}, new double[] {2, 3}),
                1e-12, 0, "dL_dW(dL_dz=[1, -1], x=[2, 3])");
    }

    @Test
    @DisplayName("dL_db = dL/dz")
    void dL_db() {
        assertAllClose(new double[] {1, -1}, softmax.dL_db(new double[] {1, -1}), 0, 0, "dL_db(dL_dz=[1, -1])");
    }

    @Test
    @DisplayName("loss: ln k at zero parameters; λ adds (λ/2)‖W‖² and leaves b alone")
    void loss() {
        double[][] X = {{1, 2}, {-1, 0.5}, {0, 3}};
        int[] y = {0, 2, 1};
        assertAllClose(Math.log(3), softmax.loss(Params.zeros(3, 2), X, y, 0), 1e-12, 0, "loss(zero params, λ=0)");
        Params p = new Params(new double[][] {{1, 0}, {0, 2}, {0, 0}}, new double[] {100, -100, 0});
        double difference = softmax.loss(p, X, y, 0.5) - softmax.loss(p, X, y, 0);
        assertAllClose(0.25 * 5, difference, 1e-9, 0,
                "loss(λ=0.5) − loss(λ=0) with ‖W‖² = 5 and large b (b must not be penalized)");
    }

    @Test
    @DisplayName("lossGradient agrees with a numerical gradient of loss (2 classes, λ = 0.1)")
    void lossGradientCheck() {
        double[][] W = {{0.2, -0.5, 1.0}, {-0.3, 0.8, 0.1}};
        double[] b = {0.1, -0.2};
        double[][] X = {{1, 2, -1}, {0.5, -1, 2}, {-2, 0, 1}, {1, 1, 1}};
        int[] y = {0, 1, 1, 0};
        double lambda = 0.1;
        Params gradient = softmax.lossGradient(new Params(W, b), X, y, lambda);
        double[][] dW = NumericalGradient.gradient(V -> softmax.loss(new Params(V, b), X, y, lambda), W);
        double[] db = NumericalGradient.gradient(c -> softmax.loss(new Params(W, c), X, y, lambda), b);
        assertAllClose(dW, gradient.W(), 1e-6, 1e-9, "lossGradient(...).W() vs numerical dJ/dW");
        assertAllClose(db, gradient.b(), 1e-6, 1e-9, "lossGradient(...).b() vs numerical dJ/db");
    }
}
