package nngrader.sandbox;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.time.Duration;
import java.util.Arrays;
import nngrader.sandbox.fixtures.Calculator;
import nngrader.sandbox.fixtures.Task;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A grading run makes thousands of calls. The bounds are loose (machines running tests are busy);
 * the figures are printed, and SandboxBenchmark measures more carefully.
 */
class PerformanceTest {
    @TempDir
    Path work;

    @Test
    void aWorkerStartsQuicklyAndASmallCallIsWellUnderAMillisecond() {
        try (Sandbox sandbox = TestWorkers.sandbox(work)) {
            TestScope scope = TestScope.of(Duration.ofMinutes(2));
            Task square = sandbox.instantiate(Task.class, "nngrader.sandbox.fixtures.Square", scope);
            long t0 = System.nanoTime();
            assertEquals(4.0, square.run(2));
            double startupMs = (System.nanoTime() - t0) / 1e6;

            double[] micros = new double[3000];
            for (int i = -1000; i < micros.length; i++) {
                long t = System.nanoTime();
                square.run(i);
                if (i >= 0) {
                    micros[i] = (System.nanoTime() - t) / 1e3;
                }
            }
            Arrays.sort(micros);
            double median = micros[micros.length / 2];

            Calculator calc = sandbox.instantiate(Calculator.class, "nngrader.sandbox.fixtures.GoodCalculator", scope);
            double[][] X = new double[32][784];
            for (int i = 0; i < 20; i++) {
                calc.argmaxRows(X);
            }
            long t1 = System.nanoTime();
            for (int i = 0; i < 20; i++) {
                calc.argmaxRows(X);
            }
            double batchMs = (System.nanoTime() - t1) / 20e6;

            System.out.printf("worker start-up + first call %.0f ms; small call median %.1f µs (p99 %.1f µs);"
                    + " double[32][784] argument %.2f ms%n", startupMs, median, micros[micros.length * 99 / 100], batchMs);
            assertTrue(startupMs < 5000, "start-up took " + startupMs + " ms");
            assertTrue(median < 1000, "a small call took " + median + " µs");
            assertTrue(batchMs < 50, "a 32×784 batch took " + batchMs + " ms");
        }
    }
}
