package nn.mlp;

import static nn.util.AllClose.assertAllClose;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import nn.util.Dataset;
import nn.util.Datasets;
import nn.util.Split;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/** Public tests of Sgd and its trained model. The graders' suite has more. */
class SgdTest {

    private final Training sgd = new Sgd();

    private static final double[][] XOR_X = {{0, 0}, {0, 1}, {1, 0}, {1, 1}};
    private static final double[][] XOR_Y = {{0}, {1}, {1}, {0}};

    @Test
    @DisplayName("initialize: shapes, zero biases, weights ~ N(0, 2/fan_in), and the same seed gives the same weights")
    void initialize() {
        int d = 400;
        int h = 50;
        int k = 40;
        Parameters p = sgd.initialize(d, h, k, 7);
        assertEquals(h, p.W1().length, "rows of W1 (h)");
        assertEquals(d, p.W1()[0].length, "columns of W1 (d)");
        assertEquals(k, p.W2().length, "rows of W2 (k)");
        assertEquals(h, p.W2()[0].length, "columns of W2 (h)");
        assertAllClose(new double[h], p.b1(), 0, 0, "b1 (biases start at zero)");
        assertAllClose(new double[k], p.b2(), 0, 0, "b2 (biases start at zero)");
        assertAllClose(2.0 / d, meanSquare(p.W1()), 0.1, 0, "mean of W1² (He initialization: variance 2/d)");
        assertAllClose(2.0 / h, meanSquare(p.W2()), 0.1, 0, "mean of W2² (He initialization: variance 2/h)");
        Parameters again = sgd.initialize(d, h, k, 7);
        assertAllClose(p.W1(), again.W1(), 0, 0, "W1 of two initializations with seed 7");
        assertAllClose(p.W2(), again.W2(), 0, 0, "W2 of two initializations with seed 7");
        assertTrue(p.W1()[0][0] != sgd.initialize(d, h, k, 8).W1()[0][0], "seeds 7 and 8 gave the same W1[0][0]");
    }

    @Test
    @DisplayName("step: θ − η ∇θ for W1, b1, W2, b2, in new arrays")
    void step() {
        Parameters p = new Parameters(new double[][] {{1, 2}}, new double[] {3}, new double[][] {{4}, {5}}, new double[] {6, 7});
        Parameters gradient = new Parameters(new double[][] {{10, 20}}, new double[] {-1}, new double[][] {{10}, {0}},
                new double[] {1, -10});
        Parameters next = sgd.step(p, gradient, 0.1);
        assertAllClose(new double[][] {{0, 0}}, next.W1(), 0, 1e-12, "step(...).W1() with W1=[[1, 2]], dW1=[[10, 20]], η=0.1");
        assertAllClose(new double[] {3.1}, next.b1(), 1e-12, 0, "step(...).b1() with b1=[3], db1=[-1], η=0.1");
        assertAllClose(new double[][] {{3}, {5}}, next.W2(), 1e-12, 0, "step(...).W2() with W2=[[4], [5]], dW2=[[10], [0]], η=0.1");
        assertAllClose(new double[] {5.9, 8}, next.b2(), 1e-12, 0, "step(...).b2() with b2=[6, 7], db2=[1, -10], η=0.1");
        assertAllClose(new double[][] {{1, 2}}, p.W1(), 0, 0, "W1 after step (step must not change its input)");
    }

    @Test
    @DisplayName("accuracy: 3 of 4 right is 0.75")
    void accuracy() {
        assertAllClose(0.75, sgd.accuracy(new int[] {0, 1, 2, 1}, new int[] {0, 1, 1, 1}), 1e-12, 0,
                "accuracy(predicted=[0, 1, 2, 1], y=[0, 1, 1, 1])");
    }

    @Test
    @DisplayName("train: 8 tanh units learn XOR from random weights (sigmoid output, binary cross-entropy)")
    void trainXor() {
        for (long seed = 0; seed < 3; seed++) {
            TrainingConfig config = new TrainingConfig(8, Activation.TANH, Output.SIGMOID_BINARY_CROSS_ENTROPY, 1000, 0.5, 4, 0, seed);
            Model model = assertTimeoutPreemptively(Duration.ofSeconds(5), () -> sgd.train(XOR_X, XOR_Y, config),
                    "train on XOR took more than 5 s");
            double[][] a2 = model.outputs(XOR_X);
            for (int i = 0; i < 4; i++) {
                assertEquals(XOR_Y[i][0], a2[i][0], 0.25, "seed " + seed + ": output for x = [" + (int) XOR_X[i][0] + ", "
                        + (int) XOR_X[i][1] + "] after 1000 epochs");
            }
            assertArrayEquals(new int[] {0, 1, 1, 0}, model.classes(XOR_X), "seed " + seed + ": classes of the four XOR inputs");
        }
    }

    @Test
    @DisplayName("train: more than 90% test accuracy on 3 blobs with a softmax output; classes is the argmax of outputs")
    void trainBlobs() {
        Split split = Datasets.split(Datasets.blobs(600, 2, 3, 1.0, 42), 0.6, 0.2, 7);
        Dataset data = split.train();
        double[][] Y = new double[data.size()][3];
        for (int i = 0; i < Y.length; i++) {
            Y[i][data.y()[i]] = 1;
        }
        TrainingConfig config = new TrainingConfig(16, Activation.RELU, Output.SOFTMAX_CROSS_ENTROPY, 30, 0.05, 16, 1e-3, 1);
        Model model = sgd.train(data.X(), Y, config);
        Dataset test = split.test();
        double accuracy = sgd.accuracy(model.classes(test.X()), test.y());
        assertTrue(accuracy > 0.9, "test accuracy after training on 3 well-separated blobs is " + accuracy + ", expected > 0.9");
        double[][] a2 = model.outputs(data.X());
        int[] classes = model.classes(data.X());
        for (int i = 0; i < a2.length; i++) {
            assertAllClose(1.0, a2[i][0] + a2[i][1] + a2[i][2], 1e-9, 0, "sum of the softmax outputs of example " + i);
            int argmax = a2[i][0] >= a2[i][1] && a2[i][0] >= a2[i][2] ? 0 : a2[i][1] >= a2[i][2] ? 1 : 2;
            assertEquals(argmax, classes[i], "example " + i + ": classes gave " + classes[i] + " but the largest output is " + argmax);
        }
    }

    @Test
    @DisplayName("train is deterministic: the same seed gives the same network, and X, Y are unchanged")
    void deterministic() {
        double[][] X = Datasets.blobs(30, 3, 2, 1.0, 9).X();
        double[][] Y = new double[30][1];
        for (int i = 0; i < 30; i++) {
            Y[i][0] = i % 2;
        }
        double[][] xBefore = Datasets.blobs(30, 3, 2, 1.0, 9).X();
        TrainingConfig config = new TrainingConfig(4, Activation.SIGMOID, Output.SIGMOID_BINARY_CROSS_ENTROPY, 3, 0.1, 7, 0.01, 11);
        Parameters first = sgd.train(X, Y, config).network().p();
        Parameters second = sgd.train(X, Y, config).network().p();
        assertAllClose(first.W1(), second.W1(), 0, 0, "W1 of two trainings with the same seed");
        assertAllClose(first.W2(), second.W2(), 0, 0, "W2 of two trainings with the same seed");
        assertAllClose(first.b1(), second.b1(), 0, 0, "b1 of two trainings with the same seed");
        assertAllClose(xBefore, X, 0, 0, "X after training (train must not change its input)");
        for (int i = 0; i < 30; i++) {
            assertEquals(i % 2, Y[i][0], "Y[" + i + "][0] after training (train must not change its input)");
        }
    }

    private static double meanSquare(double[][] W) {
        double sum = 0;
        int count = 0;
        for (double[] row : W) {
            for (double w : row) {
                sum += w * w;
                count++;
            }
        }
        return sum / count;
    }
}
