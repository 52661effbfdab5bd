package nngrader.batch;

import org.junit.jupiter.api.Test;

import java.nio.file.Files;
import java.nio.file.Path;

import static org.junit.jupiter.api.Assertions.assertTrue;

/** A batch grades each submission as {@code grader/bin/grader} would: the same JVM flags. */
class ChildGraderFlagsTest {

    @Test
    void theChildGradersRunWithTheLaunchersFlags() throws Exception {
        String launcher = Files.readString(Path.of("bin/grader"));
        String exec = launcher.lines().filter(l -> l.startsWith("exec java ")).findFirst().orElseThrow();
        for (String flag : ChildGrader.JVM_FLAGS) {
            assertTrue(exec.contains(" " + flag + " "), flag + " is in grader/bin/grader: " + exec);
        }
        assertTrue(exec.startsWith("exec java " + String.join(" ", ChildGrader.JVM_FLAGS) + " "),
                "and no other flag: " + exec);
    }
}
