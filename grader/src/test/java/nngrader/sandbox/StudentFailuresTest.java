package nngrader.sandbox;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import nngrader.sandbox.fixtures.Big;
import nngrader.sandbox.fixtures.Task;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Each way student code can fail: what the student reads, and that the next test's call works
 * (on the same worker, or transparently on a fresh one).
 */
class StudentFailuresTest {
    static final String FIXTURES = "nngrader.sandbox.fixtures.";
    @TempDir
    static Path work;
    static Sandbox sandbox;

    @BeforeAll
    static void startSandbox() {
        sandbox = TestWorkers.sandbox(work);
    }

    @AfterAll
    static void closeSandbox() {
        sandbox.close();
    }

    @AfterEach
    void theNextCallWorks() {
        assertEquals(9.0, task("Square", TestScope.seconds(20)).run(3));
    }

    static Task task(String simpleName, TestScope scope) {
        return sandbox.instantiate(Task.class, FIXTURES + simpleName, scope);
    }

    static <T extends Throwable> T failure(Class<T> type, String simpleName) {
        return assertThrows(type, () -> task(simpleName, TestScope.seconds(20)).run(1));
    }

    @Test
    void anExceptionCarriesTheStudentsFramesOnly() {
        Long pid = sandbox.workerPid();
        StudentException e = failure(StudentException.class, "Thrower");
        assertEquals("nngrader.sandbox.fixtures.Thrower.run threw java.lang.ArithmeticException: / by zero", e.getMessage());
        assertEquals("java.lang.ArithmeticException", e.exceptionClass());
        assertEquals("/ by zero", e.exceptionMessage());
        assertFalse(e.notImplemented());
        List<String> frames = Arrays.stream(e.getStackTrace()).map(f -> f.getClassName() + "." + f.getMethodName()).toList();
        assertEquals(List.of(FIXTURES + "Thrower.divide", FIXTURES + "Thrower.run"), frames);
        assertEquals("Thrower.java", e.getStackTrace()[0].getFileName());
        if (pid != null) {
            assertEquals(pid, sandbox.workerPid(), "an exception does not cost the worker");
        }
    }

    @Test
    void aTemplateStubReadsNotImplemented() {
        StudentException e = failure(StudentException.class, "Stub");
        assertEquals("run: not implemented yet (TODO: return x squared)", e.getMessage());
        assertTrue(e.notImplemented());
    }

    @Test
    void causesAreNamed() {
        StudentException e = failure(StudentException.class, "Wrapper");
        assertEquals("nngrader.sandbox.fixtures.Wrapper.run threw java.lang.IllegalStateException: could not load weights"
                + "\n  caused by java.io.UncheckedIOException: java.io.IOException: disk full"
                + "\n  caused by java.io.IOException: disk full", e.getMessage());
    }

    @Test
    void aStackOverflowIsAnExceptionAndTheWorkerSurvives() {
        Long pid = sandbox.workerPid();
        StudentException e = failure(StudentException.class, "Recurser");
        assertEquals("nngrader.sandbox.fixtures.Recurser.run threw java.lang.StackOverflowError", e.getMessage());
        assertTrue(e.getStackTrace().length > 0 && e.getStackTrace().length <= 64);
        assertEquals("down", e.getStackTrace()[0].getMethodName());
        if (pid != null) {
            assertEquals(pid, sandbox.workerPid());
        }
    }

    @Test
    void constructorsAndStaticInitializers() {
        StudentException ctor = failure(StudentException.class, "BadConstructor");
        assertEquals("the constructor of nngrader.sandbox.fixtures.BadConstructor threw"
                + " java.lang.NumberFormatException: For input string: \"not a number\"", ctor.getMessage());
        assertEquals("<init>", ctor.getStackTrace()[0].getMethodName());

        StudentException clinit = failure(StudentException.class, "BadStaticInit");
        assertEquals("the static initializer of nngrader.sandbox.fixtures.BadStaticInit threw"
                + " java.lang.NegativeArraySizeException: -1", clinit.getMessage());
    }

    @Test
    void classesThatCannotBeCreated() {
        assertEquals("nngrader.sandbox.fixtures.NeedsArgument has no constructor without parameters",
                failure(CallRefused.class, "NeedsArgument").getMessage());
        assertEquals("nngrader.sandbox.fixtures.NotATask does not implement nngrader.sandbox.fixtures.Task",
                failure(CallRefused.class, "NotATask").getMessage());
        assertTrue(failure(CallRefused.class, "Missing").getMessage()
                .startsWith("cannot load nngrader.sandbox.fixtures.Missing: java.lang.ClassNotFoundException"));
    }

    @Test
    void systemExitSaysWhereItWasCalled() {
        TestScope scope = TestScope.seconds(20);
        WorkerDied e = assertThrows(WorkerDied.class, () -> task("Quitter", scope).run(1));
        assertEquals(WorkerDied.Reason.EXIT, e.reason());
        assertEquals("System.exit(3) was called at nngrader.sandbox.fixtures.Quitter.run(Quitter.java:7)"
                + " during nngrader.sandbox.fixtures.Quitter.run; student code must not end the JVM", e.getMessage());
        assertEquals("run", e.getStackTrace()[0].getMethodName());
    }

    @Test
    void anExitBetweenCallsFailsOnlyCallsOnThatWorker() throws InterruptedException {
        Task late = task("LateQuitter", TestScope.seconds(20));
        assertEquals(1.0, late.run(1));
        Thread.sleep(1000);
        WorkerDied e = assertThrows(WorkerDied.class, () -> late.run(1));
        assertEquals(WorkerDied.Reason.EXIT, e.reason());
        assertTrue(e.getMessage().startsWith("System.exit(4) was called at nngrader.sandbox.fixtures.LateQuitter"),
                e.getMessage());
    }

    @Test
    void haltIsAnUnexpectedEnd() {
        WorkerDied e = failure(WorkerDied.class, "Halter");
        assertEquals(WorkerDied.Reason.CRASH, e.reason());
        assertEquals("the worker process ended unexpectedly (exit status 7) during nngrader.sandbox.fixtures.Halter.run",
                e.getMessage());
    }

    @Test
    void runningOutOfMemoryIsRecognised() {
        WorkerDied e = failure(WorkerDied.class, "Hog");
        assertEquals(WorkerDied.Reason.OUT_OF_MEMORY, e.reason());
        assertEquals("ran out of memory (heap limit " + TestWorkers.HEAP_MB + " MB) during nngrader.sandbox.fixtures.Hog.run",
                e.getMessage());
    }

    @Test
    void printingALotIsCountedNotKept() {
        TestScope scope = TestScope.seconds(20);
        assertEquals(1.0, task("Chatter", scope).run(1));
        String printed = scope.printed();
        assertTrue(printed.startsWith("x".repeat(1023) + "\n"), printed.substring(0, 50));
        long total = 100L * 1024 * 1024 + "and this to stderr\n".length();
        assertTrue(printed.endsWith("\n[... " + (total - 4096) + " more bytes not shown]"), printed.substring(4000));
    }

    @Test
    void aFrameAnnouncingTwoGigabytesFailsOnlyThatCall() {
        BadReply e = failure(BadReply.class, "Forger");
        assertEquals("the reply of nngrader.sandbox.fixtures.Forger.run is over the frame limit of 1 MB", e.getMessage());
    }

    @Test
    void aMalformedFrameFailsOnlyThatCall() {
        BadReply e = assertThrows(BadReply.class, () -> task("Forger", TestScope.seconds(20)).run(2));
        assertTrue(e.getMessage().startsWith("the worker's reply to nngrader.sandbox.fixtures.Forger.run is malformed ("),
                e.getMessage());
    }

    @Test
    void framesFloodingInBetweenCallsFailTheNextCallOnly() throws InterruptedException {
        Task flooder = task("Flooder", TestScope.seconds(20));
        assertEquals(1.0, flooder.run(1));
        Thread.sleep(1000);
        BadReply e = assertThrows(BadReply.class, () -> flooder.run(1));
        assertTrue(e.getMessage().startsWith("the worker's reply to nngrader.sandbox.fixtures.Flooder.run is malformed"),
                e.getMessage());
    }

    @Test
    void aValueTooLargeForAFrameFailsOnlyThatCall() {
        Long pid = sandbox.workerPid();
        Big big = sandbox.instantiate(Big.class, FIXTURES + "BigReturner", TestScope.seconds(20));
        BadReply e = assertThrows(BadReply.class, () -> big.zeros(1_000_000));
        assertEquals("the value returned by nngrader.sandbox.fixtures.BigReturner.zeros is too large to send back"
                + " (over 1 MB)", e.getMessage());
        assertEquals(10, big.zeros(10).length, "the worker found the problem itself and lives on");
        if (pid != null) {
            assertEquals(pid, sandbox.workerPid());
        }
    }

    @Test
    void argumentsTooLargeAreTheTestAuthorsMistake() {
        Task square = task("Square", TestScope.seconds(20));
        Big big = sandbox.instantiate(Big.class, FIXTURES + "BigReturner", TestScope.seconds(20));
        assertEquals(4.0, square.run(2));
        assertThrows(IllegalArgumentException.class, () -> sandbox.instantiate(nngrader.sandbox.fixtures.Calculator.class,
                FIXTURES + "GoodCalculator", TestScope.seconds(20)).sum(new double[300_000]));
        assertEquals(3, big.zeros(3).length);
    }
}
