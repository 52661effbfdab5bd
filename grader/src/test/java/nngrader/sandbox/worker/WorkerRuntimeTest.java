package nngrader.sandbox.worker;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.core.JsonFactory;
import java.io.File;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import nngrader.sandbox.Sandbox;
import nngrader.sandbox.StudentException;
import nngrader.sandbox.TestScope;
import nngrader.sandbox.TestWorkers;
import nngrader.sandbox.WorkerCommand;
import nngrader.sandbox.WorkerSettings;
import nngrader.sandbox.fixtures.Calculator;
import nngrader.sandbox.fixtures.Counter;
import nngrader.sandbox.fixtures.CounterFactory;
import nngrader.sandbox.fixtures.Task;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The worker's runtime is its own two packages and jackson-core: nothing else of the grader. */
class WorkerRuntimeTest {
    @TempDir
    Path work;
    @TempDir
    Path runtime;

    @Test
    void theWorkerRunsWithOnlyItsOwnPackagesAndJacksonCore() throws Exception {
        Path classes = Path.of(WorkerMain.class.getProtectionDomain().getCodeSource().getLocation().toURI());
        copy(classes.resolve("nngrader/sandbox/worker"), runtime.resolve("nngrader/sandbox/worker"));
        copy(classes.resolve("nngrader/sandbox/wire"), runtime.resolve("nngrader/sandbox/wire"));
        Path jacksonCore = Path.of(JsonFactory.class.getProtectionDomain().getCodeSource().getLocation().toURI());

        WorkerSettings settings = TestWorkers.settings(work);
        List<String> command = new ArrayList<>(WorkerCommand.of(settings));
        int cp = command.indexOf("-cp") + 1;
        command.set(cp, String.join(File.pathSeparator, runtime.toString(), jacksonCore.toString(),
                TestWorkers.fixtureClasses().toString()));

        try (Sandbox sandbox = new Sandbox(settings, command, WorkerCommand.environment())) {
            TestScope scope = TestScope.seconds(20);
            Calculator calc = sandbox.instantiate(Calculator.class, "nngrader.sandbox.fixtures.GoodCalculator", scope);
            assertArrayEquals(new double[][] {{3}}, calc.outer(new double[] {1}, new double[] {3}));
            CounterFactory factory = sandbox.instantiate(CounterFactory.class,
                    "nngrader.sandbox.fixtures.GoodCounterFactory", scope);
            Counter counter = factory.startAt(1);
            assertEquals(2, counter.increment());
            Task stub = sandbox.instantiate(Task.class, "nngrader.sandbox.fixtures.Stub", scope);
            assertTrue(assertThrows(StudentException.class, () -> stub.run(1)).notImplemented());
        }
    }

    private static void copy(Path from, Path to) throws IOException {
        Files.createDirectories(to);
        try (Stream<Path> files = Files.list(from)) {
            for (Path f : (Iterable<Path>) files::iterator) {
                Files.copy(f, to.resolve(f.getFileName()));
            }
        }
    }
}
