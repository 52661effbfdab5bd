package nn.autograd;

import java.util.Arrays;

/**
 * A computation graph written down as a program, so that it can be built in one call where the
 * nodes live (given, not part of the homework). Nodes are numbered in order: first the leaves
 * 0 … L−1 with their values, then step s makes node L + s from earlier nodes:
 * <pre>
 *   node[L + s] = ops[s](node[a[s]])                   a unary op (NEG, EXP, LOG, TANH, SIGMOID, RELU)
 *   node[L + s] = ops[s](node[a[s]], node[b[s]])       a binary op (ADD, SUB, MUL, DIV)
 *   node[L + s] = node[a[s]].pow(p[s])                 POW, with the constant exponent p[s]
 * </pre>
 * {@code outputs} lists the nodes that {@link #build} returns. E.g. tanh(x·y + x) at x = 2, y = 3:
 * <pre>{@code
 * GraphProgram.Builder g = GraphProgram.builder();
 * int x = g.leaf(2), y = g.leaf(3);
 * int out = g.apply(Op.TANH, g.apply(Op.ADD, g.apply(Op.MUL, x, y), x));
 * Node[] nodes = anyNode.build(g.outputs(out, x, y));     // one call: [out, x, y]
 * nodes[0].backward();                                     // x.grad() = (1 − tanh²(8)) · (y + 1)
 * }</pre>
 * A chain of 10⁵ steps, or a random graph with fan-out, is as cheap to send as its arrays.
 *
 * @param leaves  the leaves' values, nodes 0 … L−1
 * @param ops     the operation of each step
 * @param a       each step's first (or only) operand, a node number below L + s
 * @param b       each binary step's second operand, below L + s (ignored for the others)
 * @param p       each POW step's exponent (ignored for the others)
 * @param outputs the nodes {@link #build} returns, in this order
 */
public record GraphProgram(double[] leaves, Op[] ops, int[] a, int[] b, double[] p, int[] outputs) {

    /** The operations of {@link Node}, by name. */
    public enum Op {
        ADD, SUB, MUL, DIV, NEG, POW, EXP, LOG, TANH, SIGMOID, RELU;

        /** Whether the op takes a second node. */
        public boolean binary() {
            return this == ADD || this == SUB || this == MUL || this == DIV;
        }
    }

    /** Checks that the arrays agree in length and that each step uses only earlier nodes. */
    public GraphProgram {
        int steps = ops.length;
        if (a.length != steps || b.length != steps || p.length != steps) {
            throw new IllegalArgumentException("ops, a, b and p must have one entry per step: " + steps + ", "
                    + a.length + ", " + b.length + ", " + p.length);
        }
        int nodes = leaves.length + steps;
        for (int s = 0; s < steps; s++) {
            int made = leaves.length + s;
            if (a[s] < 0 || a[s] >= made || ops[s].binary() && (b[s] < 0 || b[s] >= made)) {
                throw new IllegalArgumentException("step " + s + " (node " + made + ") uses a node that is not made yet");
            }
        }
        for (int output : outputs) {
            if (output < 0 || output >= nodes) {
                throw new IllegalArgumentException("output " + output + " is not a node (there are " + nodes + ")");
            }
        }
    }

    /** The number of nodes, leaves and steps together. */
    public int size() {
        return leaves.length + ops.length;
    }

    /** Builds the graph with {@code factory}'s leaves and operations; returns the output nodes. */
    public Node[] build(Node factory) {
        Node[] node = new Node[size()];
        for (int i = 0; i < leaves.length; i++) {
            node[i] = factory.leaf(leaves[i]);
        }
        for (int s = 0; s < ops.length; s++) {
            Node x = node[a[s]];
            node[leaves.length + s] = switch (ops[s]) {
                case ADD -> x.add(node[b[s]]);
                case SUB -> x.sub(node[b[s]]);
                case MUL -> x.mul(node[b[s]]);
                case DIV -> x.div(node[b[s]]);
                case NEG -> x.neg();
                case POW -> x.pow(p[s]);
                case EXP -> x.exp();
                case LOG -> x.log();
                case TANH -> x.tanh();
                case SIGMOID -> x.sigmoid();
                case RELU -> x.relu();
            };
        }
        Node[] out = new Node[outputs.length];
        for (int i = 0; i < outputs.length; i++) {
            out[i] = node[outputs[i]];
        }
        return out;
    }

    /** The values of the nodes this program makes, in plain doubles: the forward pass to check against. */
    public double[] values() {
        double[] v = Arrays.copyOf(leaves, size());
        for (int s = 0; s < ops.length; s++) {
            double x = v[a[s]];
            double y = ops[s].binary() ? v[b[s]] : 0;
            v[leaves.length + s] = switch (ops[s]) {
                case ADD -> x + y;
                case SUB -> x - y;
                case MUL -> x * y;
                case DIV -> x / y;
                case NEG -> -x;
                case POW -> Math.pow(x, p[s]);
                case EXP -> Math.exp(x);
                case LOG -> Math.log(x);
                case TANH -> Math.tanh(x);
                case SIGMOID -> 1 / (1 + Math.exp(-x));
                case RELU -> Math.max(0, x);
            };
        }
        return v;
    }

    public static Builder builder() {
        return new Builder();
    }

    /** Writes a program one node at a time; each method returns the new node's number. */
    public static final class Builder {
        private double[] leaves = new double[0];
        private Op[] ops = new Op[16];
        private int[] a = new int[16];
        private int[] b = new int[16];
        private double[] p = new double[16];
        private int steps;

        /** A leaf holding {@code value}. Leaves come before every step. */
        public int leaf(double value) {
            if (steps > 0) {
                throw new IllegalStateException("add every leaf before the first step");
            }
            leaves = Arrays.copyOf(leaves, leaves.length + 1);
            leaves[leaves.length - 1] = value;
            return leaves.length - 1;
        }

        /** A unary op (NEG, EXP, LOG, TANH, SIGMOID, RELU) of node x. */
        public int apply(Op op, int x) {
            if (op.binary() || op == Op.POW) {
                throw new IllegalArgumentException(op + " needs a second operand");
            }
            return step(op, x, -1, 0);
        }

        /** A binary op (ADD, SUB, MUL, DIV) of nodes x and y. */
        public int apply(Op op, int x, int y) {
            if (!op.binary()) {
                throw new IllegalArgumentException(op + " takes one node");
            }
            return step(op, x, y, 0);
        }

        /** x^exponent. */
        public int pow(int x, double exponent) {
            return step(Op.POW, x, -1, exponent);
        }

        /** The program, returning the given nodes from {@link GraphProgram#build}. */
        public GraphProgram outputs(int... outputs) {
            return new GraphProgram(leaves.clone(), Arrays.copyOf(ops, steps), Arrays.copyOf(a, steps),
                    Arrays.copyOf(b, steps), Arrays.copyOf(p, steps), outputs.clone());
        }

        private int step(Op op, int x, int y, double exponent) {
            if (steps == ops.length) {
                ops = Arrays.copyOf(ops, 2 * steps);
                a = Arrays.copyOf(a, 2 * steps);
                b = Arrays.copyOf(b, 2 * steps);
                p = Arrays.copyOf(p, 2 * steps);
            }
            ops[steps] = op;
            a[steps] = x;
            b[steps] = y;
            p[steps] = exponent;
            return leaves.length + steps++;
        }
    }
}
