package nngrader.run;

import nngrader.api.TimeLimit;
import nngrader.sandbox.StudentObjects;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.junit.platform.commons.support.AnnotationSupport;

import java.lang.reflect.Method;
import java.time.Duration;
import java.time.Instant;

/**
 * Finds or starts the {@link TestRecord} of the test a context belongs to. It is kept in the test's
 * own extension store, and the run's {@link Session} indexes it for the report; it is made at the
 * first need (a parameter, or {@code beforeEach}), so that the test's clock starts when the test does.
 */
final class TestRecords {
    private static final ExtensionContext.Namespace NAMESPACE = ExtensionContext.Namespace.create(TestRecords.class);

    private TestRecords() {
    }

    /** The test's record, or null outside a grading run. */
    static TestRecord of(ExtensionContext context) {
        Session session = Session.of(context);
        if (session == null) {
            return null;
        }
        return context.getStore(NAMESPACE).computeIfAbsent(Kept.class,
                k -> new Kept(start(session, context), session.students), Kept.class).record();
    }

    /**
     * The record as the test's store keeps it. JUnit closes the store's AutoCloseable values when the test
     * ends (after its @AfterEach methods): the worker then lets go of the objects the test held.
     */
    private record Kept(TestRecord record, StudentObjects students) implements AutoCloseable {
        @Override
        public void close() {
            students.release(record);
        }
    }

    private static TestRecord start(Session session, ExtensionContext context) {
        Duration declared = limitOf(context.getRequiredTestMethod(), session.assignment.limits().testSeconds());
        Duration limit = session.deadlines.limitFor(declared);
        Instant deadline = Instant.now().plus(limit);
        if (deadline.isAfter(session.budgetEnds)) {
            deadline = session.budgetEnds;
        }
        return session.start(context.getUniqueId(), new TestRecord(deadline, limit, limit.compareTo(declared) < 0));
    }

    private static Duration limitOf(Method test, double defaultSeconds) {
        double seconds = AnnotationSupport.findAnnotation(test, TimeLimit.class).map(TimeLimit::value).orElse(defaultSeconds);
        return Duration.ofMillis(Math.round(seconds * 1000));
    }
}
