package nngrader.sandbox;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import nngrader.sandbox.fixtures.Counter;
import nngrader.sandbox.fixtures.CounterFactory;
import nngrader.sandbox.fixtures.CounterShop;
import nngrader.sandbox.fixtures.GoodCounterFactory;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A stand-in whose methods return API objects (a CounterFactory's counters), through a real worker: the
 * reference's counters stay in the grader, and student code holds proxies that behave as the objects would in one
 * JVM (identity, state, passed back as arguments); the student's own counters cannot be given to the reference.
 */
class StandInHandlesTest {
    static final String SHOP = "nngrader.sandbox.fixtures.GoodCounterShop";
    @TempDir
    static Path work;
    static Sandbox sandbox;

    @BeforeAll
    static void startSandbox() {
        sandbox = TestWorkers.sandbox(work);
        sandbox.answerStandInsWith(new ReferenceCalls(Map.of("nngrader.sandbox.fixtures.GoodCounterFactory",
                new ReferenceCalls.StandIn(CounterFactory.class, GoodCounterFactory.class))));
    }

    @AfterAll
    static void closeSandbox() {
        sandbox.close();
    }

    @Test
    void aCounterTheReferenceReturnsIsOneObjectInStudentCode() {
        CounterShop shop = sandbox.instantiate(CounterShop.class, SHOP, TestScope.seconds(20));
        assertTrue(shop.sameIsSame(3), "same(c) == c: one proxy per reference object");
        assertEquals(1 + 11, shop.totalOfTwo(1, 10), "the counters, passed back, are the reference's own");
    }

    @Test
    void theStudentsOwnCounterCannotBeGivenToTheReference() {
        CounterShop shop = sandbox.instantiate(CounterShop.class, SHOP, TestScope.seconds(20));
        StudentException thrown = assertThrows(StudentException.class, shop::totalWithOwn);
        assertEquals("java.lang.IllegalArgumentException", thrown.exceptionClass());
        assertTrue(thrown.exceptionMessage().startsWith("GoodCounterFactory.java did not compile and the reference "
                + "stands in for it; it cannot take your own Counter objects"), thrown.exceptionMessage());
        assertTrue(shop.sameIsSame(1), "and the worker goes on");
    }

    @Test
    void aCounterHandedToTheTestIsCalledThroughTheWorker() {
        CountingScope scope = new CountingScope();
        Counter kept = sandbox.instantiate(CounterShop.class, SHOP, scope).kept(5);
        assertEquals(6, kept.increment());
        assertEquals(6, kept.value());
        assertEquals(3, scope.answered.get(), "startAt, then increment and value, each answered by the reference");
    }

    @Test
    void equalsHashCodeAndToStringAreAnsweredInTheWorker() {
        CountingScope scope = new CountingScope();
        String described = sandbox.instantiate(CounterShop.class, SHOP, scope).described(2);
        assertTrue(described.matches("the reference's nngrader\\.sandbox\\.fixtures\\.GoodCounterFactory\\$StepCounter "
                + "\\(GoodCounterFactory\\.java did not compile\\); equal to itself: true; found by hash: true"), described);
        assertEquals(1, scope.answered.get(), "only startAt reached the grader");
    }

    /** A test's scope that counts the calls the reference answered. */
    private static final class CountingScope implements CallScope {
        final TestScope inner = TestScope.seconds(20);
        final AtomicInteger answered = new AtomicInteger();

        @Override
        public Instant deadline() {
            return inner.deadline();
        }

        @Override
        public Duration limit() {
            return inner.limit();
        }

        @Override
        public void studentOutput(String text, long droppedBytes) {
        }

        @Override
        public void answeredByReference(String className) {
            answered.incrementAndGet();
        }
    }
}
