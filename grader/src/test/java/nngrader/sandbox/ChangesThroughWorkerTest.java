package nngrader.sandbox;

import nngrader.sandbox.fixtures.Mutations;
import nngrader.sandbox.fixtures.Params;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;

/**
 * What student code changes in its arguments is seen by the test that passed them, as if both ran
 * in one JVM: otherwise a hidden test could never catch a softmax that overwrites its input. Through
 * a real worker; the rules themselves are the wire's ({@code nngrader.sandbox.wire.ArgumentChangesTest}).
 */
class ChangesThroughWorkerTest {
    @TempDir
    Path work;

    @Test
    void inPlaceChangesReachTheCallersObjects() {
        try (Sandbox sandbox = TestWorkers.sandbox(work)) {
            Mutations student = sandbox.instantiate(Mutations.class, "nngrader.sandbox.fixtures.Mutator",
                    TestScope.seconds(20));

            double[] x = {1, 2, 3};
            assertEquals(1.0, student.first(x));
            assertArrayEquals(new double[] {99, 2, 3}, x, "an entry overwritten");

            double[][] X = {{1, 1}, {2, 2}, {3, 3}};
            double[] row0 = X[0];
            assertEquals(3, student.rows(X));
            assertArrayEquals(new double[][] {{2, 2}, {1, 1}, {3, 3}}, X, "rows swapped");
            assertSame(row0, X[0], "the caller's row arrays are reused, their values updated");

            Params p = new Params(new double[][] {{1, 2}}, new double[] {5});
            assertEquals(5.0, student.bias(p));
            assertArrayEquals(new double[][] {{2, 4}}, p.W(), "an array inside a record");

            int[] labels = {4, 5};
            assertEquals(4, student.label(labels));
            assertArrayEquals(new int[] {4, 5}, labels, "untouched arguments stay as they were");
        }
    }
}
