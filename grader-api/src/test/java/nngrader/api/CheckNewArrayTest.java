package nngrader.api;

import static org.junit.jupiter.api.Assertions.assertDoesNotThrow;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.opentest4j.AssertionFailedError;

/** Check.newArray: what a student reads when a result is (or holds) one of the arguments' arrays. */
class CheckNewArrayTest {
    record Params(double[][] W, double[] b) {
    }

    private static String failure(Object result, String call, Object... arguments) {
        return assertThrows(AssertionFailedError.class, () -> Check.newArray(result, call, arguments)).getMessage();
    }

    @Test
    void anArgumentReturnedItselfIsNamed() {
        double[] z = {1, 2};
        assertEquals("softmax(z) returned z itself; the handout asks for a new array: copy before you change it"
                + " (e.g. z.clone()).", failure(z, "softmax(z)", z));
        double[] dL_dz = {3};
        assertEquals("dL_db(dL_dz) returned dL_dz itself; the handout asks for a new array: copy before you change"
                + " it (e.g. dL_dz.clone()).", failure(dL_dz, "dL_db(dL_dz)", dL_dz));
    }

    @Test
    void aSharedRowOrComponentIsNamedOnBothSides() {
        double[][] W = {{1, 2}, {3, 4}};
        Params p = new Params(W, new double[] {0, 0});
        Params shallow = new Params(new double[][] {W[0].clone(), W[1]}, new double[] {1, 1});
        assertEquals("step(p, gradient, η) returned p.W()[1] itself (as result.W()[1]); the handout asks for a new"
                + " array: copy before you change it (e.g. p.W()[1].clone()).",
                failure(shallow, "step(p, gradient, η)", p, null, 0.1));
        Params sameB = new Params(new double[][] {{0}}, p.b());
        assertEquals("step(p, g, η) returned p.b() itself (as result.b())", failure(sameB, "step(p, g, η)", p, null, 0.1)
                .split(";")[0]);
        double[] x = {1};
        assertEquals("f(...) returned argument 2[0] itself (as result.get(0))",
                failure(List.of(x), "f(...)", 1, new double[][] {x}).split(";")[0], "no names to show: by position");
    }

    @Test
    void newArraysPass() {
        double[] z = {1, 2};
        double[][] X = {{1}, {2}};
        assertDoesNotThrow(() -> Check.newArray(z.clone(), "softmax(z)", z));
        assertDoesNotThrow(() -> Check.newArray(new double[][] {X[0].clone(), X[1].clone()}, "copy(X)", X));
        assertDoesNotThrow(() -> Check.newArray(null, "softmax(z)", z), "a null result is another test's business");
        assertDoesNotThrow(() -> Check.newArray(new Params(new double[][] {{1}}, new double[] {1}), "g(a, b)", null, 3));
    }
}
