package nngrader.sandbox;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Arrays;
import java.util.List;
import nngrader.sandbox.fixtures.Scalar;

/**
 * What a graph of many student nodes costs across the boundary: one call per node (a test that
 * builds it with {@code add} after {@code add}) against one call for the whole graph (a graph
 * program run in the worker); and what releasing a test's handles at its end adds. Not a test: run it with the test class path, e.g.
 * {@code java -cp target/test-classes:target/classes:target/lib/* nngrader.sandbox.RemoteGraphBenchmark}.
 */
public final class RemoteGraphBenchmark {

    public static void main(String[] args) throws Exception {
        Path work = Files.createTempDirectory("bench");
        WorkerSettings settings = new WorkerSettings(List.of(TestWorkers.fixtureClasses()), 256, 1024, work, 4096, 64 << 20);
        try (Sandbox sandbox = new Sandbox(settings)) {
            TestScope scope = TestScope.of(Duration.ofMinutes(10));
            Scalar any = sandbox.instantiate(Scalar.class, "nngrader.sandbox.fixtures.GoodScalar", scope);
            Scalar x = any.leaf(1);
            Scalar one = any.leaf(1);
            for (int round = 0; round < 2; round++) {
                String label = round == 0 ? "warm-up (ignore)" : "measured";
                int n = 20_000;
                long t0 = System.nanoTime();
                for (int i = 0; i < n; i++) {
                    x.value();
                }
                double valueCalls = n / ((System.nanoTime() - t0) / 1e9);
                t0 = System.nanoTime();
                Scalar sum = x;
                for (int i = 0; i < n; i++) {
                    sum = sum.add(one);
                }
                double addCalls = n / ((System.nanoTime() - t0) / 1e9);
                double[] ones = new double[100_000];
                Arrays.fill(ones, 1);
                t0 = System.nanoTime();
                Scalar chain = x.sumChain(ones);
                double buildMs = (System.nanoTime() - t0) / 1e6;
                t0 = System.nanoTime();
                chain.backward();
                double backwardMs = (System.nanoTime() - t0) / 1e6;
                System.out.printf("%-17s value(): %.0f calls/s (%.0f µs each); add(handle): %.0f calls/s (%.0f µs each);"
                        + " 10^5 nodes one call at a time: ~%.1f s; in one call: %.0f ms, backward %.0f ms%n", label,
                        valueCalls, 1e6 / valueCalls, addCalls, 1e6 / addCalls, 100_000 / addCalls, buildMs, backwardMs);
            }
            releases(sandbox);
        }
    }

    /**
     * The round trip of one release frame at a test's end, for a test that received a dozen handles (a random
     * graph test: its leaves and output) and for one that received 10⁴ (a graph built one add at a time).
     */
    private static void releases(Sandbox sandbox) {
        for (int held : new int[] {12, 12, 10_000}) {
            int tests = held > 100 ? 5 : 200;
            long releasing = 0;
            long calls = 0;
            for (int test = 0; test < tests; test++) {
                TestScope scope = TestScope.of(Duration.ofMinutes(1));
                Scalar any = sandbox.instantiate(Scalar.class, "nngrader.sandbox.fixtures.GoodScalar", scope);
                Scalar sum = any.leaf(1);
                long t0 = System.nanoTime();
                for (int i = 1; i < held; i++) {
                    sum = sum.add(any);
                }
                calls += System.nanoTime() - t0;
                t0 = System.nanoTime();
                sandbox.release(scope);
                releasing += System.nanoTime() - t0;
            }
            System.out.printf("release of %,d handles at a test's end: %.0f µs (the test's %,d calls took %.1f ms)%n", held,
                    releasing / 1e3 / tests, held, calls / 1e6 / tests);
        }
    }
}
