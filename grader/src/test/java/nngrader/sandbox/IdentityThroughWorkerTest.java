package nngrader.sandbox;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertNotSame;
import static org.junit.jupiter.api.Assertions.assertSame;

import java.nio.file.Path;
import nngrader.sandbox.fixtures.Aliases;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Identity through a real worker, as in one JVM: a result that is an argument is the test's own
 * argument, an array shared inside a result is shared, and an array a student object hands out
 * twice is one array. Otherwise a hidden test could not notice that softmax returned z itself.
 */
class IdentityThroughWorkerTest {
    @TempDir
    Path work;

    @Test
    void resultsShareWhatTheyShareInTheWorker() {
        try (Sandbox sandbox = TestWorkers.sandbox(work)) {
            Aliases student = sandbox.instantiate(Aliases.class, "nngrader.sandbox.fixtures.Aliaser", TestScope.seconds(20));

            double[] z = {1, 2, 3};
            double[] doubled = student.doubledInPlace(z);
            assertSame(z, doubled, "the argument itself, as in one JVM");
            assertArrayEquals(new double[] {2, 4, 6}, z, "with the changes copied back");

            double[][] X = {{1}, {2}};
            assertSame(X[1], student.secondRow(X));

            Aliases.Pair pair = student.twice(z);
            assertSame(pair.first(), pair.second());
            assertNotSame(z, pair.first());
            double[][] rows = student.sameRows(z);
            assertSame(rows[0], rows[1]);

            double[] first = student.counter();
            double[] second = student.counter();
            assertSame(first, second, "one internal array handed out twice");
            assertArrayEquals(new double[] {2, 0}, first, "holding what the worker's array holds now");

            double[] copy = student.copy(z);
            assertNotSame(z, copy);
            assertArrayEquals(z, copy);
        }
    }
}
