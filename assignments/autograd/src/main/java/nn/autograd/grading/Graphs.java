package nn.autograd.grading;

import java.util.ArrayList;
import java.util.List;
import nn.autograd.GraphProgram;
import nn.autograd.GraphProgram.Op;
import nngrader.api.Seeded;

/**
 * The graphs the engine tests build: random expressions with fan-out and shared subexpressions,
 * kept where every operation is smooth and well away from overflow, and long chains.
 */
final class Graphs {

    /** No value of a random graph grows past this, so that no step is near overflow or cancellation. */
    private static final double LARGEST = 50;

    private Graphs() {
    }

    /**
     * A random graph of {@code leaves} leaves and {@code steps} steps, whose outputs are every node
     * (the leaves first). Each step draws an op and operands among the nodes made so far, favouring
     * recent ones (so the graph is deep) but reaching back (so nodes are used several times), and draws
     * again when the result would leave the smooth, bounded region: log and a fractional power only of
     * values above 0.2, division only by |values| above 0.2, ReLU only of |values| above 0.01 (away
     * from the kink, where centered differences average two slopes), exp only below 3.
     */
    static GraphProgram random(Seeded random, int leaves, int steps) {
        GraphProgram.Builder g = GraphProgram.builder();
        List<Double> v = new ArrayList<>();
        for (int i = 0; i < leaves; i++) {
            double x = random.uniform(-2, 2);
            g.leaf(x);
            v.add(x);
        }
        Op[] ops = Op.values();
        double[] exponents = {2, 3, -1, 0.5, 1.5};
        while (v.size() < leaves + steps) {
            Op op = ops[random.between(0, ops.length - 1)];
            int x = pick(random, v.size());
            int y = pick(random, v.size());
            double p = exponents[random.between(0, exponents.length - 1)];
            double a = v.get(x);
            double b = v.get(y);
            double out = Maths.apply(op, a, b, p);
            boolean smooth = switch (op) {
                case LOG -> a > 0.2;
                case DIV -> Math.abs(b) > 0.2;
                case POW -> p == Math.rint(p) && p > 0 || a > 0.2;
                case RELU -> Math.abs(a) > 0.01;
                case EXP -> a < 3;
                default -> true;
            };
            if (!smooth || !Double.isFinite(out) || Math.abs(out) > LARGEST) {
                continue;
            }
            if (op.binary()) {
                g.apply(op, x, y);
            } else if (op == Op.POW) {
                g.pow(x, p);
            } else {
                g.apply(op, x);
            }
            v.add(out);
        }
        int[] all = new int[v.size()];
        for (int i = 0; i < all.length; i++) {
            all[i] = i;
        }
        return g.outputs(all);
    }

    /** Mostly one of the last few nodes, sometimes any earlier one. */
    private static int pick(Seeded random, int made) {
        return random.between(0, 3) == 0 ? random.between(0, made - 1) : random.between(Math.max(0, made - 4), made - 1);
    }

    /**
     * A chain of {@code length} steps through two leaves x and c: u_0 = x, then u_{i+1} = tanh(u_i + x·c)
     * (x·c made once): 2·length + 1 steps deep, and x is used by every link. Outputs: the last node, x, c.
     */
    static GraphProgram chain(double x, double c, int length) {
        GraphProgram.Builder g = GraphProgram.builder();
        int xNode = g.leaf(x);
        int cNode = g.leaf(c);
        int xc = g.apply(Op.MUL, xNode, cNode);
        int u = xNode;
        for (int i = 0; i < length; i++) {
            u = g.apply(Op.TANH, g.apply(Op.ADD, u, xc));
        }
        return g.outputs(u, xNode, cNode);
    }
}
