package nn.softmax.grading;


import nn.softmax.Classifier;
import nn.softmax.LogisticRegression;
import nn.softmax.Params;
import nn.softmax.SoftmaxRegression;
import nn.softmax.Training;
import nn.softmax.TrainingConfig;
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
 * an input)". A result that is an argument (dL_db returning dL_dz itself) passes every value check,
 * and then the caller's next change to one array changes the other; through the worker the grader
 * sees what one JVM would, so these tests catch it. One test per submitted file, each worth half a
 * point taken from that file's "inputs unchanged" test.
 */
@Order(6)
@DisplayName("New arrays: results are never an argument or a row of one")
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class NewArrayTests {

    @HiddenUntilPublished
    @Order(1)
    @Points(0.5)
    @DisplayName("dL_dw returns a new array, not w or x")
    void logisticReturnsNewArrays(@Student LogisticRegression student, Seeded random) {
        double[] w = random.gaussian(4, 1.0);
        double[] x = random.gaussian(4, 1.0);
        newArray(student.dL_dw(w, 0.5, x, 1), "dL_dw(w, b, x, y)", w, 0.5, x, 1);
    }

    @HiddenUntilPublished
    @Order(2)
    @Points(0.5)
    @DisplayName("scores, softmax and logSoftmax return new arrays")
    void forwardReturnsNewArrays(@Student SoftmaxRegression student, Seeded random) {
        Params p = Inputs.params(random, 3, 4, 1.0);
        double[] x = random.gaussian(4, 1.0);
        newArray(student.scores(p, x), "scores(p, x)", p, x);
        double[] z = random.gaussian(5, 2.0);
        newArray(student.softmax(z), "softmax(z)", z);
        newArray(student.logSoftmax(z), "logSoftmax(z)", z);
    }

    @HiddenUntilPublished
    @Order(3)
    @Points(0.5)
    @DisplayName("dL_da, softmaxJacobian, dL_dz, dL_dW and dL_db return new arrays (dL_db a copy of dL_dz)")
    void gradientsReturnNewArrays(@Student SoftmaxRegression student, Seeded random) {
        double[] a = random.uniform(4, 0.05, 1);
        newArray(student.dL_da(a, 2), "dL_da(a, y)", a, 2);
        newArray(student.softmaxJacobian(a), "softmaxJacobian(a)", a);
        double[] z = random.gaussian(4, 2.0);
        newArray(student.dL_dz(z, 1), "dL_dz(z, y)", z, 1);
        double[] dL_dz = random.gaussian(4, 1.0);
        double[] x = random.gaussian(3, 1.0);
        newArray(student.dL_dW(dL_dz, x), "dL_dW(dL_dz, x)", dL_dz, x);
        newArray(student.dL_db(dL_dz), "dL_db(dL_dz)", dL_dz);
    }

    @HiddenUntilPublished
    @Order(4)
    @Points(0.5)
    @DisplayName("lossGradient returns new arrays, not p's, also for λ = 0")
    void lossGradientReturnsNewArrays(@Student SoftmaxRegression student, Seeded random) {
        for (double lambda : new double[] {0, 0.1}) {
            Params p = Inputs.params(random, 3, 2, 1.0);
            double[][] X = random.gaussian(5, 2, 1.0);
            int[] y = random.labels(5, 3);
            newArray(student.lossGradient(p, X, y, lambda), "lossGradient(p, X, y, λ)", p, X, y, lambda);
        }
    }

    @HiddenUntilPublished
    @Order(5)
    @Points(0.5)
    @DisplayName("step returns new arrays, not p's or the gradient's, also for η = 0; the trained classifier's"
            + " probabilities(X) is a new array, not X")
    void trainingReturnsNewArrays(@Student Training student, Seeded random) {
        for (double learningRate : new double[] {0, 0.1}) {
            Params p = Inputs.params(random, 3, 2, 1.0);
            Params gradient = Inputs.params(random, 3, 2, 1.0);
            newArray(student.step(p, gradient, learningRate), "step(p, gradient, η)", p, gradient, learningRate);
        }
        double[][] X = random.gaussian(6, 2, 1.0);
        Classifier model = student.train(X, random.labels(6, 3), 3, new TrainingConfig(2, 0.1, 2, 0, random.nextSeed()));
        double[][] rows = random.gaussian(4, 2, 1.0);
        newArray(model.probabilities(rows), "probabilities(X) of the classifier that train returned", (Object) rows);
    }

    /**
     * {@link Check#newArray} for code that computes its result: a method that returns zeros returns new
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
