package nngrader.run;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import nngrader.assignment.AssignmentLoader;
import nngrader.sandbox.Sandbox;
import nngrader.sandbox.TestWorkers;
import nngrader.sandbox.WorkerSettings;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A hidden suite of graph tests through the real run stage and a real worker: each test's objects are let go
 * when the test ends, so tests that each hold a big graph all pass in a small worker heap, and nodes keep their
 * identity within a test.
 */
class GraphSuiteRunTest {
    private static final Path TEST_CLASSES = Path.of("target/test-classes").toAbsolutePath();

    @TempDir
    Path dir;

    @Test
    void everyTestOfABigGraphPassesInA64MbWorker() throws Exception {
        Files.createDirectories(dir.resolve("template"));
        Files.writeString(dir.resolve("assignment.json"), """
                {
                  "id": "graphs",
                  "title": "Graphs",
                  "submit": [ { "file": "nngrader/sandbox/fixtures/GoodScalar.java", "class": "nngrader.sandbox.fixtures.GoodScalar",
                                "implements": "nngrader.sandbox.fixtures.Scalar" } ],
                  "suite": { "packages": ["nngrader.run.demo.graphs"], "classPath": ["%s"] },
                  "template": "%s",
                  "limits": { "testSeconds": 60, "totalSeconds": 300, "workerHeapMb": 64 }
                }
                """.formatted(TEST_CLASSES, dir.resolve("template")));
        Path work = Files.createDirectories(dir.resolve("work"));
        try (Sandbox sandbox = new Sandbox(new WorkerSettings(List.of(TestWorkers.fixtureClasses()), 64, 1024, work, 4096,
                16 << 20))) {
            RunResult run = new SuiteRunner(false).run(new AssignmentLoader().load(dir), sandbox, "seed",
                    Instant.now().plusSeconds(300));

            assertEquals(List.of(), run.tests().stream().filter(t -> !t.passed()).map(t -> t.name() + ": " + t.failure())
                    .toList(), "every test passes");
            assertEquals(7, run.tests().size());
        }
    }
}
