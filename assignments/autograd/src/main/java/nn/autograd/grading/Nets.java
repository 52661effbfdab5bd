package nn.autograd.grading;

import static nngrader.api.Check.show;

import java.util.ArrayList;
import java.util.List;
import nn.autograd.Activation;
import nn.autograd.Layer;
import nn.autograd.Layers;
import nn.autograd.Network;
import nngrader.api.Check;
import nngrader.api.Seeded;

/** Random networks as plain arrays ({@link Maths.Net}), and the same network made by a {@link Layers}. */
final class Nets {

    private Nets() {
    }

    /**
     * A network of {@code depth} affine layers from d inputs to k classes, hidden sizes 2 to 5,
     * entries N(0, 1) (biases too).
     */
    static Maths.Net random(Seeded random, int d, int depth, int k, Activation g, double lambda) {
        List<double[][]> W = new ArrayList<>();
        List<double[]> b = new ArrayList<>();
        int fanIn = d;
        for (int l = 0; l < depth; l++) {
            int h = l == depth - 1 ? k : random.between(2, 5);
            W.add(random.gaussian(h, fanIn, 1.0));
            b.add(random.gaussian(h, 1.0));
            fanIn = h;
        }
        return new Maths.Net(W, b, g, lambda);
    }

    /** The layers of {@code net} made by {@code layers}: affine, then g, …, then the last affine. */
    static List<Layer> layersOf(Layers layers, Maths.Net net) {
        List<Layer> list = new ArrayList<>();
        for (int l = 0; l < net.W().size(); l++) {
            Layer affine = layers.affine(Check.copy(net.W().get(l)), net.b().get(l).clone());
            Check.isTrue(affine != null, "affine(W, b) returned null");
            list.add(affine);
            if (l < net.W().size() - 1) {
                Layer g = activation(layers, net.g());
                Check.isTrue(g != null, () -> net.g().name().toLowerCase() + "() returned null");
                list.add(g);
            }
        }
        return list;
    }

    /** sequential(the layers of {@code net}, λ) made by {@code layers}. */
    static Network networkOf(Layers layers, Maths.Net net) {
        Network network = layers.sequential(layersOf(layers, net), net.lambda());
        Check.isTrue(network != null, "sequential(layers, λ) returned null");
        return network;
    }

    static Layer activation(Layers layers, Activation g) {
        return switch (g) {
            case RELU -> layers.relu();
            case SIGMOID -> layers.sigmoid();
            case TANH -> layers.tanh();
        };
    }

    /** "sequential([affine W1 [3][2], tanh, affine W2 [2][3]], λ = 0.1)" */
    static String describe(Maths.Net net) {
        StringBuilder s = new StringBuilder("sequential([");
        for (int l = 0; l < net.W().size(); l++) {
            s.append(l == 0 ? "" : ", " + net.g().name().toLowerCase() + "(), ").append("affine(W").append(l + 1)
                    .append(" = ").append(show(net.W().get(l))).append(", b").append(l + 1).append(" = ")
                    .append(show(net.b().get(l))).append(')');
        }
        return s.append("], λ = ").append(show(net.lambda())).append(')').toString();
    }
}
