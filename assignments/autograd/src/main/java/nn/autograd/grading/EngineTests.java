package nn.autograd.grading;

import static nn.autograd.grading.Inputs.FEW_ROUNDINGS;
import static nn.autograd.grading.Inputs.GRADIENT_FLOOR;
import static nn.autograd.grading.Inputs.GRADIENT_RELATIVE_ERROR;
import static nn.autograd.grading.Inputs.ROUNDING;
import static nngrader.api.Check.show;

import nn.autograd.GraphProgram;
import nn.autograd.Node;
import nngrader.api.Check;
import nngrader.api.HiddenUntilPublished;
import nngrader.api.Points;
import nngrader.api.Reference;
import nngrader.api.Seeded;
import nngrader.api.Student;
import nngrader.api.TimeLimit;
import nngrader.api.Tolerance;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;

/**
 * The scalar engine: each operation's value and local derivative on numbers worked out by hand;
 * the chain rule over the graph (∇u_j = Σ over the nodes i that use u_j of ∇u_i ∂u_i/∂u_j) on
 * reuse, fan-out and diamonds; leaves that sum over backwards until zeroGrad; random graphs
 * against the reverse pass computed here, centered differences and the reference; and graphs of
 * 10⁵ nodes, built in one call with {@link Node#build}.
 */
@Order(1)
@DisplayName("The engine: values and gradients on a computation graph")
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class EngineTests {

    /** What to look at when the gradient of a reused node is short. */
    private static final String SUM_PATHS = "a node used twice must add the gradient of each use: grad += …, not grad = …";

    /** Random graphs per randomized test. */
    private static final int GRAPHS = 20;

    // ---- each operation, fixed -----------------------------------------------------------------

    @Test
    @Order(1)
    @Points(1)
    @Tag("engine")
    @DisplayName("add and sub: values and gradients at x = 2, y = −3")
    void addAndSub(@Student Node any) {
        Node x = any.leaf(2);
        Node y = any.leaf(-3);
        Inputs.backwardOf(x.add(y), -1, "x.add(y)", new Node[] {x, y}, new double[] {1, 1}, new String[] {"x", "y"});
        Node x2 = any.leaf(2);
        Node y2 = any.leaf(-3);
        Inputs.backwardOf(x2.sub(y2), 5, "x.sub(y)", new Node[] {x2, y2}, new double[] {1, -1},
                new String[] {"x", "y"});
    }

    @Test
    @Order(2)
    @Points(1)
    @Tag("engine")
    @DisplayName("mul and div: values and gradients at x = 2, y = −4 (∂(x/y)/∂y = −x/y²)")
    void mulAndDiv(@Student Node any) {
        Node x = any.leaf(2);
        Node y = any.leaf(-4);
        Inputs.backwardOf(x.mul(y), -8, "x.mul(y)", new Node[] {x, y}, new double[] {-4, 2}, new String[] {"x", "y"});
        Node x2 = any.leaf(2);
        Node y2 = any.leaf(-4);
        Inputs.backwardOf(x2.div(y2), -0.5, "x.div(y)", new Node[] {x2, y2}, new double[] {-0.25, -0.125},
                new String[] {"x", "y"});
    }

    @Test
    @Order(3)
    @Points(1)
    @Tag("engine")
    @DisplayName("neg and pow: −x, x³, x^0.5 and x^−1 at x = 4 (∂x^p/∂x = p x^(p−1))")
    void negAndPow(@Student Node any) {
        double[][] cases = {{3, 64, 48}, {0.5, 2, 0.25}, {-1, 0.25, -0.0625}};
        Node x = any.leaf(4);
        Inputs.backwardOf(x.neg(), -4, "x.neg()", new Node[] {x}, new double[] {-1}, new String[] {"x"});
        for (double[] c : cases) {
            Node leaf = any.leaf(4);
            Inputs.backwardOf(leaf.pow(c[0]), c[1], "x.pow(" + show(c[0]) + ")", new Node[] {leaf}, new double[] {c[2]},
                    new String[] {"x"});
        }
    }

    @Test
    @Order(4)
    @Points(1)
    @Tag("engine")
    @DisplayName("exp and log: values and gradients at x = 0.5 (∂eˣ/∂x = eˣ, ∂ln x/∂x = 1/x)")
    void expAndLog(@Student Node any) {
        Node x = any.leaf(0.5);
        Inputs.backwardOf(x.exp(), Math.exp(0.5), "x.exp()", new Node[] {x}, new double[] {Math.exp(0.5)},
                new String[] {"x"});
        Node x2 = any.leaf(0.5);
        Inputs.backwardOf(x2.log(), Math.log(0.5), "x.log()", new Node[] {x2}, new double[] {2}, new String[] {"x"});
    }

    @Test
    @Order(5)
    @Points(1)
    @Tag("engine")
    @DisplayName("tanh and sigmoid: at x = 0.7, and sigmoid at ±1000 without overflow (σ' = σ(1 − σ))")
    void tanhAndSigmoid(@Student Node any) {
        double t = Math.tanh(0.7);
        Node x = any.leaf(0.7);
        Inputs.backwardOf(x.tanh(), t, "x.tanh()", new Node[] {x}, new double[] {1 - t * t}, new String[] {"x"});
        double s = 1 / (1 + Math.exp(-0.7));
        Node x2 = any.leaf(0.7);
        Inputs.backwardOf(x2.sigmoid(), s, "x.sigmoid()", new Node[] {x2}, new double[] {s * (1 - s)},
                new String[] {"x"});
        for (double big : new double[] {1000, -1000}) {
            Node leaf = any.leaf(big);
            Inputs.backwardOf(leaf.sigmoid(), big > 0 ? 1 : 0, "x.sigmoid() at x = " + show(big)
                    + " (e^1000 overflows to Infinity: compute e^(−|x|))", new Node[] {leaf}, new double[] {0},
                    new String[] {"x"});
        }
    }

    @Test
    @Order(6)
    @Points(1)
    @Tag("engine")
    @DisplayName("relu: at x = −1, 0 and 2, with gradient 0 at the kink x = 0")
    void relu(@Student Node any) {
        double[][] cases = {{-1, 0, 0}, {0, 0, 0}, {2, 2, 1}};
        for (double[] c : cases) {
            Node x = any.leaf(c[0]);
            Inputs.backwardOf(x.relu(), c[1], "x.relu() at x = " + show(c[0]), new Node[] {x}, new double[] {c[2]},
                    new String[] {"x"});
        }
    }

    // ---- the chain rule over the graph ---------------------------------------------------------

    @Test
    @Order(7)
    @Points(2)
    @Tag("engine")
    @DisplayName("one node as both operands: x·x, x + x and x/x at x = 3 (2x, 2 and 0)")
    void aNodeAsBothOperands(@Student Node any) {
        Node x = any.leaf(3);
        Inputs.backwardOf(x.mul(x), 9, "x.mul(x) (" + SUM_PATHS + ")", new Node[] {x}, new double[] {6},
                new String[] {"x"});
        Node x2 = any.leaf(3);
        Inputs.backwardOf(x2.add(x2), 6, "x.add(x) (" + SUM_PATHS + ")", new Node[] {x2}, new double[] {2},
                new String[] {"x"});
        Node x3 = any.leaf(3);
        Inputs.backwardOf(x3.div(x3), 1, "x.div(x) (1/x from the numerator and −x/x² from the denominator)",
                new Node[] {x3}, new double[] {0}, new String[] {"x"});
    }

    @Test
    @Order(8)
    @Points(2)
    @Tag("engine")
    @DisplayName("fan-out: x·y + eˣ + x at x = 0.5, y = 2, where x reaches the output along three paths")
    void fanOut(@Student Node any) {
        Node x = any.leaf(0.5);
        Node y = any.leaf(2);
        Node out = x.mul(y).add(x.exp()).add(x);
        Inputs.backwardOf(out, 1 + Math.exp(0.5) + 0.5, "x.mul(y).add(x.exp()).add(x) (" + SUM_PATHS + ")",
                new Node[] {x, y}, new double[] {2 + Math.exp(0.5) + 1, 0.5}, new String[] {"x", "y"});
    }

    @Test
    @Order(9)
    @Points(2)
    @Tag("engine")
    @DisplayName("a diamond with paths of different lengths: a = 2x, out = tanh(a)·eᵃ + a, at x = 0.3 (the"
            + " topological order)")
    void diamondWithUnevenPaths(@Student Node any) {
        // a's gradient is complete only after both tanh(a)·e^a (two steps away) and the direct a have sent theirs:
        // an order that runs a's step after only some of its users gets part of the gradient
        Node x = any.leaf(0.3);
        Node two = any.leaf(2);
        Node a = x.mul(two);
        Node out = a.tanh().mul(a.exp()).add(a);
        double av = 0.6;
        double t = Math.tanh(av);
        double dOut_da = (1 - t * t) * Math.exp(av) + t * Math.exp(av) + 1;
        Inputs.backwardOf(out, t * Math.exp(av) + av, "a = x.mul(two); a.tanh().mul(a.exp()).add(a) (run a node's"
                        + " step only after every node that uses it: reverse topological order)",
                new Node[] {x, two, a}, new double[] {2 * dOut_da, 0.3 * dOut_da, dOut_da}, new String[] {"x", "two", "a"});
    }

    @Test
    @Order(10)
    @Points(2)
    @Tag("engine")
    @DisplayName("backward twice without zeroGrad: leaves sum both (2y for x·y), every other node holds one")
    void backwardTwiceSumsInLeavesOnly(@Student Node any) {
        Node x = any.leaf(1.5);
        Node y = any.leaf(-2);
        Node u = x.mul(y);
        Node out = u.tanh();
        double t = Math.tanh(-3);
        double dOut_du = 1 - t * t;
        out.backward();
        out.backward();
        String call = "u = x.mul(y); out = u.tanh(); out.backward(); out.backward() at x = 1.5, y = −2";
        Check.allClose(2 * -2 * dOut_du, x.grad(), FEW_ROUNDINGS, () -> call + ": x.grad() (a leaf adds each backward"
                + " to what it holds: 2 · ∂out/∂x)");
        Check.allClose(2 * 1.5 * dOut_du, y.grad(), FEW_ROUNDINGS, () -> call + ": y.grad() (a leaf adds each backward"
                + " to what it holds: 2 · ∂out/∂y)");
        Check.allClose(dOut_du, u.grad(), FEW_ROUNDINGS, () -> call + ": u.grad() (a node that is not a leaf starts"
                + " every backward from 0, so it holds ∂out/∂u once)");
        Check.allClose(1, out.grad(), FEW_ROUNDINGS, () -> call + ": out.grad() (∂out/∂out = 1 each backward, not"
                + " summed)");
    }

    @Test
    @Order(11)
    @Points(2)
    @Tag("engine")
    @DisplayName("zeroGrad: sets every node below to 0, so that the next backward gives one gradient again")
    void zeroGradResetsEveryNodeBelow(@Student Node any) {
        Node x = any.leaf(1.5);
        Node y = any.leaf(-2);
        Node u = x.mul(y);
        Node out = u.add(x);
        out.backward();
        out.zeroGrad();
        String call = "out = x.mul(y).add(x); out.backward(); out.zeroGrad()";
        Check.allClose(0, x.grad(), FEW_ROUNDINGS, () -> call + ": x.grad()");
        Check.allClose(0, y.grad(), FEW_ROUNDINGS, () -> call + ": y.grad()");
        Check.allClose(0, u.grad(), FEW_ROUNDINGS, () -> call + ": u.grad() (the x.mul(y) node)");
        Check.allClose(0, out.grad(), FEW_ROUNDINGS, () -> call + ": out.grad()");
        out.backward();
        Check.allClose(-1, x.grad(), FEW_ROUNDINGS, () -> call + "; out.backward(): x.grad() (y + 1 once)");
        Check.allClose(1.5, y.grad(), FEW_ROUNDINGS, () -> call + "; out.backward(): y.grad() (x once)");
    }

    @Test
    @Order(12)
    @Points(2)
    @Tag("engine")
    @DisplayName("backward from an inner node reaches only the nodes below it; leaf makes a leaf with gradient 0,"
            + " and backward from a leaf adds 1 each time")
    void backwardFromAnInnerNode(@Student Node any) {
        Node x = any.leaf(2);
        Node y = any.leaf(5);
        Check.allClose(2, x.value(), Tolerance.EXACT, "any.leaf(2).value()");
        Check.allClose(0, x.grad(), Tolerance.EXACT, "any.leaf(2).grad() before any backward");
        Node u = x.mul(x);
        Node out = u.add(y);
        u.backward();
        String call = "u = x.mul(x); out = u.add(y); u.backward() at x = 2, y = 5";
        Check.allClose(4, x.grad(), FEW_ROUNDINGS, () -> call + ": x.grad()");
        Check.allClose(0, y.grad(), FEW_ROUNDINGS, () -> call + ": y.grad() (y is not below u: backward from u must"
                + " not reach it)");
        Check.allClose(0, out.grad(), FEW_ROUNDINGS, () -> call + ": out.grad() (out uses u, it is not below it)");
        Check.allClose(2, x.value(), FEW_ROUNDINGS, () -> call + ": x.value() (operations make new nodes and change"
                + " none)");
        Node z = any.leaf(7);
        z.backward();
        z.backward();
        Check.allClose(2, z.grad(), FEW_ROUNDINGS, "z = leaf(7); z.backward(); z.backward(): z.grad() (∂z/∂z = 1 each"
                + " time, and a leaf adds each backward to what it holds: grad += 1, not grad = 1)");
    }

    // ---- random graphs -------------------------------------------------------------------------

    @HiddenUntilPublished
    @Order(13)
    @Points(4)
    @Tag("engine")
    @DisplayName("random graphs: each leaf's gradient matches centered differences (20 graphs, 3–8 leaves, 10–40"
            + " steps with reuse)")
    void randomGraphsMatchCenteredDifferences(@Student Node any, Seeded random) {
        for (int trial = 0; trial < GRAPHS; trial++) {
            GraphProgram g = Graphs.random(random, random.between(3, 8), random.between(10, 40));
            int output = g.size() - 1;
            Node[] nodes = any.build(g);
            Inputs.checkBuilt(g, nodes);
            nodes[output].backward();
            double[] numerical = Maths.numericalLeafGradients(g, output);
            double[] analytic = new double[numerical.length];
            for (int i = 0; i < analytic.length; i++) {
                analytic[i] = nodes[i].grad();
            }
            Check.gradientMatches(numerical, analytic, GRADIENT_RELATIVE_ERROR, GRADIENT_FLOOR,
                    () -> "the leaves' grad() after backward() of the last node of " + Inputs.show(g));
        }
    }

    @HiddenUntilPublished
    @Order(14)
    @Points(4)
    @Tag("engine")
    @DisplayName("random graphs: the value and gradient of every node match the reverse pass and the reference"
            + " (20 graphs, rtol 1e-9)")
    void randomGraphsMatchTheReversePass(@Student Node any, @Reference Node reference, Seeded random) {
        for (int trial = 0; trial < GRAPHS; trial++) {
            GraphProgram g = Graphs.random(random, random.between(3, 8), random.between(10, 40));
            int output = random.between(g.leaves().length, g.size() - 1);
            Node[] nodes = any.build(g);
            Inputs.checkBuilt(g, nodes);
            nodes[output].backward();
            Node[] expectedNodes = reference.build(g);
            expectedNodes[output].backward();
            double[] expected = new double[g.size()];
            double[] actual = new double[g.size()];
            for (int j = 0; j < g.size(); j++) {
                expected[j] = j <= output ? expectedNodes[j].grad() : 0;
                actual[j] = j <= output ? nodes[j].grad() : 0;
            }
            double[] reverse = Maths.gradients(g, output);
            String call = "grad() of nodes 0 … " + output + " after backward() of node " + output + " of "
                    + Inputs.show(g);
            Check.allClose(java.util.Arrays.copyOf(expected, output + 1), java.util.Arrays.copyOf(actual, output + 1),
                    ROUNDING, () -> call + " (" + Inputs.firstWrongStep(g, reverse, actual, output) + ")");
        }
    }

    // ---- big graphs ----------------------------------------------------------------------------

    @HiddenUntilPublished
    @Order(15)
    @Points(4)
    @TimeLimit(30)
    @Tag("engine")
    @DisplayName("a graph of 10⁵ nodes: backward through a chain 10⁵ deep, where x feeds every link (no"
            + " StackOverflowError: a loop, not recursion)")
    void aChainOfTenToTheFiveNodes(@Student Node any, Seeded random) {
        double x = random.uniform(0.2, 0.8);
        double c = random.uniform(-0.5, 0.5);
        GraphProgram g = Graphs.chain(x, c, 50_000);
        int last = g.size() - 1;
        double[] reverse = Maths.gradients(g, last);
        String call = "u = x; 50000 times u = u.add(x.mul(c)).tanh() (x·c made once), then u.backward(), at x = "
                + show(x) + ", c = " + show(c) + " (" + g.size() + " nodes)";
        Node[] nodes = any.build(g);
        Check.isTrue(nodes != null && nodes.length == 3, "build of the chain returned " + (nodes == null ? "null"
                : nodes.length + " nodes instead of 3"));
        Check.allClose(g.values()[last], nodes[0].value(), ROUNDING, () -> call + ": u.value()");
        nodes[0].backward();
        Check.allClose(reverse[0], nodes[1].grad(), ROUNDING, () -> call + ": x.grad() (summed over 50001 uses)");
        Check.allClose(reverse[1], nodes[2].grad(), ROUNDING, () -> call + ": c.grad()");
    }

    @HiddenUntilPublished
    @Order(16)
    @Points(2)
    @TimeLimit(30)
    @Tag("engine")
    @DisplayName("zeroGrad and a second backward on the graph of 10⁵ nodes")
    void zeroGradOnTenToTheFiveNodes(@Student Node any, Seeded random) {
        double x = random.uniform(0.2, 0.8);
        double c = random.uniform(-0.5, 0.5);
        GraphProgram g = Graphs.chain(x, c, 50_000);
        double[] reverse = Maths.gradients(g, g.size() - 1);
        String call = "the chain of 10⁵ nodes at x = " + show(x) + ", c = " + show(c)
                + ": u.backward(); u.zeroGrad(); u.backward()";
        Node[] nodes = any.build(g);
        Check.isTrue(nodes != null && nodes.length == 3, "build of the chain returned " + (nodes == null ? "null"
                : nodes.length + " nodes instead of 3"));
        nodes[0].backward();
        nodes[0].zeroGrad();
        Check.allClose(0, nodes[1].grad(), FEW_ROUNDINGS, () -> call.replace("; u.backward()", "") + ": x.grad()");
        nodes[0].backward();
        Check.allClose(reverse[0], nodes[1].grad(), ROUNDING, () -> call + ": x.grad() (one gradient, not two)");
    }

    @HiddenUntilPublished
    @Order(17)
    @Points(2)
    @TimeLimit(30)
    @Tag("engine")
    @DisplayName("a node used 10⁵ times: Σ_i c_i · x over 10⁵ terms, ∂/∂x = Σ c_i")
    void aNodeUsedTenToTheFiveTimes(@Student Node any, Seeded random) {
        int terms = 50_000;
        GraphProgram.Builder b = GraphProgram.builder();
        int xNode = b.leaf(random.uniform(-1, 1));
        double[] cs = random.uniform(terms, -1, 1);
        int[] c = new int[terms];
        for (int i = 0; i < terms; i++) {
            c[i] = b.leaf(cs[i]);
        }
        int sum = b.apply(GraphProgram.Op.MUL, xNode, c[0]);
        for (int i = 1; i < terms; i++) {
            sum = b.apply(GraphProgram.Op.ADD, sum, b.apply(GraphProgram.Op.MUL, xNode, c[i]));
        }
        GraphProgram g = b.outputs(sum, xNode);
        double expected = Maths.gradients(g, sum)[xNode];
        Node[] nodes = any.build(g);
        Check.isTrue(nodes != null && nodes.length == 2, "build of the sum returned " + (nodes == null ? "null"
                : nodes.length + " nodes instead of 2"));
        nodes[0].backward();
        Check.allClose(expected, nodes[1].grad(), ROUNDING, () -> "x.grad() after backward() of Σ_i x·c_i over " + terms
                + " terms (" + SUM_PATHS + ")");
    }
}
