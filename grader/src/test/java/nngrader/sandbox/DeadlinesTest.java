package nngrader.sandbox;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import nngrader.sandbox.fixtures.Task;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The deadline of a test's calls: kills the whole process tree, does not count worker start-up. */
class DeadlinesTest {
    static final String FIXTURES = "nngrader.sandbox.fixtures.";
    @TempDir
    Path work;
    Sandbox sandbox;

    @BeforeEach
    void startSandbox() {
        sandbox = TestWorkers.sandbox(work);
    }

    @AfterEach
    void closeSandbox() {
        sandbox.close();
    }

    Task task(String simpleName, TestScope scope) {
        return sandbox.instantiate(Task.class, FIXTURES + simpleName, scope);
    }

    @Test
    void anEndlessLoopTimesOutAndTheNextTestGetsAFreshWorker() {
        assertEquals(4.0, task("Square", TestScope.seconds(20)).run(2));
        Long first = sandbox.workerPid();

        Instant start = Instant.now();
        CallTimedOut e = assertThrows(CallTimedOut.class, () -> task("Spinner", TestScope.seconds(1)).run(1));
        Duration took = Duration.between(start, Instant.now());
        assertEquals("timed out after 1 s during nngrader.sandbox.fixtures.Spinner.run", e.getMessage());
        assertEquals(0, e.getStackTrace().length, "no grader frames");
        // Not before the deadline; how long after is the benchmark's business, not a test's.
        assertTrue(took.toMillis() >= 900, "ended before its deadline: " + took);
        assertFalse(ProcessHandle.of(first).map(ProcessHandle::isAlive).orElse(false), "the old worker is dead");

        assertEquals(9.0, task("Square", TestScope.seconds(20)).run(3));
        assertTrue(sandbox.workerPid() != null && !sandbox.workerPid().equals(first));
    }

    @Test
    void aTimeoutKillsTheProcessesTheStudentStarted() throws IOException, InterruptedException {
        CallTimedOut e = assertThrows(CallTimedOut.class, () -> task("Spawner", TestScope.seconds(1.5)).run(1));
        assertEquals("timed out after 1.5 s during nngrader.sandbox.fixtures.Spawner.run", e.getMessage());
        long child = Long.parseLong(Files.readString(work.resolve("child.pid")).trim());
        assertTrue(gone(child), "sleep 1000 (pid " + child + ") is still running");
        assertEquals(1.0, task("Square", TestScope.seconds(20)).run(1));
    }

    @Test
    void aCallAfterTheDeadlineFailsAtOnceWithoutHarm() {
        assertEquals(4.0, task("Square", TestScope.seconds(20)).run(2));
        Long pid = sandbox.workerPid();
        CallTimedOut e = assertThrows(CallTimedOut.class, () -> task("Square", TestScope.expired()).run(2));
        assertEquals("timed out after 10 s during nngrader.sandbox.fixtures.Square.run", e.getMessage());
        assertEquals(pid, sandbox.workerPid(), "nothing was running, nothing was killed");
    }

    @Test
    void workerStartUpDoesNotCountAgainstTheTest() {
        // a wrapper in front of java, as privilege dropping is, that makes start-up take 3 s: longer than the
        // test's 2.5 s limit, which still leaves the calls themselves room on a loaded machine
        List<String> slow = new ArrayList<>(List.of("/bin/sh", "-c", "sleep 3; exec \"$0\" \"$@\""));
        WorkerSettings settings = TestWorkers.settings(work);
        slow.addAll(WorkerCommand.of(settings));
        try (Sandbox slowToStart = new Sandbox(settings, slow, WorkerCommand.environment())) {
            Task square = slowToStart.instantiate(Task.class, FIXTURES + "Square", TestScope.of(Duration.ofMillis(2500)));
            assertEquals(4.0, square.run(2));
            assertEquals(9.0, square.run(3), "the credit lasts for the whole test");
        }
    }

    @Test
    void aScopeWithoutALimit() {
        CallScope forever = new CallScope() {
            @Override
            public Instant deadline() {
                return Instant.MAX;
            }

            @Override
            public Duration limit() {
                return Duration.ofDays(365);
            }

            @Override
            public void studentOutput(String text, long droppedBytes) {
            }
        };
        assertEquals(25.0, task("Square", TestScope.seconds(20)).run(5));
        assertEquals(36.0, sandbox.instantiate(Task.class, FIXTURES + "Square", forever).run(6));
    }

    @Test
    void theLimitCoversAllOfATestsCalls() throws InterruptedException {
        TestScope scope = TestScope.seconds(1);
        Task square = task("Square", scope);
        assertEquals(1.0, square.run(1));
        Thread.sleep(1200);
        assertThrows(CallTimedOut.class, () -> square.run(1));
    }

    @Test
    void closingKillsTheWorker() {
        assertEquals(1.0, task("Square", TestScope.seconds(20)).run(1));
        long pid = sandbox.workerPid();
        sandbox.close();
        assertFalse(ProcessHandle.of(pid).map(ProcessHandle::isAlive).orElse(false));
        assertThrows(IllegalStateException.class, () -> task("Square", TestScope.seconds(20)).run(1));
    }

    /** Killed and reaped; a zombie waiting for its parent counts as gone. */
    private static boolean gone(long pid) throws InterruptedException, IOException {
        for (int i = 0; i < 50; i++) {
            Optional<ProcessHandle> handle = ProcessHandle.of(pid);
            if (handle.isEmpty() || !handle.get().isAlive() || zombie(pid)) {
                return true;
            }
            Thread.sleep(50);
        }
        return false;
    }

    private static boolean zombie(long pid) throws IOException {
        Path stat = Path.of("/proc", Long.toString(pid), "stat");
        if (!Files.exists(stat)) {
            return true;
        }
        String s = Files.readString(stat);
        return s.substring(s.lastIndexOf(')') + 2).startsWith("Z");
    }
}
