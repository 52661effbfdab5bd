package nn.autograd;

import static nn.util.AllClose.assertAllClose;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.function.DoubleUnaryOperator;
import java.util.function.UnaryOperator;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/** Public tests of the engine Value. The graders' suite has more (random graphs, against the reference). */
class ValueTest {

    @Test
    @DisplayName("the handout's example by hand: L = (σ(w x + b) − y)² at w = 0.5, x = 2, b = −1, y = 1")
    void sigmoidAndSquaredError() {
        Value w = new Value(0.5);
        Value x = new Value(2);
        Value b = new Value(-1);
        Value y = new Value(1);
        Node z = w.mul(x).add(b);
        Node a = z.sigmoid();
        Node L = a.sub(y).pow(2);
        L.backward();
        assertAllClose(0.25, L.value(), 1e-12, 0, "L = (σ(0) − 1)²");
        assertAllClose(-1.0, a.grad(), 1e-12, 0, "dL/da = 2 (a − y)");
        assertAllClose(-0.25, z.grad(), 1e-12, 0, "dL/dz = dL/da · a (1 − a)");
        assertAllClose(-0.5, w.grad(), 1e-12, 0, "dL/dw = dL/dz · x");
        assertAllClose(-0.125, x.grad(), 1e-12, 0, "dL/dx = dL/dz · w");
        assertAllClose(-0.25, b.grad(), 1e-12, 0, "dL/db = dL/dz");
    }

    @Test
    @DisplayName("a node used twice sums both paths: x·x gives 2x, and x·y + x gives y + 1")
    void reuseSums() {
        Value x = new Value(3);
        x.mul(x).backward();
        assertAllClose(6.0, x.grad(), 1e-12, 0, "d(x·x)/dx at x = 3");

        Value u = new Value(3);
        Value v = new Value(-2);
        Node f = u.mul(v).add(u);
        f.backward();
        assertAllClose(-1.0, u.grad(), 1e-12, 0, "d(x·y + x)/dx at x = 3, y = −2");
        assertAllClose(3.0, v.grad(), 1e-12, 0, "d(x·y + x)/dy at x = 3, y = −2");
    }

    @Test
    @DisplayName("a diamond: a = x + 1, f = exp(a) · tanh(a), df/dx through both branches")
    void diamond() {
        Value x = new Value(0.3);
        Node a = x.add(new Value(1));
        Node f = a.exp().mul(a.tanh());
        f.backward();
        double av = 1.3;
        double expected = Math.exp(av) * Math.tanh(av) + Math.exp(av) * (1 - Math.tanh(av) * Math.tanh(av));
        assertAllClose(expected, x.grad(), 1e-12, 0, "df/dx = e^a tanh a + e^a (1 − tanh² a)");
    }

    @Test
    @DisplayName("each operation's derivative agrees with a centered difference")
    void eachOperation() {
        checkUnary("neg", Node::neg, t -> -t, 0.7);
        checkUnary("pow(3)", n -> n.pow(3), t -> t * t * t, 0.7);
        checkUnary("pow(-0.5)", n -> n.pow(-0.5), t -> 1 / Math.sqrt(t), 0.7);
        checkUnary("exp", Node::exp, Math::exp, 0.7);
        checkUnary("log", Node::log, Math::log, 0.7);
        checkUnary("tanh", Node::tanh, Math::tanh, 0.7);
        checkUnary("sigmoid", Node::sigmoid, t -> 1 / (1 + Math.exp(-t)), 0.7);
        checkUnary("relu", Node::relu, t -> Math.max(0, t), 0.7);
        checkUnary("relu", Node::relu, t -> Math.max(0, t), -0.7);
        checkUnary("x - 2", n -> n.sub(new Value(2)), t -> t - 2, 0.7);
        checkUnary("2 - x", n -> new Value(2).sub(n), t -> 2 - t, 0.7);
        checkUnary("x / 2", n -> n.div(new Value(2)), t -> t / 2, 0.7);
        checkUnary("2 / x", n -> new Value(2).div(n), t -> 2 / t, 0.7);
        Value kink = new Value(0);
        kink.relu().backward();
        assertEquals(0.0, kink.grad(), "relu'(0): we choose 0 at the kink");
        assertAllClose(new double[] {0, 1}, new double[] {new Value(-1000).sigmoid().value(), new Value(1000).sigmoid().value()},
                0, 0, "[sigmoid(-1000), sigmoid(1000)] (no overflow, no NaN)");
    }

    @Test
    @DisplayName("a chain of 10⁵ additions (x + x + … + x) backpropagates without a stack overflow")
    void longChain() {
        Value x = new Value(0.5);
        Node s = x;
        for (int i = 0; i < 100_000; i++) {
            s = s.add(x);
        }
        s.backward();
        assertAllClose(50_000.5, s.value(), 1e-12, 0, "x + x + … + x (100001 terms) at x = 0.5");
        assertAllClose(100_001.0, x.grad(), 1e-12, 0, "d/dx of 100001 x");
    }

    @Test
    @DisplayName("GraphProgram builds the same graph in one call: a chain of 10⁵ tanh steps")
    void builtByAProgram() {
        GraphProgram.Builder g = GraphProgram.builder();
        int x = g.leaf(0.1);
        int out = x;
        for (int i = 0; i < 100_000; i++) {
            out = g.apply(GraphProgram.Op.TANH, out);
        }
        GraphProgram program = g.outputs(out, x);
        Node[] nodes = new Value(0).build(program);
        nodes[0].backward();
        double[] values = program.values();
        assertAllClose(values[out], nodes[0].value(), 1e-12, 0, "tanh(tanh(… tanh(0.1)))");
        double expected = 1;
        for (int i = 1; i < values.length; i++) {
            expected *= 1 - values[i] * values[i];
        }
        assertAllClose(expected, nodes[1].grad(), 1e-9, 0, "the product of the 10⁵ local derivatives 1 − tanh²");
    }

    @Test
    @DisplayName("backward twice adds up in the leaves; zeroGrad starts again from 0")
    void repeatedBackward() {
        Value x = new Value(2);
        Node f = x.mul(x).mul(x);
        f.backward();
        f.backward();
        assertAllClose(24.0, x.grad(), 1e-12, 0, "x.grad() after two backward of x³ at x = 2 (2 · 12)");
        f.zeroGrad();
        assertEquals(0.0, x.grad(), "x.grad() after zeroGrad");
        f.backward();
        assertAllClose(12.0, x.grad(), 1e-12, 0, "x.grad() after zeroGrad and one backward");
    }

    /** Checks d op(x)/dx at x against (f(x + h) − f(x − h)) / 2h. */
    private static void checkUnary(String name, UnaryOperator<Node> op, DoubleUnaryOperator f, double at) {
        Value x = new Value(at);
        Node out = op.apply(x);
        assertAllClose(f.applyAsDouble(at), out.value(), 1e-12, 1e-15, name + " at " + at);
        out.backward();
        double h = 1e-6;
        double numerical = (f.applyAsDouble(at + h) - f.applyAsDouble(at - h)) / (2 * h);
        assertAllClose(numerical, x.grad(), 1e-6, 1e-9, "d " + name + " / dx at " + at);
    }
}
