package nngrader.sandbox.jail;

import nngrader.sandbox.CallTimedOut;
import nngrader.sandbox.Sandbox;
import nngrader.sandbox.TestScope;
import nngrader.sandbox.TestWorkers;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import nngrader.sandbox.fixtures.Task;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The locked-down worker. As root (CI, Gradescope) the protections themselves are asserted; a
 * grader that is not root, or one told not to use root's protections, must still run the worker
 * and name each missing protection.
 */
class WorkerJailTest {
    private static final String FIXTURES = "nngrader.sandbox.fixtures.";
    /** A world-readable file outside the temp folder: a stand-in for a bundle in a checkout. */
    private static final Path READABLE = TestWorkers.fixtureClasses().resolve("nngrader/sandbox/fixtures/Task.class");

    @TempDir
    Path dir;

    @Test
    void asRootTheWorkerRunsAsAUserOfThePool() throws Exception {
        try (Jail jail = WorkerJail.prepare(TestWorkers.settings(dir), JailOptions.defaults(), Secrets.NONE);
                Sandbox sandbox = new Sandbox(jail.settings(), jail.command(), jail.environment())) {
            double uid = sandbox.instantiate(Task.class, FIXTURES + "WhoAmI", TestScope.seconds(20)).run(0);
            if (!root()) {
                assertTrue(jail.staffNote().contains("the grader is not root"), jail.staffNote());
                return;
            }
            String user = jail.protections().stream().filter(p -> p.startsWith("runs as user nngrader-w")).findFirst()
                    .orElseThrow(() -> new AssertionError("a user of the pool: " + jail.protections()))
                    .split(" ")[3];
            assertEquals(Integer.parseInt(run("id", "-u", user)), (int) uid);
            assertFalse(jail.settings().workingDirectory().startsWith(dir), "the worker gets a folder of its own");
            assertTrue(jail.command().contains("--no-new-privs"), jail.command().toString());
        }
    }

    @Test
    void aKillReachesProcessesThatLeftTheWorkersTree() throws Exception {
        try (Jail jail = WorkerJail.prepare(TestWorkers.settings(dir), JailOptions.defaults(), Secrets.NONE)) {
            if (!jail.protections().contains("no network, own PID namespace")) {
                assertTrue(jail.staffNote().contains("may outlive it"), jail.staffNote());
                return;
            }
            try (Sandbox sandbox = new Sandbox(jail.settings(), jail.command(), jail.environment())) {
                Task task = sandbox.instantiate(Task.class, FIXTURES + "Detacher", TestScope.seconds(3));
                assertThrows(CallTimedOut.class, () -> task.run(1));
            }
            for (int tries = 0; tries < 50 && !left("sleep 6174").isEmpty(); tries++) {
                Thread.sleep(100);
            }
            List<ProcessHandle> left = left("sleep 6174");
            left.forEach(ProcessHandle::destroyForcibly);
            assertEquals(List.of(), left, "processes left behind");
        }
    }

    @Test
    void theProbeWarnsWhenTheWorkerCanReadASecretAndNotWhenItIsHidden() throws Exception {
        // A world-readable file outside the temp folders, which the jail replaces: the checkout itself may sit
        // under /tmp, and then its files are out of the worker's sight anyway.
        Secrets visible = new Secrets(List.of(), Map.of("the hidden suite", Path.of("/etc/passwd")));
        try (Jail jail = WorkerJail.prepare(TestWorkers.settings(dir), JailOptions.defaults(), visible)) {
            assertTrue(jail.staffNote().contains("WARNING: the worker can read the hidden suite"), jail.staffNote());
        }
        Secrets hidden = new Secrets(List.of(TestWorkers.fixtureClasses()), Map.of("the hidden suite", READABLE));
        try (Jail jail = WorkerJail.prepare(TestWorkers.settings(dir), JailOptions.defaults(), hidden)) {
            if (root() && !jail.staffNote().contains("cannot hide") && !jail.staffNote().contains("unshare")) {
                assertTrue(jail.missing().isEmpty(), "nothing missing as root: " + jail.staffNote());
            } else {
                assertTrue(jail.staffNote().contains("WARNING: the worker can read the hidden suite"), jail.staffNote());
            }
        }
    }

    @Test
    void theStaffAreToldWhatStudentCodeCanReadOutsideTheBundle() throws Exception {
        // Gradescope's submission_metadata.json is world-readable (644) unless run_autograder closes it
        Path open = Files.writeString(Path.of("/etc").resolve("nngrader-test-metadata-" + ProcessHandle.current().pid()
                + ".json"), "{\"previous_submissions\": []}");
        try {
            Files.setPosixFilePermissions(open, java.nio.file.attribute.PosixFilePermissions.fromString("rw-r--r--"));
            Secrets secrets = new Secrets(List.of(TestWorkers.fixtureClasses()), Map.of(), List.of(open));
            try (Jail jail = WorkerJail.prepare(TestWorkers.settings(dir), JailOptions.defaults(), secrets)) {
                assertTrue(jail.staffNote().contains("WARNING: student code can read " + open
                        + " (make it readable by root only)"), jail.staffNote());
            }
            if (root()) {
                Files.setPosixFilePermissions(open, java.nio.file.attribute.PosixFilePermissions.fromString("rw-------"));
                try (Jail jail = WorkerJail.prepare(TestWorkers.settings(dir), JailOptions.defaults(), secrets)) {
                    assertFalse(jail.staffNote().contains(open.toString()), jail.staffNote());
                }
            }
        } finally {
            Files.deleteIfExists(open);
        }
    }

    @Test
    void withoutRootProtectionsTheWorkerStillRunsAndEachMissingOneIsNamedOnce() throws Exception {
        Secrets secrets = new Secrets(List.of(TestWorkers.fixtureClasses()), Map.of("the hidden suite", READABLE));
        try (Jail jail = WorkerJail.prepare(TestWorkers.settings(dir), JailOptions.defaults().unprivileged(), secrets);
                Sandbox sandbox = new Sandbox(jail.settings(), jail.command(), jail.environment())) {
            String note = jail.staffNote();
            assertTrue(note.startsWith("(for the staff) sandbox: root-only protections are turned off, so the worker"
                    + " runs as the grader's own user"), note);
            assertTrue(note.contains("no cap on processes and threads"), note);
            assertTrue(note.contains("WARNING: the worker can read the hidden suite"), note);
            assertEquals(dir, jail.settings().workingDirectory(), "no folder of its own without another user");
            double uid = sandbox.instantiate(Task.class, FIXTURES + "WhoAmI", TestScope.seconds(20)).run(0);
            assertTrue(uid >= 0);
        }
    }

    @Test
    void aNameThatIsNotAUserNameIsRefusedAndTheWorkerRunsAnyway() throws Exception {
        try (Jail jail = WorkerJail.prepare(TestWorkers.settings(dir), JailOptions.defaults().withUser("Not A User!"),
                Secrets.NONE);
                Sandbox sandbox = new Sandbox(jail.settings(), jail.command(), jail.environment())) {
            sandbox.instantiate(Task.class, FIXTURES + "WhoAmI", TestScope.seconds(20)).run(0);
            if (root()) {
                assertTrue(jail.staffNote().contains("the worker runs as root: 'Not A User!' is not a valid user name"),
                        jail.staffNote());
            }
        }
    }

    private static List<ProcessHandle> left(String marker) {
        return ProcessHandle.allProcesses().filter(p -> p.info().commandLine().orElse("").contains(marker)).toList();
    }

    private static boolean root() throws Exception {
        return run("id", "-u").equals("0");
    }

    private static String run(String... command) throws Exception {
        Process p = new ProcessBuilder(command).start();
        String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8).strip();
        p.waitFor();
        return out;
    }
}
