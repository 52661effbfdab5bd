package nngrader.run.demo.graphs;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;

import java.util.Arrays;
import nngrader.api.Points;
import nngrader.api.Student;
import nngrader.sandbox.fixtures.Scalar;
import org.junit.jupiter.api.Test;

/**
 * A hidden suite whose every test builds and holds a 10⁵-node graph (about 17 MB in the worker), as the
 * autograd suite's chain tests do: six of them fit in a 64 MB worker only if each test's graph is let go when it ends.
 */
class GraphSuite {
    static final int NODES = 100_000;

    @Test @Points(1) void chain1(@Student Scalar any) { differentiatesAChain(any); }
    @Test @Points(1) void chain2(@Student Scalar any) { differentiatesAChain(any); }
    @Test @Points(1) void chain3(@Student Scalar any) { differentiatesAChain(any); }
    @Test @Points(1) void chain4(@Student Scalar any) { differentiatesAChain(any); }
    @Test @Points(1) void chain5(@Student Scalar any) { differentiatesAChain(any); }
    @Test @Points(1) void chain6(@Student Scalar any) { differentiatesAChain(any); }

    @Test @Points(1)
    void nodesKeepTheirIdentity(@Student Scalar any) {
        Scalar x = any.leaf(1);
        Scalar sum = x.add(any.leaf(2));
        assertSame(x, sum.left(), "x.add(y).left() is x");
        assertSame(any, any.sumChain(new double[0]), "a method that returns this gives back the object called");
    }

    private static void differentiatesAChain(Scalar any) {
        double[] ones = new double[NODES];
        Arrays.fill(ones, 1);
        Scalar x = any.leaf(0.5);
        Scalar chain = x.sumChain(ones);
        chain.backward();
        assertEquals(NODES + 0.5, chain.value(), 0, "0.5 + 1 + … + 1");
        assertEquals(1.0, x.grad(), 0, "dchain/dx through 10⁵ nodes");
    }
}
