package nn.softmax.examples;

import nngrader.sandbox.jail.JailOptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The hostile submissions again, as in the main deployment: a container without CAP_SYS_ADMIN and
 * with a read-only cgroup file system (Docker's default), so no PID, network or mount namespace and
 * no cgroup for the worker. What holds there: a user of its own per grading, whose processes and
 * files are removed after it, a memory limit per process (RLIMIT_AS) and oom_score_adj.
 */
class HostileSubmissionsWithoutSysAdminTest extends HostileSubmissionsTest {

    @BeforeAll
    static void gradeTheReference() throws Exception {
        gradeTheReference(JailOptions.defaults().withoutSysAdmin());
    }

    @Test
    void theStaffAreToldWhatIsMissingAndWhatHolds() {
        if (!sandboxNote.contains("runs as user ")) {
            return; // not root: the other user, the sweep and the memory limits need it
        }
        assertTrue(sandboxNote.contains("unshare is not permitted here"), sandboxNote);
        assertTrue(sandboxNote.contains("the processes and files of its user are removed after each grading"), sandboxNote);
        assertTrue(sandboxNote.contains("RLIMIT_AS"), sandboxNote);
        assertTrue(sandboxNote.contains("oom_score_adj 1000"), sandboxNote);
    }
}
