package nngrader.sandbox;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertSame;

import java.nio.file.Path;
import java.util.List;
import nngrader.sandbox.fixtures.Scalar;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Graph nodes held by the test as handles (the autograd assignment's case): handles passed back
 * as arguments, the same node as both operands, and identity: a node the test holds comes back as
 * the test's own proxy.
 */
class RemoteNodesTest {
    static final String NODE = "nngrader.sandbox.fixtures.GoodScalar";
    @TempDir
    static Path work;
    static Sandbox sandbox;

    @BeforeAll
    static void startSandbox() {
        // frames of 16 MB, as an assignment's limits.maxFrameMb allows (64 by default): 10⁵ doubles are 1 MB of base64
        sandbox = new Sandbox(new WorkerSettings(List.of(TestWorkers.fixtureClasses()), TestWorkers.HEAP_MB, 1024, work, 4096,
                16 << 20));
    }

    @AfterAll
    static void closeSandbox() {
        sandbox.close();
    }

    @Test
    void nodesHeldByTheTestCombineInTheWorker() {
        Scalar any = sandbox.instantiate(Scalar.class, NODE, TestScope.seconds(20));
        Scalar x = any.leaf(3);
        Scalar y = any.leaf(-2);
        Scalar f = x.mul(y).add(x);
        f.backward();
        assertEquals(-3.0, f.value(), 0, "x·y + x at x = 3, y = −2");
        assertEquals(-1.0, x.grad(), 0, "∂f/∂x = y + 1: both handles of x reached the same node");
        assertEquals(3.0, y.grad(), 0, "∂f/∂y = x");
    }

    @Test
    void theSameHandleTwiceIsOneNodeInTheWorker() {
        Scalar x = sandbox.instantiate(Scalar.class, NODE, TestScope.seconds(20)).leaf(3);
        x.mul(x).backward();
        assertEquals(6.0, x.grad(), 0, "d(x·x)/dx sums both operands, which are one node");
    }

    @Test
    void aNodeReturnedAgainIsTheTestsOwnProxy() {
        Scalar any = sandbox.instantiate(Scalar.class, NODE, TestScope.seconds(20));
        Scalar x = any.leaf(1);
        Scalar y = any.leaf(2);
        Scalar sum = x.add(y);
        assertSame(x, sum.left(), "x.add(y).left() == x, as in one JVM");
        assertSame(sum.left(), sum.left(), "each time");
        assertEquals(x, sum.left(), "equals is identity");
        assertNotEquals(x, y);
        sum.left().mul(any.leaf(5)).backward();
        assertEquals(5.0, x.grad(), 0, "and calls through it reach that object");
    }

    @Test
    void aMethodThatReturnsThisGivesBackTheProxyThatWasCalled() {
        Scalar any = sandbox.instantiate(Scalar.class, NODE, TestScope.seconds(20));
        assertSame(any, any.sumChain(new double[0]), "the instance the sandbox made: x + (nothing) is x itself");
        Scalar x = any.leaf(2);
        assertSame(x, x.sumChain(new double[0]), "a node a call returned");
    }

    @Test
    void aGraphBuiltInOneCallIsAsLongAsTheTestLikes() {
        Scalar any = sandbox.instantiate(Scalar.class, NODE, TestScope.seconds(60));
        Scalar x = any.leaf(0.5);
        double[] ones = new double[100_000];
        java.util.Arrays.fill(ones, 1);
        Scalar sum = x.sumChain(ones);
        sum.backward();
        assertEquals(100_000.5, sum.value(), 0, "0.5 + 1 + … + 1");
        assertEquals(1.0, x.grad(), 0, "the gradient reached the leaf through 10⁵ nodes");
    }
}
