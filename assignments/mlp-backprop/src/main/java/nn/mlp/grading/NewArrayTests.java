package nn.mlp.grading;


import nn.mlp.Activation;
import nn.mlp.Activations;
import nn.mlp.Forward;
import nn.mlp.Network;
import nn.mlp.Output;
import nn.mlp.Parameters;
import nn.mlp.Training;
import nn.mlp.TwoLayerNetwork;
import nngrader.api.Check;
import nngrader.api.HiddenUntilPublished;
import nngrader.api.Points;
import nngrader.api.Seeded;
import nngrader.api.Student;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.TestMethodOrder;
import org.opentest4j.AssertionFailedError;

/**
 * The handout: "Never change an argument in place: return new arrays (also when the result equals
 * an input)". A result that is an argument (out(IDENTITY_SQUARED_ERROR, z2) returning z2 itself)
 * passes every value check, and then the caller's next change to one array changes the other;
 * through the worker the grader sees what one JVM would, so these tests catch it. Each test is
 * worth half a point taken from the "inputs unchanged" test of the same functions.
 */
@Order(6)
@DisplayName("New arrays: results are never an argument or a row of one")
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class NewArrayTests {

    @HiddenUntilPublished
    @Order(1)
    @Points(0.5)
    @DisplayName("g, gPrime and out return new arrays (out(IDENTITY_SQUARED_ERROR, z2) a copy of z2)")
    void activationsReturnNewArrays(@Student Activations student, Seeded random) {
        for (Activation g : Activation.values()) {
            double[] z = random.gaussian(5, 2.0);
            Check.newArray(student.g(g, z), "g(" + g + ", z)", g, z);
            Check.newArray(student.gPrime(g, z), "gPrime(" + g + ", z)", g, z);
        }
        for (Output output : Output.values()) {
            double[] z2 = random.gaussian(Inputs.outputs(random, output), 2.0);
            newArray(student.out(output, z2), "out(" + output + ", z2)", output, z2);
        }
    }

    @HiddenUntilPublished
    @Order(2)
    @Points(0.5)
    @DisplayName("z1, z2 and forward return new arrays (for an identity output, a2 a copy of z2)")
    void forwardReturnsNewArrays(@Student TwoLayerNetwork student, Seeded random) {
        Network net = Inputs.network(random, Activation.RELU, Output.IDENTITY_SQUARED_ERROR);
        double[] x = random.gaussian(net.p().inputs(), 1.0);
        newArray(student.z1(net.p(), x), "z1(p, x)", net.p(), x);
        double[] a1 = random.gaussian(net.p().hidden(), 1.0);
        newArray(student.z2(net.p(), a1), "z2(p, a1)", net.p(), a1);
        Forward f = student.forward(net, x);
        newArray(f, "forward(net, x)", net, x);
        Check.isTrue(f == null || f.a2() == null || f.a2() != f.z2(), "forward(net, x) with the IDENTITY_SQUARED_ERROR"
                + " output returned z2 itself as a2 (or your out(IDENTITY_SQUARED_ERROR, z2) did, if forward calls it);"
                + " the handout asks for a2 = a copy of z2, a new array.");
    }

    @HiddenUntilPublished
    @Order(3)
    @Points(0.5)
    @DisplayName("dL_dz2, dL_dW2, dL_da1, dL_dz1, dL_dW1 and backward return new arrays")
    void backwardReturnsNewArrays(@Student TwoLayerNetwork student, Seeded random) {
        Network net = Inputs.network(random, Activation.TANH, Output.SOFTMAX_CROSS_ENTROPY);
        int h = net.p().hidden();
        int k = net.p().outputs();
        double[] x = random.gaussian(net.p().inputs(), 1.0);
        double[] y = Inputs.target(random, net.output(), k);
        double[] a2 = random.uniform(k, 0, 1);
        newArray(student.dL_dz2(a2, y), "dL_dz2(a2, y)", a2, y);
        double[] dL_dz2 = random.gaussian(k, 1.0);
        double[] a1 = random.gaussian(h, 1.0);
        newArray(student.dL_dW2(dL_dz2, a1), "dL_dW2(dL_dz2, a1)", dL_dz2, a1);
        double[][] W2 = net.p().W2();
        newArray(student.dL_da1(W2, dL_dz2), "dL_da1(W2, dL_dz2)", W2, dL_dz2);
        double[] dL_da1 = random.gaussian(h, 1.0);
        double[] z1 = random.gaussian(h, 1.0);
        Check.newArray(student.dL_dz1(net.g(), dL_da1, z1), "dL_dz1(g, dL_da1, z1)", net.g(), dL_da1, z1);
        double[] dL_dz1 = random.gaussian(h, 1.0);
        Check.newArray(student.dL_dW1(dL_dz1, x), "dL_dW1(dL_dz1, x)", dL_dz1, x);
        newArray(student.backward(net, x, y), "backward(net, x, y)", net, x, y);
    }

    @HiddenUntilPublished
    @Order(4)
    @Points(0.5)
    @DisplayName("gradients returns new arrays, not net's, also for λ = 0")
    void gradientsReturnNewArrays(@Student TwoLayerNetwork student, Seeded random) {
        for (double lambda : new double[] {0, 0.1}) {
            Network net = Inputs.network(random, Activation.RELU, Output.SOFTMAX_CROSS_ENTROPY);
            double[][] X = random.gaussian(4, net.p().inputs(), 1.0);
            double[][] Y = Inputs.targets(random, net.output(), 4, net.p().outputs());
            newArray(student.gradients(net, X, Y, lambda), "gradients(net, X, Y, λ)", net, X, Y, lambda);
        }
    }

    @HiddenUntilPublished
    @Order(5)
    @Points(0.5)
    @DisplayName("step returns new arrays, not p's or the gradient's, also for η = 0")
    void stepReturnsNewArrays(@Student Training student, Seeded random) {
        for (double learningRate : new double[] {0, 0.1}) {
            Parameters p = Inputs.params(random, 2, 3, 2, 1.0);
            Parameters gradient = Inputs.params(random, 2, 3, 2, 1.0);
            newArray(student.step(p, gradient, learningRate), "step(p, gradient, η)", p, gradient, learningRate);
        }
    }

    /**
     * {@link Check#newArray} for code that computes its result (not for ReLU's g, g' and what follows them
     * in backprop, which are all zeros when every unit is off): a method that returns zeros returns new
     * arrays too, and earns nothing here (it is graded by the tests of its values).
     */
    private static void newArray(Object result, String call, Object... arguments) {
        if (!hasNonZero(result)) {
            throw new AssertionFailedError(call + " returned only zeros: this point goes to code that computes its"
                    + " result and returns it in a new array.");
        }
        Check.newArray(result, call, arguments);
    }

    private static boolean hasNonZero(Object value) {
        if (value instanceof double[] a) {
            for (double v : a) {
                if (v != 0) {
                    return true;
                }
            }
            return false;
        }
        if (value instanceof Object[] rows) {
            for (Object row : rows) {
                if (hasNonZero(row)) {
                    return true;
                }
            }
            return false;
        }
        if (value instanceof Record r) {
            for (var component : r.getClass().getRecordComponents()) {
                try {
                    if (hasNonZero(component.getAccessor().invoke(r))) {
                        return true;
                    }
                } catch (ReflectiveOperationException e) {
                    return true;
                }
            }
            return false;
        }
        return true;
    }
}
