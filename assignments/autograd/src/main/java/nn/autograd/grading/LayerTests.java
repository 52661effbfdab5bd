package nn.autograd.grading;

import static nn.autograd.grading.Inputs.FEW_ROUNDINGS;
import static nn.autograd.grading.Inputs.GRADIENT_FLOOR;
import static nn.autograd.grading.Inputs.GRADIENT_RELATIVE_ERROR;
import static nn.autograd.grading.Inputs.ROUNDING;
import static nn.autograd.grading.Inputs.TRIALS;
import static nngrader.api.Check.show;

import java.util.List;
import nn.autograd.Activation;
import nn.autograd.Layer;
import nn.autograd.Layers;
import nn.autograd.Loss;
import nn.autograd.Network;
import nn.autograd.Parameter;
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
 * Layers as forward/backward pairs with a cache: affine (Z = X Wᵀ + b; dW = dZᵀ X, db = Σ_i dZ_i,
 * dX = dZ W), the activations (dZ = dA ⊙ g'(Z)), softmax cross-entropy (dZ = (P − Y)/n), and a
 * sequential network with weight decay (J = L + (λ/2) Σ ‖W‖², ∂J/∂W += λW, biases left alone);
 * on numbers by hand, against the reference, and against centered differences of the loss computed
 * here.
 */
@Order(2)
@DisplayName("Layers with forward, backward and a cache")
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class LayerTests {

    private static final double[][] X = {{1, 2, -1}, {0, -3, 0.5}};
    private static final double[][] W = {{0.5, -1, 2}, {1, 0, -0.5}};
    private static final double[] B = {0.1, -0.2};

    // ---- affine --------------------------------------------------------------------------------

    @Test
    @Order(1)
    @Points(1)
    @Tag("layers")
    @DisplayName("affine forward: Z = X Wᵀ + b on fixed values (n = 2, d = 3, h = 2)")
    void affineForward(@Student Layers layers) {
        Layer affine = layers.affine(Check.copy(W), B.clone());
        Check.isTrue(affine != null, "affine(W, b) returned null");
        Check.allClose(new double[][] {{-3.4, 1.3}, {4.1, -0.45}}, affine.forward(Check.copy(X)), FEW_ROUNDINGS,
                () -> "affine(W = " + show(W) + ", b = " + show(B) + ").forward(X = " + show(X) + ") (Z_ij = b_j + Σ_m"
                        + " X_im W_jm)");
    }

    @Test
    @Order(2)
    @Points(3)
    @Tag("layers")
    @DisplayName("affine backward: dX = dZ W, dW = dZᵀ X, db = Σ_i dZ_i on fixed values, into W's and b's parameters")
    void affineBackward(@Student Layers layers) {
        Layer affine = layers.affine(Check.copy(W), B.clone());
        Check.isTrue(affine != null, "affine(W, b) returned null");
        affine.forward(Check.copy(X));
        double[][] dZ = {{1, -1}, {2, 0.5}};
        String call = "affine(W = " + show(W) + ", b = " + show(B) + "), forward(X = " + show(X) + "), backward(dL_dZ = "
                + show(dZ) + ")";
        Check.allClose(new double[][] {{-0.5, -1, 2.5}, {1.5, -2, 3.75}}, affine.backward(Check.copy(dZ)), FEW_ROUNDINGS,
                () -> call + " returns dL_dX = dZ W");
        List<Parameter> p = parameters(affine, "affine(W, b)", 2);
        Check.allClose(new double[][] {{1, -4, 0}, {-1, -3.5, 1.25}}, p.get(0).grad(), FEW_ROUNDINGS,
                () -> call + ": parameters().get(0).grad(), dW = dZᵀ X (dW_jm = Σ_i dZ_ij X_im)");
        Check.allClose(new double[][] {{3, -0.5}}, p.get(1).grad(), FEW_ROUNDINGS,
                () -> call + ": parameters().get(1).grad(), db = Σ_i dZ_i as one row");
        Check.allClose(W, p.get(0).value(), Tolerance.EXACT, "affine(W, b).parameters().get(0).value() (W)");
        Check.allClose(new double[][] {B}, p.get(1).value(), Tolerance.EXACT,
                "affine(W, b).parameters().get(1).value() (b as the one-row matrix [1][h])");
        Check.isTrue(p.get(0).decay() && !p.get(1).decay(), "affine(W, b).parameters(): weight decay applies to W"
                + " (decay true) and leaves the bias alone (decay false)");
    }

    @HiddenUntilPublished
    @Order(3)
    @Points(3)
    @Tag("layers")
    @DisplayName("affine: forward, backward, dW and db match the reference on 20 random shapes and values"
            + " (rtol 1e-9), and backward twice replaces the gradients")
    void affineMatchesReference(@Student Layers layers, @Reference Layers reference, Seeded random) {
        for (int trial = 0; trial < TRIALS; trial++) {
            int n = random.between(1, 5);
            int d = random.between(1, 5);
            int h = random.between(1, 5);
            double[][] w = random.gaussian(h, d, 1.0);
            double[] b = random.gaussian(h, 1.0);
            double[][] x = random.gaussian(n, d, 1.0);
            double[][] dZ = random.gaussian(n, h, 1.0);
            Layer expected = reference.affine(w, b);
            double[][] Z = expected.forward(x);
            double[][] dX = expected.backward(dZ);
            Layer actual = layers.affine(Check.copy(w), b.clone());
            Check.isTrue(actual != null, "affine(W, b) returned null");
            String call = "affine(W = " + show(w) + ", b = " + show(b) + ")";
            Check.allClose(Z, actual.forward(Check.copy(x)), ROUNDING, () -> call + ".forward(X = " + show(x) + ")");
            String back = call + ", forward(X = " + show(x) + "), backward(dL_dZ = " + show(dZ) + ")";
            Check.allClose(dX, actual.backward(Check.copy(dZ)), ROUNDING, () -> back);
            actual.backward(Check.copy(dZ));
            List<Parameter> p = parameters(actual, call, 2);
            Check.allClose(expected.parameters().get(0).grad(), p.get(0).grad(), ROUNDING,
                    () -> back + " twice: parameters().get(0).grad(), dW (backward replaces it, it does not add)");
            Check.allClose(expected.parameters().get(1).grad(), p.get(1).grad(), ROUNDING,
                    () -> back + " twice: parameters().get(1).grad(), db (backward replaces it, it does not add)");
        }
    }

    // ---- activations ---------------------------------------------------------------------------

    @Test
    @Order(4)
    @Points(3)
    @Tag("layers")
    @DisplayName("relu, sigmoid and tanh: forward and backward on fixed values, ReLU's kink at 0, sigmoid at ±1000")
    void activationsOnFixedValues(@Student Layers layers) {
        double[][] Z = {{-1, 0, 2}, {1000, -1000, 0.5}};
        double[][] dA = {{1, 2, 3}, {-1, 0.5, 2}};
        for (Activation g : Activation.values()) {
            Layer layer = Nets.activation(layers, g);
            String name = g.name().toLowerCase() + "()";
            Check.isTrue(layer != null, name + " returned null");
            double[][] A = Maths.activate(g, Z);
            double[][] dZ = new double[2][3];
            for (int i = 0; i < 2; i++) {
                for (int j = 0; j < 3; j++) {
                    dZ[i][j] = dA[i][j] * Maths.gPrime(g, Z[i][j]);
                }
            }
            Check.allClose(A, layer.forward(Check.copy(Z)), FEW_ROUNDINGS, () -> name + ".forward(Z = " + show(Z) + ")"
                    + (g == Activation.SIGMOID ? " (e^1000 overflows: branch on the sign of z)" : ""));
            Check.allClose(dZ, layer.backward(Check.copy(dA)), FEW_ROUNDINGS, () -> name + ".forward(Z = " + show(Z)
                    + "), backward(dL_dA = " + show(dA) + ") (dL/dZ = dL/dA ⊙ g'(Z)"
                    + (g == Activation.RELU ? ", and ReLU'(0) = 0)" : ")"));
            Check.isTrue(layer.parameters() != null && layer.parameters().isEmpty(),
                    () -> name + ".parameters() is an empty list: an activation has none");
        }
    }

    @HiddenUntilPublished
    @Order(5)
    @Points(1)
    @Tag("layers")
    @DisplayName("relu, sigmoid and tanh match the reference on 20 random batches each (rtol 1e-9)")
    void activationsMatchReference(@Student Layers layers, @Reference Layers reference, Seeded random) {
        for (Activation g : Activation.values()) {
            for (int trial = 0; trial < TRIALS; trial++) {
                double[][] Z = random.gaussian(random.between(1, 4), random.between(1, 4), 3.0);
                double[][] dA = random.gaussian(Z.length, Z[0].length, 1.0);
                Layer expected = Nets.activation(reference, g);
                Layer actual = Nets.activation(layers, g);
                String call = g.name().toLowerCase() + "().forward(Z = " + show(Z) + ")";
                Check.allClose(expected.forward(Z), actual.forward(Check.copy(Z)), ROUNDING, call);
                Check.allClose(expected.backward(dA), actual.backward(Check.copy(dA)), ROUNDING,
                        () -> call + ", backward(dL_dA = " + show(dA) + ")");
            }
        }
    }

    // ---- caches --------------------------------------------------------------------------------

    @HiddenUntilPublished
    @Order(6)
    @Points(3)
    @Tag("layers")
    @DisplayName("caches: backward uses the last forward's input, and two layers of one kind keep their own")
    void eachLayerKeepsItsOwnLastCache(@Student Layers layers, @Reference Layers reference, Seeded random) {
        for (int kind = 0; kind < 4; kind++) {
            double[][] w = random.gaussian(3, 3, 1.0);
            double[] b = random.gaussian(3, 1.0);
            double[][] first = random.gaussian(2, 3, 2.0);
            double[][] second = random.gaussian(2, 3, 2.0);
            double[][] dY = random.gaussian(2, 3, 1.0);
            String name = kind == 3 ? "affine(W, b)" : Activation.values()[kind].name().toLowerCase() + "()";
            Layer one = make(layers, kind, w, b);
            Layer other = make(layers, kind, w, b);
            Check.isTrue(one != null && other != null, name + " returned null");
            Layer expected = make(reference, kind, w, b);
            expected.forward(second);
            double[][] afterSecond = expected.backward(dY);
            double[][] dWAfterSecond = kind == 3 ? Check.copy(expected.parameters().get(0).grad()) : null;
            expected.forward(first);
            double[][] afterFirst = expected.backward(dY);
            double[][] dWAfterFirst = kind == 3 ? Check.copy(expected.parameters().get(0).grad()) : null;

            one.forward(Check.copy(first));
            one.forward(Check.copy(second));
            String last = "layer = " + name + "; layer.forward(X1 = " + show(first) + "); layer.forward(X2 = "
                    + show(second) + "); layer.backward(dY = " + show(dY) + ")";
            Check.allClose(afterSecond, one.backward(Check.copy(dY)), ROUNDING, () -> last + " (backward uses the cache"
                    + " of the last forward, X2)");
            if (kind == 3) {
                Check.allClose(dWAfterSecond, parameters(one, name, 2).get(0).grad(), ROUNDING, () -> last
                        + ": parameters().get(0).grad(), dW = dYᵀ X2 (the X of the last forward)");
            }
            one.forward(Check.copy(first));
            other.forward(Check.copy(second));
            String own = "a = " + name + ", b = " + name + "; a.forward(X1 = " + show(first) + "); b.forward(X2 = "
                    + show(second) + "); a.backward(dY = " + show(dY) + ")";
            Check.allClose(afterFirst, one.backward(Check.copy(dY)), ROUNDING, () -> own + " (each layer keeps its own"
                    + " cache, in an instance field, not a static one)");
            if (kind == 3) {
                Check.allClose(dWAfterFirst, parameters(one, name, 2).get(0).grad(), ROUNDING, () -> own
                        + ": a.parameters().get(0).grad(), dW = dYᵀ X1 (each layer keeps its own cache)");
            }
        }
    }

    private static Layer make(Layers layers, int kind, double[][] w, double[] b) {
        return kind == 3 ? layers.affine(Check.copy(w), b.clone()) : Nets.activation(layers, Activation.values()[kind]);
    }

    // ---- softmax cross-entropy -----------------------------------------------------------------

    @Test
    @Order(7)
    @Points(3)
    @Tag("layers")
    @DisplayName("softmax cross-entropy: L and dL/dZ = (P − Y)/n on fixed scores, and on scores of ±1000")
    void softmaxCrossEntropyOnFixedValues(@Student Layers layers) {
        double[][] Z = {{0, Math.log(3)}, {Math.log(2), 0}};
        int[] y = {1, 1};
        Loss loss = layers.softmaxCrossEntropy();
        Check.isTrue(loss != null, "softmaxCrossEntropy() returned null");
        double L = (-Math.log(0.75) - Math.log(1.0 / 3)) / 2;
        String call = "softmaxCrossEntropy().forward(Z = " + show(Z) + ", y = [1, 1])";
        Check.allClose(L, loss.forward(Check.copy(Z), y.clone()), FEW_ROUNDINGS, () -> call + " (P = [[0.25, 0.75],"
                + " [2/3, 1/3]]: L = (−log 0.75 − log 1/3) / 2)");
        Check.allClose(new double[][] {{0.125, -0.125}, {1.0 / 3, -1.0 / 3}}, loss.backward(), FEW_ROUNDINGS,
                () -> call + ", backward() ((P − onehot(y)) / n, n = 2)");
        double[][] big = {{1000, -1000, 0}, {-1000, 1000, 999}};
        int[] yBig = {2, 2};
        String bigCall = "softmaxCrossEntropy().forward(Z = " + show(big) + ", y = [2, 2])";
        Check.allClose(Maths.softmaxCrossEntropy(big, yBig), loss.forward(Check.copy(big), yBig.clone()), FEW_ROUNDINGS,
                () -> bigCall + " (subtract each row's max before exp: e^1000 overflows)");
        Check.allClose(Maths.softmaxCrossEntropyGradient(big, yBig), loss.backward(), FEW_ROUNDINGS,
                () -> bigCall + ", backward()");
    }

    @HiddenUntilPublished
    @Order(8)
    @Points(1)
    @Tag("layers")
    @DisplayName("softmax cross-entropy matches the reference and centered differences on 20 random batches")
    void softmaxCrossEntropyMatchesReference(@Student Layers layers, @Reference Layers reference, Seeded random) {
        for (int trial = 0; trial < TRIALS; trial++) {
            int n = random.between(1, 5);
            int k = random.between(2, 5);
            double[][] Z = random.gaussian(n, k, 3.0);
            int[] y = random.labels(n, k);
            Loss expected = reference.softmaxCrossEntropy();
            Loss actual = layers.softmaxCrossEntropy();
            String call = "softmaxCrossEntropy().forward(Z = " + show(Z) + ", y = " + show(y) + ")";
            Check.allClose(expected.forward(Z, y), actual.forward(Check.copy(Z), y.clone()), ROUNDING, call);
            double[][] dZ = actual.backward();
            Check.allClose(expected.backward(), dZ, ROUNDING, () -> call + ", backward()");
            double[][] numerical = new double[n][k];
            for (int i = 0; i < n; i++) {
                for (int c = 0; c < k; c++) {
                    double z = Z[i][c];
                    double h = Maths.STEP * Math.max(1, Math.abs(z));
                    Z[i][c] = z + h;
                    double up = Maths.softmaxCrossEntropy(Z, y);
                    Z[i][c] = z - h;
                    double down = Maths.softmaxCrossEntropy(Z, y);
                    Z[i][c] = z;
                    numerical[i][c] = (up - down) / (2 * h);
                }
            }
            Check.gradientMatches(numerical, dZ, GRADIENT_RELATIVE_ERROR, GRADIENT_FLOOR, () -> call + ", backward()");
        }
    }

    // ---- the sequential network ----------------------------------------------------------------

    @Test
    @Order(9)
    @Points(2)
    @Tag("network")
    @DisplayName("sequential: forward through every layer, and J = L + (λ/2)(Σ ‖W‖²) with the biases left out")
    void sequentialLossWithWeightDecay(@Student Layers layers) {
        Maths.Net net = new Maths.Net(List.of(new double[][] {{1, -1}, {0.5, 2}}, new double[][] {{1, 0}, {-1, 3}}),
                List.of(new double[] {0.5, -1}, new double[] {2, 0}), Activation.RELU, 0.1);
        double[][] x = {{1, 2}, {-1, 0.5}};
        int[] y = {0, 1};
        Network network = Nets.networkOf(layers, net);
        String call = Nets.describe(net);
        Check.allClose(net.scores(x), network.forward(Check.copy(x)), FEW_ROUNDINGS,
                () -> call + ".forward(X = " + show(x) + ")");
        Check.allClose(net.loss(x, y), network.loss(Check.copy(x), y.clone()), FEW_ROUNDINGS,
                () -> call + ".loss(X = " + show(x) + ", y = [0, 1]) (the penalty (λ/2) Σ ‖W‖² = 0.05 · 17.25 is on"
                        + " the weights only, not the biases: " + show(net.loss(x, y)) + ")");
    }

    @HiddenUntilPublished
    @Order(10)
    @Points(4)
    @Tag("network")
    @Tag("gradient")
    @DisplayName("sequential backward: every dW and db matches centered differences of J (depth 1–4, each"
            + " activation, λ in [0, 0.1])")
    void sequentialBackwardMatchesCenteredDifferences(@Student Layers layers, Seeded random) {
        for (int trial = 0; trial < 6; trial++) {
            Activation g = Activation.values()[trial % 3];
            int d = random.between(1, 4);
            int k = random.between(2, 4);
            Maths.Net net = Nets.random(random, d, random.between(1, 4), k, g, random.uniform(0, 0.1));
            double[][] x = random.gaussian(random.between(1, 5), d, 1.0);
            while (g == Activation.RELU && net.closestToKink(x) < 1e-3) {       // centered differences would cross it
                x = random.gaussian(x.length, d, 1.0);
            }
            int[] y = random.labels(x.length, k);
            double[][] X = x;
            Network network = Nets.networkOf(layers, net);
            network.loss(Check.copy(X), y.clone());
            network.backward();
            List<Parameter> p = parameters(network, Nets.describe(net), 2 * net.W().size());
            String call = Nets.describe(net) + ", loss(X = " + show(X) + ", y = " + show(y) + "), backward()";
            for (int l = 0; l < net.W().size(); l++) {
                int layer = l;
                Check.gradientMatches(net.numericalW(l, X, y), p.get(2 * l).grad(), GRADIENT_RELATIVE_ERROR,
                        GRADIENT_FLOOR, () -> call + ": parameters().get(" + 2 * layer + ").grad(), ∂J/∂W" + (layer + 1)
                                + " (with + λ W" + (layer + 1) + ")");
                Check.gradientMatches(new double[][] {net.numericalB(l, X, y)}, p.get(2 * l + 1).grad(),
                        GRADIENT_RELATIVE_ERROR, GRADIENT_FLOOR, () -> call + ": parameters().get(" + (2 * layer + 1)
                                + ").grad(), ∂J/∂b" + (layer + 1) + " (no decay on biases)");
            }
        }
    }

    @HiddenUntilPublished
    @Order(11)
    @Points(3)
    @Tag("network")
    @DisplayName("sequential: scores, J and every gradient match the reference on 20 random networks (rtol 1e-9),"
            + " and backward twice gives the same gradients")
    void sequentialMatchesReference(@Student Layers layers, @Reference Layers reference, Seeded random) {
        for (int trial = 0; trial < TRIALS; trial++) {
            Activation g = Activation.values()[random.between(0, 2)];
            int d = random.between(1, 4);
            int k = random.between(2, 4);
            Maths.Net net = Nets.random(random, d, random.between(1, 4), k, g, random.uniform(0, 0.1));
            double[][] X = random.gaussian(random.between(1, 6), d, 1.0);
            int[] y = random.labels(X.length, k);
            Network expected = Nets.networkOf(reference, net);
            double J = expected.loss(X, y);
            expected.backward();
            Network actual = Nets.networkOf(layers, net);
            String call = Nets.describe(net);
            Check.allClose(expected.forward(X), actual.forward(Check.copy(X)), ROUNDING,
                    () -> call + ".forward(X = " + show(X) + ")");
            String lossCall = call + ".loss(X = " + show(X) + ", y = " + show(y) + ")";
            Check.allClose(J, actual.loss(Check.copy(X), y.clone()), ROUNDING, lossCall);
            actual.backward();
            actual.backward();
            List<Parameter> p = parameters(actual, call, expected.parameters().size());
            for (int i = 0; i < p.size(); i++) {
                int index = i;
                Check.allClose(expected.parameters().get(i).grad(), p.get(i).grad(), ROUNDING,
                        () -> lossCall + ", backward(), backward(): parameters().get(" + index + ").grad() (backward"
                                + " replaces the gradients: twice gives the same)");
            }
        }
    }

    @Test
    @Order(12)
    @Points(1)
    @Tag("network")
    @DisplayName("classes: the argmax of each row's scores, the lowest class on a tie")
    void classesAreTheArgmax(@Student Layers layers) {
        Maths.Net net = new Maths.Net(List.<double[][]>of(new double[][] {{1, 0}, {0, 1}, {1, 1}}), List.<double[]>of(new double[] {0, 0, -1}),
                Activation.TANH, 0);
        double[][] x = {{1, 3}, {2, 1}, {1, 1}, {0, 0}, {-1, -2}, {3, 3}};
        Network network = Nets.networkOf(layers, net);
        Check.equal(new int[] {1, 0, 0, 0, 0, 2}, network.classes(Check.copy(x)), () -> Nets.describe(net)
                + ".classes(X = " + show(x) + ") (scores " + show(net.scores(x)) + ": the first of equal scores wins)");
    }

    @HiddenUntilPublished
    @Order(13)
    @Points(1)
    @Tag("layers")
    @DisplayName("forward, backward and loss leave their arguments unchanged")
    void argumentsAreNotChanged(@Student Layers layers, Seeded random) {
        for (Activation g : Activation.values()) {
            Maths.Net net = Nets.random(random, 3, 3, 3, g, 0.05);
            double[][] X = random.gaussian(4, 3, 1.0);
            int[] y = random.labels(4, 3);
            double[][] XBefore = Check.copy(X);
            int[] yBefore = y.clone();
            Network network = Nets.networkOf(layers, net);
            Inputs.computes(network.loss(X, y), Nets.describe(net) + ".loss(X, y)");
            Check.unchanged(XBefore, X, "X passed to loss(X, y)");
            Check.unchanged(yBefore, y, "y passed to loss(X, y)");
            double[][] in = random.gaussian(4, 3, 1.0);
            for (Layer layer : Nets.layersOf(layers, net)) {
                double[][] inBefore = Check.copy(in);
                double[][] out = layer.forward(in);
                Check.unchanged(inBefore, in, "X passed to forward(X) of a layer of " + Nets.describe(net)
                        + " (forward returns a new array)");
                Check.isTrue(out != null && out.length == in.length && out[0] != null, "forward(X) of a layer returned "
                        + (out == null ? "null" : out.length + " rows for " + in.length));
                in = Check.copy(out);
                double[][] dY = random.gaussian(out.length, out[0].length, 1.0);
                double[][] dYBefore = Check.copy(dY);
                layer.backward(dY);
                Check.unchanged(dYBefore, dY, "dL_dY passed to backward(dL_dY) of a layer of " + Nets.describe(net)
                        + " (backward returns a new array)");
            }
        }
    }

    /** The parameters of a layer or network, checked to be {@code count} of them, none null. */
    static List<Parameter> parameters(Layer layer, String what, int count) {
        return checked(layer.parameters(), what, count);
    }

    static List<Parameter> parameters(Network network, String what, int count) {
        return checked(network.parameters(), what, count);
    }

    private static List<Parameter> checked(List<Parameter> p, String what, int count) {
        Check.isTrue(p != null, what + ".parameters() returned null");
        Check.isTrue(p.size() == count && p.stream().allMatch(q -> q != null && q.value() != null && q.grad() != null),
                () -> what + ".parameters() is " + Inputs.shapes(p) + ", not " + count + " parameters with their value"
                        + " and grad (W then b for each affine layer, first layer first)");
        return p;
    }
}
