package nngrader.sandbox.jail;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

/**
 * Two gradings in one JVM (grader verify, the tests) claim two users, and each keeps its lock against other
 * processes. The locks are POSIX record locks: when the second claim opened and closed the first user's lock
 * file, the first lock was gone for every other process, which could then claim that user, sweep it and so kill
 * the first grading's worker and remove its folder ("cannot start the worker JVM ... No such file or directory").
 */
class UserPoolTest {

    @Test
    void aSecondClaimInTheSameJvmLeavesTheFirstUsersLockInPlace() throws Exception {
        assumeTrue(HostCommand.root() && HostCommand.find("python3").isPresent(),
                "needs root (the pool) and python3 (a POSIX lock from another process)");
        try (UserPool.Claim first = UserPool.claim(null); UserPool.Claim second = UserPool.claim(null)) {
            assertNotEquals(first.user(), second.user());
            Path lock = UserPool.lockFolder().resolve(first.user().name() + ".lock");
            Process other = new ProcessBuilder(HostCommand.find("python3").orElseThrow(), "-c",
                    "import fcntl, sys\nf = open(sys.argv[1], 'a')\ntry:\n    fcntl.lockf(f, fcntl.LOCK_EX | fcntl.LOCK_NB)\n"
                            + "    print('taken')\nexcept OSError:\n    print('held')", lock.toString())
                    .redirectErrorStream(true).start();
            String said = new String(other.getInputStream().readAllBytes(), StandardCharsets.UTF_8).strip();
            other.waitFor();
            assertEquals("held", said, "another process cannot take " + first.user().name() + " while this JVM holds it");
        }
    }
}
