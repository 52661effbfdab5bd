package nngrader.run;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

/** The demo assignment's {@code assignment.json}: one submitted Calc.java, a suite from the test classes. */
final class DemoAssignment {
    private static final Path TEST_CLASSES = Path.of("target/test-classes").toAbsolutePath();

    private DemoAssignment() {
    }

    static void write(Path folder, Path template, String suitePackage, double testSeconds, double totalSeconds)
            throws IOException {
        Files.writeString(folder.resolve("assignment.json"), """
                {
                  "id": "demo",
                  "title": "Demo",
                  "submit": [ { "file": "nngrader/run/demo/Calc.java", "class": "nngrader.run.demo.Calc", "implements": "nngrader.run.demo.Calculator" } ],
                  "suite": { "packages": ["%s"], "classPath": ["%s"] },
                  "template": "%s",
                  "limits": { "testSeconds": %s, "totalSeconds": %s, "workerHeapMb": 64 }
                }
                """.formatted(suitePackage, TEST_CLASSES, template, testSeconds, totalSeconds));
    }
}
