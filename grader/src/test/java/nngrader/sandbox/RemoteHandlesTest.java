package nngrader.sandbox;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import nngrader.sandbox.fixtures.Counter;
import nngrader.sandbox.fixtures.CounterFactory;
import nngrader.sandbox.fixtures.Task;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Interface-typed results stay in the worker and come back as proxies bound to it. */
class RemoteHandlesTest {
    static final String FACTORY = "nngrader.sandbox.fixtures.GoodCounterFactory";
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

    @Test
    void aReturnedObjectKeepsItsStateInTheWorker() {
        CounterFactory factory = sandbox.instantiate(CounterFactory.class, FACTORY, TestScope.seconds(20));
        Counter a = factory.startAt(5);
        assertEquals(6, a.increment());
        assertEquals(7, a.increment());
        assertEquals(7, a.value());
        assertTrue(a.toString().matches("student nngrader\\.sandbox\\.fixtures\\.GoodCounterFactory\\$StepCounter#\\d+"),
                a.toString());
    }

    @Test
    void handlesPassedBackReachTheSameObjects() {
        CounterFactory factory = sandbox.instantiate(CounterFactory.class, FACTORY, TestScope.seconds(20));
        Counter a = factory.startAt(1);
        Counter b = factory.startAt(100);
        b.increment();
        assertEquals(102, factory.total(a, b));
        Counter again = factory.same(a);
        again.increment();
        assertEquals(2, a.value());
        assertSame(a, again, "a handle the test holds comes back as its own proxy");
        assertNotEquals(a, b, "equality is the proxy's identity");
    }

    @Test
    void listsOfHandlesAndNullHandles() {
        CounterFactory factory = sandbox.instantiate(CounterFactory.class, FACTORY, TestScope.seconds(20));
        List<Counter> counters = factory.several(3);
        assertEquals(20, counters.get(2).value());
        assertEquals(21, counters.get(2).increment());
        assertNull(factory.none());
    }

    @Test
    void anInstanceNotYetCreatedCanBePassedAsAnArgument() {
        TestScope scope = TestScope.seconds(20);
        CounterFactory factory = sandbox.instantiate(CounterFactory.class, FACTORY, scope);
        Counter fresh = factory.startAt(3);
        CounterFactory other = sandbox.instantiate(CounterFactory.class, FACTORY, scope);
        assertEquals(6, other.total(fresh, factory.same(fresh)));
    }

    @Test
    void onlyStudentObjectsCanBePassedAsHandles() {
        CounterFactory factory = sandbox.instantiate(CounterFactory.class, FACTORY, TestScope.seconds(20));
        Counter local = new Counter() {
            @Override
            public int increment() {
                return 0;
            }

            @Override
            public int value() {
                return 0;
            }
        };
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> factory.total(local, local));
        assertTrue(e.getMessage().startsWith("only the student's own objects can be passed"), e.getMessage());
        assertEquals(0, factory.startAt(0).value(), "the worker is still fine");
    }

    @Test
    void handlesDoNotSurviveARestart() {
        CounterFactory factory = sandbox.instantiate(CounterFactory.class, FACTORY, TestScope.seconds(20));
        Counter kept = factory.startAt(1);
        Task crash = sandbox.instantiate(Task.class, "nngrader.sandbox.fixtures.Halter", TestScope.seconds(20));
        assertThrows(WorkerDied.class, () -> crash.run(0));

        WorkerDied gone = assertThrows(WorkerDied.class, kept::value);
        assertEquals(WorkerDied.Reason.RESTARTED, gone.reason());
        assertEquals("cannot use nngrader.sandbox.fixtures.GoodCounterFactory$StepCounter.value:"
                + " the worker was restarted after an earlier failure", gone.getMessage());
        assertThrows(WorkerDied.class, () -> factory.startAt(2));

        CounterFactory next = sandbox.instantiate(CounterFactory.class, FACTORY, TestScope.seconds(20));
        assertEquals(3, next.startAt(2).increment());
    }
}
