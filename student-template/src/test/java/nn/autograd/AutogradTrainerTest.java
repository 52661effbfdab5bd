package nn.autograd;

import static nn.util.AllClose.assertAllClose;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import nn.util.Dataset;
import nn.util.Datasets;
import nn.util.Split;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/** Public tests of Trainer: the optimizers and training. The graders' suite has more. */
class AutogradTrainerTest {

    private final Training trainer = new Trainer();
    private final Layers layers = new ForwardBackward();

    /** One affine layer 1 → 2 with W = [[1], [2]], b = [0, 0], after loss and backward on x = 1, y = 0. */
    private Network oneLayerWithGradients() {
        Network net = layers.sequential(List.of(layers.affine(new double[][] {{1}, {2}}, new double[2])), 0);
        net.loss(new double[][] {{1}}, new int[] {0});
        net.backward();
        return net;
    }

    @Test
    @DisplayName("sgd: θ ← θ − η ∇θ J, in the network's own parameters")
    void sgd() {
        Network net = oneLayerWithGradients();
        double[][] W = copy(net.parameters().get(0).value());
        double[][] dW = copy(net.parameters().get(0).grad());
        trainer.sgd(net, 0.5).step();
        assertAllClose(new double[][] {{W[0][0] - 0.5 * dW[0][0]}, {W[1][0] - 0.5 * dW[1][0]}}, net.parameters().get(0).value(),
                1e-12, 0, "W after one SGD step with η = 0.5");
    }

    @Test
    @DisplayName("momentum keeps its velocity: v1 = −η g, v2 = μ v1 − η g (the same gradient twice)")
    void momentum() {
        Network net = oneLayerWithGradients();
        double W0 = net.parameters().get(0).value()[0][0];
        double g = net.parameters().get(0).grad()[0][0];
        Optimizer optimizer = trainer.momentum(net, 0.1, 0.9);
        optimizer.step();
        assertAllClose(W0 - 0.1 * g, net.parameters().get(0).value()[0][0], 1e-12, 0, "W[0][0] after step 1: θ + v1, v1 = −η g");
        optimizer.step();
        assertAllClose(W0 - 0.1 * g + (0.9 * -0.1 * g - 0.1 * g), net.parameters().get(0).value()[0][0], 1e-12, 0,
                "W[0][0] after step 2 with the same gradient: θ + v1 + (μ v1 − η g)");
    }

    @Test
    @DisplayName("accuracy: 3 of 4 right is 0.75")
    void accuracy() {
        assertAllClose(0.75, trainer.accuracy(new int[] {0, 1, 2, 1}, new int[] {0, 1, 1, 1}), 1e-12, 0,
                "accuracy(predicted=[0, 1, 2, 1], y=[0, 1, 1, 1])");
    }

    @Test
    @DisplayName("train: two hidden layers reach more than 90% test accuracy on 3 blobs")
    void trainBlobs() {
        Split split = Datasets.split(Datasets.blobs(600, 2, 3, 1.0, 42), 0.6, 0.2, 7);
        Dataset data = split.train();
        TrainingConfig config = new TrainingConfig(new int[] {16, 8}, Activation.RELU, 20, 0.05, 0.9, 16, 1e-4, 1);
        Network net = trainer.train(data.X(), data.y(), 3, config);
        double accuracy = trainer.accuracy(net.classes(split.test().X()), split.test().y());
        assertTrue(accuracy > 0.9, "test accuracy after training on 3 well-separated blobs is " + accuracy + ", expected > 0.9");
    }

    private static double[][] copy(double[][] m) {
        double[][] copy = new double[m.length][];
        for (int i = 0; i < m.length; i++) {
            copy[i] = m[i].clone();
        }
        return copy;
    }
}
