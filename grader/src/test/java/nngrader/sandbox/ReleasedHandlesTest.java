package nngrader.sandbox;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import nngrader.sandbox.fixtures.Scalar;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * When a test ends ({@link Sandbox#release}), the worker lets go of the objects it received, so that a suite of
 * many big graphs fits in the worker's heap; the ended test's proxies fail at once with a clear message.
 */
class ReleasedHandlesTest {
    static final String NODE = "nngrader.sandbox.fixtures.GoodScalar";
    /** A 10⁵-node chain of GoodScalar is about 17 MB: three or four fill this heap, if nothing is let go. */
    static final int HEAP_MB = 64;
    static final int NODES = 100_000;

    @TempDir
    Path work;
    Sandbox sandbox;

    @BeforeEach
    void startSandbox() {
        sandbox = new Sandbox(new WorkerSettings(List.of(TestWorkers.fixtureClasses()), HEAP_MB, 1024, work, 4096,
                16 << 20));
    }

    @AfterEach
    void closeSandbox() {
        sandbox.close();
    }

    @Test
    void testsThatEachHoldABigGraphRunOneAfterAnotherInASmallHeap() {
        double[] ones = new double[NODES];
        Arrays.fill(ones, 1);
        Long pid = null;
        for (int test = 0; test < 60; test++) {
            TestScope scope = TestScope.seconds(60);
            Scalar any = sandbox.instantiate(Scalar.class, NODE, scope);
            Scalar x = any.leaf(0.5);
            Scalar chain = x.sumChain(ones);
            chain.backward();
            assertEquals(NODES + 0.5, chain.value(), 0, "graph " + test);
            assertEquals(1.0, x.grad(), 0, "graph " + test);
            if (pid == null) {
                pid = sandbox.workerPid();
            }
            sandbox.release(scope);
        }
        assertEquals(pid, sandbox.workerPid(), "one worker did it all: it never ran out of memory");
    }

    @Test
    void anObjectOfATestThatHasEndedFailsAtOnceWithAClearMessage() {
        TestScope ended = TestScope.seconds(20);
        Scalar any = sandbox.instantiate(Scalar.class, NODE, ended);
        Scalar x = any.leaf(3);
        Scalar unused = sandbox.instantiate(Scalar.class, NODE, ended);
        sandbox.release(ended);

        IllegalStateException called = assertThrows(IllegalStateException.class, x::value);
        assertTrue(called.getMessage().contains("nngrader.sandbox.fixtures.GoodScalar")
                && called.getMessage().contains("belonged to a test that has ended"), called.getMessage());
        assertThrows(IllegalStateException.class, () -> unused.leaf(1), "an instance never called is released too");

        Scalar next = sandbox.instantiate(Scalar.class, NODE, TestScope.seconds(20));
        IllegalStateException passed = assertThrows(IllegalStateException.class, () -> next.add(x));
        assertTrue(passed.getMessage().contains("belonged to a test that has ended"), passed.getMessage());
        assertEquals(2.0, next.leaf(2).value(), 0, "the worker is still usable");
    }

    @Test
    void whatAnotherTestBuiltFromThemStaysInTheWorker() {
        TestScope first = TestScope.seconds(20);
        Scalar x = sandbox.instantiate(Scalar.class, NODE, first).leaf(3);
        Scalar other = sandbox.instantiate(Scalar.class, NODE, TestScope.seconds(20));
        Scalar sum = other.leaf(1).add(x);
        sandbox.release(first);

        sum.backward();
        assertEquals(4.0, sum.value(), 0, "1 + x: x is gone from the handles, not from the node that uses it");
        assertEquals(1.0, sum.left().grad(), 0);
    }

    @Test
    void aTestWhoseWorkerWasRestartedReleasesNothing() {
        TestScope first = TestScope.seconds(20);
        Scalar x = sandbox.instantiate(Scalar.class, NODE, first).leaf(3);
        Long pid = sandbox.workerPid();
        ProcessHandle.of(pid).orElseThrow().destroyForcibly();
        Scalar y = sandbox.instantiate(Scalar.class, NODE, TestScope.seconds(20)).leaf(2);
        sandbox.release(first);
        assertEquals(2.0, y.value(), 0, "the fresh worker's objects are untouched");
        assertNotEquals(pid, sandbox.workerPid(), "a fresh worker");
        assertThrows(IllegalStateException.class, x::value);
    }

    @Test
    void aTestThatMadeNothingEndsQuietly() {
        TestScope nothing = TestScope.seconds(20);
        sandbox.instantiate(Scalar.class, NODE, nothing);
        sandbox.release(nothing);
        sandbox.release(TestScope.seconds(20));
        assertEquals(1.0, sandbox.instantiate(Scalar.class, NODE, TestScope.seconds(20)).leaf(1).value(), 0);
    }
}
