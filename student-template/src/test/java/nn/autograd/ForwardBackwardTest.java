package nn.autograd;

import static nn.util.AllClose.assertAllClose;

import java.util.List;
import java.util.Random;
import nn.util.NumericalGradient;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/** Public tests of the layers and the sequential network. The graders' suite has more. */
class ForwardBackwardTest {

    private final Layers layers = new ForwardBackward();

    @Test
    @DisplayName("affine: Z = X Wᵀ + b, then dW = dZᵀ X, db = Σ_i dZ_i, dX = dZ W")
    void affine() {
        Layer affine = layers.affine(new double[][] {{1, 2}, {0, -1}, {3, 0}}, new double[] {0.5, 0, -1});
        double[][] X = {{1, 1}, {2, 0}};
        assertAllClose(new double[][] {{3.5, -1, 2}, {2.5, 0, 5}}, affine.forward(X), 1e-12, 0,
                "forward(X=[[1, 1], [2, 0]]) with W=[[1, 2], [0, -1], [3, 0]], b=[0.5, 0, -1]");
        double[][] dX = affine.backward(new double[][] {{1, 0, 0}, {0, 1, 1}});
        assertAllClose(new double[][] {{1, 2}, {3, -1}}, dX, 1e-12, 0, "backward(dZ=[[1, 0, 0], [0, 1, 1]]) = dZ W");
        List<Parameter> p = affine.parameters();
        assertAllClose(new double[][] {{1, 1}, {2, 0}, {2, 0}}, p.get(0).grad(), 1e-12, 0, "dW = dZᵀ X");
        assertAllClose(new double[][] {{1, 1, 1}}, p.get(1).grad(), 1e-12, 0, "db = the column sums of dZ");
    }

    @Test
    @DisplayName("ReLU passes the gradient where Z > 0 (not at 0); sigmoid and tanh backward agree with centered differences")
    void activations() {
        Layer relu = layers.relu();
        assertAllClose(new double[][] {{0, 0, 2}}, relu.forward(new double[][] {{-1, 0, 2}}), 0, 0, "relu forward of [-1, 0, 2]");
        assertAllClose(new double[][] {{0, 0, 5}}, relu.backward(new double[][] {{5, 5, 5}}), 0, 0, "relu backward at Z = [-1, 0, 2]");
        for (Layer layer : List.of(layers.sigmoid(), layers.tanh())) {
            double[][] Z = {{-2, 0.3}, {1.5, 0}};
            double[][] dA = {{1, -2}, {0.5, 3}};
            layer.forward(Z);
            double[][] dZ = layer.backward(dA);
            double[][] numerical = NumericalGradient.gradient(V -> dot(dA, layer.forward(V)), Z);
            assertAllClose(numerical, dZ, 1e-6, 1e-9, layer.getClass().getSimpleName() + " backward vs Σ dA ⊙ f(Z) differentiated");
        }
    }

    @Test
    @DisplayName("softmax cross-entropy: ln 3 for equal scores; dL/dZ = (softmax(Z) − onehot(y)) / n")
    void softmaxCrossEntropy() {
        Loss loss = layers.softmaxCrossEntropy();
        assertAllClose(Math.log(3), loss.forward(new double[][] {{0, 0, 0}, {5, 5, 5}}, new int[] {1, 2}), 1e-12, 0,
                "forward(Z=[[0, 0, 0], [5, 5, 5]], y=[1, 2])");
        double third = 1.0 / 3;
        assertAllClose(new double[][] {{third / 2, -third, third / 2}, {third / 2, third / 2, -third}}, loss.backward(), 1e-12,
                0, "backward() after that forward");
        assertAllClose(2000.0, loss.forward(new double[][] {{1000, -1000}}, new int[] {1}), 1e-12, 0,
                "forward(Z=[[1000, -1000]], y=[1]) (stable)");
    }

    @Test
    @DisplayName("a network of three layers: every gradient agrees with centered differences of loss (λ = 0.1, biases not decayed)")
    void networkGradients() {
        Random random = new Random(3);
        double[][] W1 = gaussian(random, 4, 3);
        double[] b1 = gaussian(random, 1, 4)[0];
        double[][] W2 = gaussian(random, 2, 4);
        double[] b2 = gaussian(random, 1, 2)[0];
        double[][] X = gaussian(random, 5, 3);
        int[] y = {0, 1, 1, 0, 1};
        double lambda = 0.1;
        Network net = layers.sequential(List.of(layers.affine(W1, b1), layers.tanh(), layers.affine(W2, b2)), lambda);
        net.loss(X, y);
        net.backward();
        List<Parameter> p = net.parameters();
        assertAllClose(NumericalGradient.gradient(V -> layers.sequential(List.of(layers.affine(V, b1), layers.tanh(),
                layers.affine(W2, b2)), lambda).loss(X, y), W1), p.get(0).grad(), 1e-5, 1e-8, "dJ/dW1");
        assertAllClose(NumericalGradient.gradient(V -> layers.sequential(List.of(layers.affine(W1, V), layers.tanh(),
                layers.affine(W2, b2)), lambda).loss(X, y), b1), p.get(1).grad()[0], 1e-5, 1e-8, "dJ/db1 (no decay)");
        assertAllClose(NumericalGradient.gradient(V -> layers.sequential(List.of(layers.affine(W1, b1), layers.tanh(),
                layers.affine(V, b2)), lambda).loss(X, y), W2), p.get(2).grad(), 1e-5, 1e-8, "dJ/dW2");
        assertAllClose(NumericalGradient.gradient(V -> layers.sequential(List.of(layers.affine(W1, b1), layers.tanh(),
                layers.affine(W2, V)), lambda).loss(X, y), b2), p.get(3).grad()[0], 1e-5, 1e-8, "dJ/db2 (no decay)");
    }

    @Test
    @DisplayName("backward uses the cache of the last forward")
    void lastForwardCounts() {
        Layer tanh = layers.tanh();
        tanh.forward(new double[][] {{5}});
        tanh.forward(new double[][] {{0}});
        assertAllClose(new double[][] {{2}}, tanh.backward(new double[][] {{2}}), 1e-12, 0,
                "tanh backward(dA=[[2]]) after forward([[5]]) then forward([[0]]): tanh'(0) = 1");
    }

    private static double dot(double[][] A, double[][] B) {
        double sum = 0;
        for (int i = 0; i < A.length; i++) {
            for (int j = 0; j < A[i].length; j++) {
                sum += A[i][j] * B[i][j];
            }
        }
        return sum;
    }

    private static double[][] gaussian(Random random, int rows, int cols) {
        double[][] m = new double[rows][cols];
        for (double[] row : m) {
            for (int j = 0; j < cols; j++) {
                row[j] = random.nextGaussian();
            }
        }
        return m;
    }
}
