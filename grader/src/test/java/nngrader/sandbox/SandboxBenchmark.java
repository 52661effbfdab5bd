package nngrader.sandbox;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import nngrader.sandbox.fixtures.Calculator;
import nngrader.sandbox.fixtures.Task;

/**
 * Measures worker start-up and call round trips under JVM flag variants. Not a test: run it with
 * the test class path, e.g.
 * {@code java -cp target/test-classes:target/classes:<jackson-core.jar> nngrader.sandbox.SandboxBenchmark}, or
 * through {@code grader/bench/speed.py}, which passes {@code --shipped} to measure the worker as shipped only.
 */
public final class SandboxBenchmark {

    public static void main(String[] args) throws Exception {
        Path work = Files.createTempDirectory("bench");
        WorkerSettings settings = WorkerSettings.defaults(List.of(TestWorkers.fixtureClasses()), work);
        List<String> base = WorkerCommand.of(settings);
        measure("warm-up run (ignore)", settings, base);
        measure("as shipped", settings, base);
        if (List.of(args).contains("--shipped")) {
            return;     // grader/bench/speed.py: the flags the worker has, not the variants
        }
        if (base.contains("-XX:TieredStopAtLevel=1")) {
            measure("C2 (no TieredStopAtLevel)", settings, without(base, "-XX:TieredStopAtLevel=1"));
        } else {
            measure("C1 only (TieredStopAtLevel=1)", settings, with(base, "-XX:TieredStopAtLevel=1"));
        }
        measure("G1 instead of serial", settings, without(base, "-XX:+UseSerialGC"));
        measure("-Xshare:off", settings, replace(base, "-Xshare:auto", "-Xshare:off"));
    }

    static void measure(String name, WorkerSettings settings, List<String> command) {
        double[] startups = new double[7];
        for (int i = 0; i < startups.length; i++) {
            try (Sandbox sandbox = new Sandbox(settings, command, WorkerCommand.environment())) {
                long t0 = System.nanoTime();
                sandbox.instantiate(Task.class, "nngrader.sandbox.fixtures.Square", TestScope.seconds(60)).run(1);
                startups[i] = (System.nanoTime() - t0) / 1e6;
            }
        }
        try (Sandbox sandbox = new Sandbox(settings, command, WorkerCommand.environment())) {
            TestScope scope = TestScope.of(Duration.ofMinutes(10));
            Task square = sandbox.instantiate(Task.class, "nngrader.sandbox.fixtures.Square", scope);
            double[] small = timeCalls(() -> square.run(2), 2_000, 20_000);
            Calculator calc = sandbox.instantiate(Calculator.class, "nngrader.sandbox.fixtures.GoodCalculator", scope);
            double[] x = new double[784];
            Arrays.fill(x, 0.123456789);
            double[] vector = timeCalls(() -> calc.scale(x, 2.0), 500, 3_000);
            double[][] X = new double[32][784];
            for (double[] row : X) {
                Arrays.fill(row, 1.0 / 3);
            }
            double[] batch = timeCalls(() -> calc.argmaxRows(X), 100, 500);
            Task work = sandbox.instantiate(Task.class, "nngrader.sandbox.fixtures.MatrixWork", scope);
            long t0 = System.nanoTime();
            work.run(400);
            double heavy = (System.nanoTime() - t0) / 1e6;
            System.out.printf("%-28s start-up+first call: median %.0f ms (min %.0f)%n", name, median(startups), min(startups));
            System.out.printf("%-28s small call: median %.1f µs, p99 %.1f µs; double[784]: median %.1f µs;"
                    + " double[32][784]: median %.1f µs; 400 matmuls 120²: %.0f ms%n",
                    "", median(small), pct(small, 0.99), median(vector), median(batch), heavy);
        }
    }

    interface Call {
        void run();
    }

    static double[] timeCalls(Call call, int warmup, int n) {
        for (int i = 0; i < warmup; i++) {
            call.run();
        }
        double[] micros = new double[n];
        for (int i = 0; i < n; i++) {
            long t0 = System.nanoTime();
            call.run();
            micros[i] = (System.nanoTime() - t0) / 1e3;
        }
        return micros;
    }

    static double median(double[] values) {
        return pct(values, 0.5);
    }

    static double pct(double[] values, double p) {
        double[] sorted = values.clone();
        Arrays.sort(sorted);
        return sorted[(int) Math.min(sorted.length - 1, Math.floor(p * sorted.length))];
    }

    static double min(double[] values) {
        return Arrays.stream(values).min().orElse(Double.NaN);
    }

    static List<String> without(List<String> command, String flag) {
        List<String> copy = new ArrayList<>(command);
        copy.remove(flag);
        return copy;
    }

    static List<String> with(List<String> command, String flag) {
        List<String> copy = new ArrayList<>(command);
        copy.add(1, flag);
        return copy;
    }

    static List<String> replace(List<String> command, String flag, String by) {
        List<String> copy = new ArrayList<>(command);
        copy.set(copy.indexOf(flag), by);
        return copy;
    }
}
