package nngrader.run;

import nngrader.api.Grade;
import nngrader.api.Reference;
import nngrader.api.Seeded;
import nngrader.api.Student;
import nngrader.api.TimeLimit;
import nngrader.assignment.SubmittedFile;
import org.junit.jupiter.api.extension.BeforeEachCallback;
import org.junit.jupiter.api.extension.ConditionEvaluationResult;
import org.junit.jupiter.api.extension.ExecutionCondition;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.junit.jupiter.api.extension.ParameterContext;
import org.junit.jupiter.api.extension.ParameterResolutionException;
import org.junit.jupiter.api.extension.ParameterResolver;

import java.lang.reflect.Method;
import java.time.Duration;
import java.time.Instant;

/**
 * Connects hidden tests to a grading run: resolves {@link Student}, {@link Reference},
 * {@link Grade} and {@link Seeded} parameters, starts each test's clock with its limit (shortened
 * after repeated timeouts, see {@link AdaptiveDeadlines}), and stops running tests once the run's
 * time budget is spent (or, for verify's mutants, once a test lost points). Registered through JUnit's extension auto-detection,
 * which only {@link SuiteRunner} turns on; outside a run it does nothing.
 */
public final class GradingExtension implements ParameterResolver, BeforeEachCallback, ExecutionCondition {

    @Override
    public ConditionEvaluationResult evaluateExecutionCondition(ExtensionContext context) {
        Session session = session(context);
        if (session != null && context.getTestMethod().isPresent() && session.budgetExhausted()) {
            return ConditionEvaluationResult.disabled(OutcomeCollector.BUDGET_EXHAUSTED);
        }
        if (session != null && context.getTestMethod().isPresent() && session.stopped()) {
            return ConditionEvaluationResult.disabled(OutcomeCollector.STOPPED);
        }
        return ConditionEvaluationResult.enabled("within the time budget");
    }

    @Override
    public void beforeEach(ExtensionContext context) {
        record(context);
    }

    @Override
    public boolean supportsParameter(ParameterContext parameter, ExtensionContext context) {
        if (session(context) == null) {
            return false;
        }
        Class<?> type = parameter.getParameter().getType();
        return parameter.isAnnotated(Student.class) || parameter.isAnnotated(Reference.class)
                || type == Grade.class || type == Seeded.class;
    }

    @Override
    public Object resolveParameter(ParameterContext parameter, ExtensionContext context) {
        Session session = session(context);
        Class<?> type = parameter.getParameter().getType();
        if (type == Grade.class) {
            return record(context);
        }
        if (type == Seeded.class) {
            return new Seeded(Seeds.forTest(session.fingerprint, context.getRequiredTestClass().getName(),
                    context.getRequiredTestMethod().getName(), parameter.getIndex()));
        }
        if (!type.isInterface()) {
            throw new ParameterResolutionException("@Student and @Reference parameters must be API interfaces, "
                    + "but " + parameter.getParameter() + " is a " + type.getName());
        }
        SubmittedFile file = session.assignment.implementationOf(type.getName()).orElseThrow(() ->
                new ParameterResolutionException("assignment.json lists no submitted class implementing "
                        + type.getName()));
        if (parameter.isAnnotated(Student.class)) {
            TestRecord record = record(context);
            record.usedStudentClass(file.className());
            String errors = session.notCompiled.get(file.className());
            if (errors != null) {
                return NotCompiled.proxy(type, file, errors);
            }
            return session.sandbox.instantiate(type, file.className(), record);
        }
        return reference(session, type, file.className());
    }

    private static Object reference(Session session, Class<?> api, String className) {
        try {
            Class<?> impl = Class.forName(className, true, session.suiteLoader);
            return api.cast(impl.getDeclaredConstructor().newInstance());
        } catch (ReflectiveOperationException | ClassCastException | LinkageError e) {
            throw new ParameterResolutionException("cannot create the reference " + className + ": " + e, e);
        }
    }

    /** The test's record, created at its first need, so that its clock starts when the test does. */
    private static TestRecord record(ExtensionContext context) {
        Session session = session(context);
        if (session == null) {
            return null;
        }
        String id = context.getUniqueId();
        TestRecord existing = session.record(id);
        if (existing != null) {
            return existing;
        }
        Duration declared = limitOf(context.getRequiredTestMethod(), session.assignment.limits().testSeconds());
        Duration limit = session.deadlines.limitFor(declared);
        Instant deadline = Instant.now().plus(limit);
        if (deadline.isAfter(session.budgetEnds)) {
            deadline = session.budgetEnds;
        }
        return session.start(id, new TestRecord(deadline, limit, limit.compareTo(declared) < 0));
    }

    private static Duration limitOf(Method test, double defaultSeconds) {
        TimeLimit limit = test.getAnnotation(TimeLimit.class);
        double seconds = limit != null ? limit.value() : defaultSeconds;
        return Duration.ofMillis(Math.round(seconds * 1000));
    }

    private static Session session(ExtensionContext context) {
        return Session.find(context.getConfigurationParameter(Session.PARAMETER).orElse(null));
    }
}
