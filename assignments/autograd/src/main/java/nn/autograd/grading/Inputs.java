package nn.autograd.grading;

import static nngrader.api.Check.show;

import java.util.List;
import nn.autograd.GraphProgram;
import nn.autograd.Node;
import nn.autograd.Parameter;
import nngrader.api.Check;
import nngrader.api.ThrownByStudent;
import nngrader.api.Tolerance;
import org.opentest4j.AssertionFailedError;

/**
 * Tolerances, checks and messages shared by the hidden tests of autograd. Everything here runs in
 * the grader JVM; the trusted arithmetic is in {@link Maths}.
 */
final class Inputs {

    /** Randomized tests draw this many inputs. */
    static final int TRIALS = 20;

    /** Gradient checks: the largest relative error between an analytic and a numerical entry. */
    static final double GRADIENT_RELATIVE_ERROR = 1e-5;

    /** Gradient checks: entries closer than this pass whatever their relative error (rounding noise near 0). */
    static final double GRADIENT_FLOOR = 1e-7;

    /** Comparisons with the reference or the formula on random inputs: room for the same operations in another order. */
    static final Tolerance ROUNDING = Tolerance.rtol(1e-9).atol(1e-12);

    /** Values a few operations from exact (fixed inputs worked out by hand): room for a few roundings. */
    static final Tolerance FEW_ROUNDINGS = Tolerance.rtol(1e-12).atol(1e-15);

    /** Whole trainings compared with a training computed otherwise: many steps, each rounding in its own order. */
    static final Tolerance TRAINING = Tolerance.rtol(1e-6).atol(1e-9);

    private Inputs() {
    }

    /**
     * Checks {@code out.value()}, then runs {@code out.backward()} and checks each input's grad().
     *
     * @param call how the test made {@code out}, for the messages
     */
    static void backwardOf(Node out, double value, String call, Node[] inputs, double[] grads, String[] names) {
        Check.isTrue(out != null, call + " returned null");
        Check.allClose(value, out.value(), FEW_ROUNDINGS, () -> call + ".value()");
        out.backward();
        for (int i = 0; i < inputs.length; i++) {
            String name = names[i];
            Check.allClose(grads[i], inputs[i].grad(), FEW_ROUNDINGS, () -> name + ".grad() after " + call + ".backward()");
        }
    }

    /** Checks that build returned one node per output of {@code g}, each with the value computed here. */
    static void checkBuilt(GraphProgram g, Node[] nodes) {
        Check.isTrue(nodes != null && nodes.length == g.outputs().length, () -> "build of a program with "
                + g.outputs().length + " outputs returned " + (nodes == null ? "null" : nodes.length + " nodes"));
        double[] v = g.values();
        double[] expected = new double[nodes.length];
        double[] actual = new double[nodes.length];
        for (int i = 0; i < nodes.length; i++) {
            expected[i] = v[g.outputs()[i]];
            actual[i] = nodes[i].value();
        }
        Check.allClose(expected, actual, ROUNDING, () -> "value() of the nodes of " + show(g) + " (the forward pass;"
                + " " + firstWrongValue(g, actual) + ")");
    }

    /** A graph program as the lines of its steps, e.g. "x0 = 1.5, x1 = -2; x2 = x0 · x1; x3 = tanh(x2)". */
    static String show(GraphProgram g) {
        StringBuilder s = new StringBuilder("the graph ");
        int leaves = g.leaves().length;
        for (int i = 0; i < leaves; i++) {
            s.append(i == 0 ? "" : ", ").append('x').append(i).append(" = ").append(Check.show(g.leaves()[i]));
        }
        int shown = Math.min(g.ops().length, 60);
        for (int st = 0; st < shown; st++) {
            s.append("; ").append(step(g, st));
        }
        if (shown < g.ops().length) {
            s.append("; … (").append(g.ops().length - shown).append(" steps more)");
        }
        return s.toString();
    }

    /** One step as a formula, e.g. "x7 = x3 · x5" or "x8 = x2^0.5". */
    static String step(GraphProgram g, int st) {
        String a = "x" + g.a()[st];
        String b = "x" + g.b()[st];
        String out = "x" + (g.leaves().length + st) + " = ";
        return out + switch (g.ops()[st]) {
            case ADD -> a + " + " + b;
            case SUB -> a + " − " + b;
            case MUL -> a + " · " + b;
            case DIV -> a + " / " + b;
            case NEG -> "−" + a;
            case POW -> a + "^" + Check.show(g.p()[st]);
            case EXP -> "exp(" + a + ")";
            case LOG -> "log(" + a + ")";
            case TANH -> "tanh(" + a + ")";
            case SIGMOID -> "sigmoid(" + a + ")";
            case RELU -> "relu(" + a + ")";
        };
    }

    /** The first output whose value is off, as a step to look at. */
    private static String firstWrongValue(GraphProgram g, double[] actual) {
        double[] v = g.values();
        for (int i = 0; i < actual.length; i++) {
            int node = g.outputs()[i];
            if (!ROUNDING.allows(v[node], actual[i])) {
                return node < g.leaves().length ? "leaf x" + node + " holds " + Check.show(actual[i]) + ", not "
                        + Check.show(v[node])
                        : "look at " + step(g, node - g.leaves().length) + ", which gives " + Check.show(actual[i])
                        + " instead of " + Check.show(v[node]);
            }
        }
        return "every value is right";
    }

    /**
     * The last node in the order of the graph whose gradient is off, where the reverse pass first went
     * wrong: its step and what each of its users should have sent.
     */
    static String firstWrongStep(GraphProgram g, double[] expected, double[] actual, int output) {
        for (int j = output; j >= 0; j--) {
            if (!ROUNDING.allows(expected[j], actual[j])) {
                String users = usersOf(g, j, output);
                return "going back from the output, the first wrong gradient is x" + j + "'s: " + Check.show(actual[j])
                        + " instead of " + Check.show(expected[j]) + (users.isEmpty() ? "" : "; x" + j + " is used by "
                        + users + ", and it must sum what each of them sends back");
            }
        }
        return "every gradient is right";
    }

    private static String usersOf(GraphProgram g, int node, int output) {
        StringBuilder s = new StringBuilder();
        int leaves = g.leaves().length;
        for (int st = 0; st < g.ops().length && leaves + st <= output; st++) {
            if (g.a()[st] == node || g.ops()[st].binary() && g.b()[st] == node) {
                s.append(s.length() == 0 ? "" : ", ").append(step(g, st));
            }
        }
        return s.toString();
    }

    /**
     * Checks that a call computed something: a test of a property (inputs unchanged) gives its point only
     * to code that computes its result, not to code that returns 0 without looking at its inputs.
     */
    static void computes(double result, String call) {
        Check.isTrue(result != 0 && Double.isFinite(result), () -> call + " returned " + Check.show(result)
                + ": this test gives its point only to code that computes its result");
    }

    /**
     * Runs a call that must throw an IllegalArgumentException, as the contract asks; anything else
     * (returning, another exception) fails with what happened. "Not implemented yet" passes through as it is.
     */
    static void rejects(Runnable call, String what) {
        try {
            call.run();
        } catch (RuntimeException e) {
            if (!(e instanceof ThrownByStudent thrown) || thrown.notImplemented()) {
                throw e;
            }
            if (thrown.exceptionClass().equals(IllegalArgumentException.class.getName())) {
                return;
            }
            throw new AssertionFailedError(what + " threw " + thrown.exceptionClass() + ", but the contract asks for"
                    + " an IllegalArgumentException that says what is wrong");
        }
        throw new AssertionFailedError(what + " returned normally, but the contract asks for an"
                + " IllegalArgumentException that says what is wrong");
    }

    // ---- parameters ----------------------------------------------------------------------------

    /** The parameters' values, deep copies, in order. */
    static List<double[][]> values(List<Parameter> parameters) {
        return parameters.stream().map(p -> Check.copy(p.value())).toList();
    }

    /** The parameters' gradients, deep copies, in order. */
    static List<double[][]> grads(List<Parameter> parameters) {
        return parameters.stream().map(p -> Check.copy(p.grad())).toList();
    }

    /** A list of parameters as "W [2][3], b [1][2], …". */
    static String shapes(List<Parameter> parameters) {
        StringBuilder s = new StringBuilder();
        for (Parameter p : parameters) {
            s.append(s.length() == 0 ? "" : ", ").append(p == null ? "null" : p.name() + " " + shape(p.value()));
        }
        return "[" + s + "]";
    }

    static String shape(double[][] M) {
        return M == null ? "null" : "[" + M.length + "][" + (M.length == 0 || M[0] == null ? 0 : M[0].length) + "]";
    }
}
