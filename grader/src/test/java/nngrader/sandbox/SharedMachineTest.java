package nngrader.sandbox;

import nngrader.sandbox.jail.Jail;
import nngrader.sandbox.jail.JailOptions;
import nngrader.sandbox.jail.Secrets;
import nngrader.sandbox.jail.WorkerJail;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ThreadLocalRandom;
import nngrader.sandbox.fixtures.Task;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Gradings that share a machine, as in the main deployment: a container without CAP_SYS_ADMIN, so
 * no PID or mount namespace (Docker's default, {@link JailOptions#withoutSysAdmin()}), and
 * {@code grader batch} grading one student after another. Nothing of one grading may reach the next
 * (a process, a file, a worker's uid), memory that student code takes is the worker's to lose, and
 * a worker killed from outside costs the student nothing.
 */
class SharedMachineTest {
    private static final String FIXTURES = "nngrader.sandbox.fixtures.";

    @TempDir
    Path dir;

    @Test
    void gradingsAtTheSameTimeRunAsUsersOfTheirOwn() throws Exception {
        assumeTrue(root(), "only root runs workers as other users");
        JailOptions options = JailOptions.defaults().withoutSysAdmin();
        try (Jail first = WorkerJail.prepare(TestWorkers.settings(dir), options, Secrets.NONE);
                Jail second = WorkerJail.prepare(TestWorkers.settings(dir), options, Secrets.NONE);
                Sandbox one = first.openSandbox();
                Sandbox two = second.openSandbox()) {
            double uid1 = one.instantiate(Task.class, FIXTURES + "WhoAmI", TestScope.seconds(30)).run(0);
            double uid2 = two.instantiate(Task.class, FIXTURES + "WhoAmI", TestScope.seconds(30)).run(0);
            assertNotEquals(uid1, uid2, "two gradings at once never share a uid");
            assertTrue(first.staffNote().contains("runs as user nngrader-w"), first.staffNote());
            assertTrue(first.staffNote().contains("which no other grading uses"), first.staffNote());
        }
    }

    @Test
    void whatTheWorkerLeftIsGoneOnceTheGradingIsDone() throws Exception {
        assumeTrue(root(), "only root runs workers as other users");
        long marker = ThreadLocalRandom.current().nextLong(1, 1L << 40);
        List<Path> files = List.of(Path.of("/tmp/nngrader-litter-" + marker), Path.of("/var/tmp/nngrader-litter-" + marker),
                Path.of("/dev/shm/nngrader-litter-" + marker), Path.of("/tmp/nngrader-litter-" + marker + "-folder"));
        Jail jail = WorkerJail.prepare(TestWorkers.settings(dir), JailOptions.defaults().withoutSysAdmin(), Secrets.NONE);
        try (jail; Sandbox sandbox = jail.openSandbox()) {
            assertTrue(jail.staffNote().contains("unshare is not permitted"), "no namespaces: " + jail.staffNote());
            assertEquals(marker, sandbox.instantiate(Task.class, FIXTURES + "Litterer", TestScope.seconds(30)).run(marker));
            files.forEach(f -> assertTrue(Files.exists(f), "the worker wrote " + f));
            assertFalse(left("sleep 6175").isEmpty(), "the detached process outlived the worker");
        } finally {
            List<ProcessHandle> left = left("sleep 6175");
            left.forEach(ProcessHandle::destroyForcibly);
            assertEquals(List.of(), left, "processes left behind");
        }
        for (Path f : files) {
            assertFalse(Files.exists(f), f + " is left behind");
        }
        assertTrue(jail.staffNote().contains("removed what the worker left when it was done: "), jail.staffNote());
        assertTrue(jail.staffNote().contains(" and 6 files"), jail.staffNote());
        for (String hierarchy : List.of("pids", "memory", "unified")) {
            Path root = Path.of("/sys/fs/cgroup", hierarchy);
            if (Files.isDirectory(root)) {
                try (var cgroups = Files.list(root)) {
                    assertEquals(List.of(), cgroups.filter(c -> c.getFileName().toString().equals(user(jail))).toList(),
                            "no cgroup of the grading is left");
                }
            }
        }
    }

    @Test
    void aWorkerKilledFromOutsideDuringACallIsRestartedAndTheCallTriedAgain() throws Exception {
        try (Sandbox plain = TestWorkers.sandbox(dir)) {
            assertEquals(3.0, killedOnceDuring(plain), "the call is tried again in a fresh worker");
        }
        // in the jail the worker's JVM is a child of unshare (where it can be had), which alone would say "status 1"
        try (Jail jail = WorkerJail.prepare(TestWorkers.settings(dir), JailOptions.defaults(), Secrets.NONE);
                Sandbox jailed = jail.openSandbox()) {
            assertEquals(3.0, killedOnceDuring(jailed), "in the jail too: " + jail.staffNote());
        }
    }

    private static double killedOnceDuring(Sandbox sandbox) throws Exception {
        Task sleeper = sandbox.instantiate(Task.class, FIXTURES + "Sleeper", TestScope.seconds(120));
        assertEquals(0.0, sleeper.run(0));
        CompletableFuture<Double> call = CompletableFuture.supplyAsync(() -> sleeper.run(3));
        killDuringTheCall(sandbox);
        return call.get();
    }

    @Test
    void aWorkerKilledAgainDuringTheSecondTryLosesTheCall() throws Exception {
        try (Sandbox sandbox = TestWorkers.sandbox(dir)) {
            Task sleeper = sandbox.instantiate(Task.class, FIXTURES + "Sleeper", TestScope.seconds(120));
            assertEquals(0.0, sleeper.run(0));
            CompletableFuture<Double> call = CompletableFuture.supplyAsync(() -> sleeper.run(4));
            long first = killDuringTheCall(sandbox);
            for (int tries = 0; tries < 600 && (sandbox.workerPid() == null || sandbox.workerPid() == first); tries++) {
                Thread.sleep(50);
            }
            killDuringTheCall(sandbox);
            Exception e = assertThrows(Exception.class, call::get);
            WorkerDied died = (WorkerDied) e.getCause();
            assertEquals(WorkerDied.Reason.KILLED, died.reason());
            assertEquals("the worker process was killed (SIGKILL) during nngrader.sandbox.fixtures.Sleeper.run",
                    died.getMessage());
        }
    }

    @Test
    void processesThatTakeMoreMemoryThanTheCeilingCostOnlyTheirCall() throws Exception {
        assumeTrue(root(), "only root makes cgroups");
        try (Jail jail = WorkerJail.prepare(TestWorkers.settings(dir), JailOptions.defaults(), Secrets.NONE);
                Sandbox sandbox = jail.openSandbox()) {
            assumeTrue(jail.staffNote().contains("MB of memory for the worker and its processes"), jail.staffNote());
            // 24 processes of 16 MB: over the ceiling of a 64 MB heap and its margin (320 MB)
            WorkerDied died = assertThrows(WorkerDied.class,
                    () -> sandbox.instantiate(Task.class, FIXTURES + "ChildHogs", TestScope.seconds(60)).run(24));
            assertEquals(WorkerDied.Reason.OUT_OF_MEMORY, died.reason(), died.getMessage());
            assertTrue(died.getMessage().startsWith("ran out of memory (the worker and the processes it started may use"
                    + " 320 MB together)"), died.getMessage());
            assertEquals(0.0, sandbox.instantiate(Task.class, FIXTURES + "Sleeper", TestScope.seconds(60)).run(0),
                    "the next call gets a fresh worker with its memory");
        }
    }

    @Test
    void nativeMemoryPastTheHeapCostsOnlyItsCallWithOrWithoutACgroup() throws Exception {
        assumeTrue(root(), "only root makes cgroups and runs workers as other users");
        for (JailOptions options : List.of(JailOptions.defaults(), JailOptions.defaults().withoutSysAdmin())) {
            try (Jail jail = WorkerJail.prepare(TestWorkers.settings(dir), options, Secrets.NONE);
                    Sandbox sandbox = jail.openSandbox()) {
                Task hog = sandbox.instantiate(Task.class, FIXTURES + "NativeHog", TestScope.seconds(60));
                StudentFailure failure = assertThrows(StudentFailure.class, () -> hog.run(2048));
                assertTrue(failure.getMessage().toLowerCase(java.util.Locale.ROOT).contains("memory"), jail.staffNote() + ": " + failure.getMessage());
                assertEquals(0.0, sandbox.instantiate(Task.class, FIXTURES + "Sleeper", TestScope.seconds(60)).run(0),
                        "the next call gets a fresh worker");
            }
        }
    }

    /**
     * Waits until the call is running in the worker, then kills the worker's JVM (not its wrappers) as
     * another process would; the worker's pid as the sandbox knows it.
     */
    private static long killDuringTheCall(Sandbox sandbox) throws Exception {
        Long pid = null;
        for (int tries = 0; tries < 600 && (pid = sandbox.workerPid()) == null; tries++) {
            Thread.sleep(50);
        }
        Thread.sleep(700);
        ProcessHandle worker = ProcessHandle.of(pid).orElseThrow();
        ProcessHandle jvm = java.util.stream.Stream.concat(java.util.stream.Stream.of(worker), worker.descendants())
                .filter(p -> p.info().command().orElse("").endsWith("/java")).findFirst().orElseThrow();
        Process kill = new ProcessBuilder("kill", "-KILL", Long.toString(jvm.pid())).start();
        assertEquals(0, kill.waitFor());
        return pid;
    }

    private static String user(Jail jail) {
        String note = jail.staffNote();
        int at = note.indexOf("nngrader-w");
        return note.substring(at, note.indexOf(' ', at));
    }

    private static List<ProcessHandle> left(String marker) {
        return ProcessHandle.allProcesses().filter(p -> p.info().commandLine().orElse("").contains(marker)).toList();
    }

    private static boolean root() throws Exception {
        Process p = new ProcessBuilder("id", "-u").start();
        String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8).strip();
        p.waitFor();
        return out.equals("0");
    }
}
