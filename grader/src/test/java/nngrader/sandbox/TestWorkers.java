package nngrader.sandbox;

import java.net.URISyntaxException;
import java.nio.file.Path;
import java.util.List;
import nngrader.sandbox.fixtures.GoodCalculator;

/** Settings for workers whose "submission" is the test fixtures (public for the tests of sandbox.worker and sandbox.jail). */
public final class TestWorkers {
    public static final int HEAP_MB = 64;

    private TestWorkers() {
    }

    /** The test-classes directory, where the fixtures were compiled. */
    public static Path fixtureClasses() {
        try {
            return Path.of(GoodCalculator.class.getProtectionDomain().getCodeSource().getLocation().toURI());
        } catch (URISyntaxException e) {
            throw new IllegalStateException(e);
        }
    }

    public static WorkerSettings settings(Path workingDirectory) {
        return new WorkerSettings(List.of(fixtureClasses()), HEAP_MB, 1024, workingDirectory, 4096, 1024 * 1024);
    }

    public static Sandbox sandbox(Path workingDirectory) {
        return new Sandbox(settings(workingDirectory));
    }
}
