package nn.softmax;

import static nn.util.AllClose.assertAllClose;

import nn.util.NumericalGradient;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/** Public tests of Logistic: small examples you can check by hand. The graders' suite has more. */
class LogisticTest {

    private final LogisticRegression logistic = new Logistic();

    @Test
    @DisplayName("score: z = w·x + b = 1·3 + 2·4 + 0.5 = 11.5")
    void score() {
        assertAllClose(11.5, logistic.score(new double[] {1, 2}, 0.5, new double[] {3, 4}), 1e-12, 0,
                "score(w=[1, 2], b=0.5, x=[3, 4])");
    }

    @Test
    @DisplayName("sigmoid: σ(0) = 0.5, σ(2) = 1/(1+e^-2), and no overflow at ±1000")
    void sigmoid() {
        assertAllClose(0.5, logistic.sigmoid(0), 1e-12, 0, "sigmoid(0)");
        assertAllClose(1 / (1 + Math.exp(-2)), logistic.sigmoid(2), 1e-12, 0, "sigmoid(2)");
        assertAllClose(1.0, logistic.sigmoid(1000), 1e-12, 0, "sigmoid(1000)");
        assertAllClose(0.0, logistic.sigmoid(-1000), 0, 1e-300, "sigmoid(-1000)");
    }

    @Test
    @DisplayName("binaryCrossEntropy: log 2 at z = 0, and finite at z = ±1000 where σ rounds to 0 or 1")
    void binaryCrossEntropy() {
        assertAllClose(Math.log(2), logistic.binaryCrossEntropy(0, 1), 1e-12, 0, "binaryCrossEntropy(z=0, y=1)");
        assertAllClose(Math.log(2), logistic.binaryCrossEntropy(0, 0), 1e-12, 0, "binaryCrossEntropy(z=0, y=0)");
        assertAllClose(0.0, logistic.binaryCrossEntropy(1000, 1), 0, 1e-12, "binaryCrossEntropy(z=1000, y=1)");
        assertAllClose(1000.0, logistic.binaryCrossEntropy(1000, 0), 1e-12, 0, "binaryCrossEntropy(z=1000, y=0)");
        assertAllClose(1000.0, logistic.binaryCrossEntropy(-1000, 1), 1e-12, 0, "binaryCrossEntropy(z=-1000, y=1)");
    }

    @Test
    @DisplayName("dL_dw at w = 0, b = 0, y = 1: (σ(0) − 1) x = −0.5 x")
    void dL_dw() {
        assertAllClose(new double[] {-0.5, -1}, logistic.dL_dw(new double[] {0, 0}, 0, new double[] {1, 2}, 1), 1e-12, 0,
                "dL_dw(w=[0, 0], b=0, x=[1, 2], y=1)");
    }

    @Test
    @DisplayName("dL_db at w = 0, b = 0: σ(0) − y = −0.5 for y = 1 and 0.5 for y = 0")
    void dL_db() {
        assertAllClose(-0.5, logistic.dL_db(new double[] {0, 0}, 0, new double[] {1, 2}, 1), 1e-12, 0,
                "dL_db(w=[0, 0], b=0, x=[1, 2], y=1)");
        assertAllClose(0.5, logistic.dL_db(new double[] {0, 0}, 0, new double[] {1, 2}, 0), 1e-12, 0,
                "dL_db(w=[0, 0], b=0, x=[1, 2], y=0)");
    }

    @Test
    @DisplayName("dL_dw agrees with a numerical gradient of binaryCrossEntropy(score(w, b, x), y)")
    void gradientCheck() {
        double[] w = {0.3, -1.2, 0.5};
        double b = 0.1;
        double[] x = {1.5, 0.2, -2};
        for (int y = 0; y <= 1; y++) {
            int label = y;
            double[] numerical = NumericalGradient.gradient(v -> logistic.binaryCrossEntropy(logistic.score(v, b, x), label), w);
            assertAllClose(numerical, logistic.dL_dw(w, b, x, y), 1e-6, 1e-9, "dL_dw vs numerical gradient for y=" + y);
        }
    }
}
