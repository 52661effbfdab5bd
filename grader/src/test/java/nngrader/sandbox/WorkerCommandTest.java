package nngrader.sandbox;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.File;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;

class WorkerCommandTest {

    @Test
    void theCommandLine() {
        Path submission = Path.of("/tmp/submission/classes");
        List<String> command = WorkerCommand.of(new WorkerSettings(List.of(submission), 300, 2048, Path.of("/tmp"), 100, 5000));
        assertTrue(command.get(0).endsWith("/bin/java"));
        assertTrue(command.containsAll(List.of("-Xmx300m", "-Xss2048k", "-XX:+ExitOnOutOfMemoryError",
                "-XX:+DisableAttachMechanism", "-XX:+DisplayVMOutputToStderr")));
        assertEquals(List.of("nngrader.sandbox.worker.WorkerMain", "5000", "100"), command.subList(command.size() - 3, command.size()));
        String classPath = command.get(command.indexOf("-cp") + 1);
        String[] entries = classPath.split(File.pathSeparator);
        assertEquals(submission.toString(), entries[entries.length - 1], "the runtime comes first");
        assertTrue(classPath.contains("jackson-core"), classPath);
        assertFalse(classPath.contains("jackson-databind") || classPath.contains("junit") || classPath.contains("picocli"),
                classPath);
    }

    @Test
    void theEnvironmentIsNotTheGradersOwn() {
        assertEquals(List.of("LANG", "PATH"), WorkerCommand.environment().keySet().stream().sorted().toList());
    }
}
