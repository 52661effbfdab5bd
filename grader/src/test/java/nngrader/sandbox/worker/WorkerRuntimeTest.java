package nngrader.sandbox.worker;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.core.JsonFactory;
import java.io.IOException;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.jar.JarFile;
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

/**
 * The worker's runtime is the grader-worker module and jackson-core: nothing else of the grader is on
 * the class path student code runs with (not the engine, not the instructor API, not the hidden suites).
 */
class WorkerRuntimeTest {
    @TempDir
    Path work;

    @Test
    void theWorkersRuntimeIsTheWorkerModuleAndJacksonCoreAlone() throws Exception {
        List<Path> runtime = WorkerCommand.runtime();

        assertEquals(List.of(codeSource(WorkerMain.class), codeSource(JsonFactory.class)), runtime);
        List<String> classes = classFiles(runtime.get(0));
        assertTrue(classes.contains("nngrader/sandbox/worker/WorkerMain.class"), () -> String.valueOf(classes));
        List<String> foreign = classes.stream()
                .filter(c -> !c.startsWith("nngrader/sandbox/worker/") && !c.startsWith("nngrader/sandbox/wire/"))
                .toList();
        assertEquals(List.of(), foreign, "classes of the worker's runtime outside its two packages");
        assertTrue(classFiles(runtime.get(1)).stream().allMatch(c -> c.startsWith("com/fasterxml/jackson/core/")),
                "the second entry is jackson-core alone");
    }

    @Test
    void aWorkerOnThatRuntimeServesCallsObjectsAndStubs() throws Exception {
        WorkerSettings settings = TestWorkers.settings(work);
        try (Sandbox sandbox = new Sandbox(settings, new ArrayList<>(WorkerCommand.of(settings)),
                WorkerCommand.environment())) {
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

    private static Path codeSource(Class<?> type) throws URISyntaxException {
        return Path.of(type.getProtectionDomain().getCodeSource().getLocation().toURI());
    }

    /** The class files of a classes folder or a jar, as paths inside it ({@code a/b/C.class}). */
    private static List<String> classFiles(Path entry) throws IOException {
        if (Files.isDirectory(entry)) {
            try (Stream<Path> files = Files.walk(entry)) {
                return files.filter(f -> f.toString().endsWith(".class"))
                        .map(f -> entry.relativize(f).toString().replace('\\', '/')).sorted().toList();
            }
        }
        try (JarFile jar = new JarFile(entry.toFile())) {
            return jar.stream().map(e -> e.getName()).filter(n -> n.endsWith(".class") && !n.startsWith("META-INF/"))
                    .sorted().toList();
        }
    }
}
