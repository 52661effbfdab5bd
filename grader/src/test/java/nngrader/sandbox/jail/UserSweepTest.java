package nngrader.sandbox.jail;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * What a grading's sandbox user leaves that is neither a process nor a file: System V shared memory,
 * semaphore sets and message queues outlive every process, and without an IPC namespace the next
 * grading could find them. The sweep between gradings removes them.
 */
class UserSweepTest {

    @Test
    void sharedMemorySemaphoresAndMessageQueuesOfTheUserAreRemoved() throws Exception {
        assumeTrue(HostCommand.root() && HostCommand.find("ipcmk").isPresent() && HostCommand.find("setpriv").isPresent(),
                "needs root, ipcmk and setpriv to make objects as a sandbox user");
        try (UserPool.Claim claim = UserPool.claim(null)) {
            SandboxUser user = claim.user();
            UserSweep.sweep(user);
            for (List<String> object : List.of(List.of("-M", "4096"), List.of("-S", "1"), List.of("-Q"))) {
                List<String> make = new ArrayList<>(List.of(HostCommand.find("setpriv").orElseThrow(),
                        "--reuid=" + user.uid(), "--regid=" + user.gid(), "--clear-groups", "--",
                        HostCommand.find("ipcmk").orElseThrow()));
                make.addAll(object);
                HostCommand.Result made = HostCommand.run(make, Map.of("PATH", "/usr/bin:/bin"));
                assertEquals(0, made.status(), made.output());
            }
            assertEquals(3, SysvIpc.ownedBy(user.uid()).size(), "a segment, a semaphore set and a queue");

            UserSweep.Swept swept = UserSweep.sweep(user);

            assertEquals(List.of(), SysvIpc.ownedBy(user.uid()), "nothing of the user is left");
            assertEquals(3, swept.ipcObjects());
            assertTrue(swept.describe().endsWith("and 3 System V IPC objects (shared memory, semaphores, queues)"),
                    swept.describe());
        }
    }
}
