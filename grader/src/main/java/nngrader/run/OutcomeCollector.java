package nngrader.run;

import nngrader.api.Chart;
import nngrader.api.CheckFailure;
import nngrader.api.Points;
import nngrader.api.TestNumber;
import nngrader.api.Visibility;
import nngrader.sandbox.CallTimedOut;
import nngrader.sandbox.WorkerUnavailable;
import org.junit.platform.commons.support.AnnotationSupport;
import org.junit.platform.engine.TestExecutionResult;
import org.junit.platform.engine.TestSource;
import org.junit.platform.engine.TestTag;
import org.junit.platform.engine.support.descriptor.MethodSource;
import org.junit.platform.launcher.TestExecutionListener;
import org.junit.platform.launcher.TestIdentifier;
import org.junit.platform.launcher.TestPlan;

import java.lang.reflect.Method;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Listens to the JUnit run and turns each test into a {@link TestOutcome}: points from
 * {@link Points} (scaled by {@code Grade.fraction}), visibility, number, and the failure in words.
 * Tests that never ran (budget spent, a class that failed to start) still appear, with zero.
 */
final class OutcomeCollector implements TestExecutionListener {
    static final String BUDGET_EXHAUSTED = "not run: time budget exhausted";
    static final String STOPPED = "not run: an earlier test already lost points (grader verify stops a mutant there)";

    private final Session session;
    private TestPlan plan;
    private final Set<TestIdentifier> started = new LinkedHashSet<>();
    private final Map<String, TestExecutionResult> finished = new LinkedHashMap<>();
    private final Map<String, String> notRun = new LinkedHashMap<>();
    private final List<String> suiteProblems = new ArrayList<>();
    private String graderProblem;

    OutcomeCollector(Session session) {
        this.session = session;
    }

    @Override
    public void testPlanExecutionStarted(TestPlan testPlan) {
        this.plan = testPlan;
    }

    @Override
    public void executionStarted(TestIdentifier id) {
        if (id.isTest()) {
            started.add(id);
        }
    }

    @Override
    public void executionSkipped(TestIdentifier id, String reason) {
        String why = reason != null && reason.startsWith("not run") ? reason : "not run: " + reason;
        if (id.isTest()) {
            notRun.put(id.getUniqueId(), why);
        } else {
            plan.getDescendants(id).stream().filter(TestIdentifier::isTest)
                    .forEach(t -> notRun.putIfAbsent(t.getUniqueId(), why));
        }
    }

    @Override
    public void executionFinished(TestIdentifier id, TestExecutionResult result) {
        if (id.isTest()) {
            finished.put(id.getUniqueId(), result);
            WorkerUnavailable unavailable = result.getThrowable().map(WorkerUnavailable::in).orElse(null);
            if (unavailable != null && graderProblem == null) {
                graderProblem = id.getDisplayName() + ": " + unavailable.getMessage();
            }
            TestRecord record = session.record(id.getUniqueId());
            inform(record, result);
            if (result.getStatus() != TestExecutionResult.Status.SUCCESSFUL || record != null && record.fractionOr(1) < 1) {
                session.lostPoints();
            }
        } else if (result.getStatus() != TestExecutionResult.Status.SUCCESSFUL) {
            String why = result.getThrowable().map(FailureText::of).orElse("set-up failed");
            suiteProblems.add(id.getDisplayName() + ": " + why);
            plan.getDescendants(id).stream().filter(TestIdentifier::isTest)
                    .forEach(t -> notRun.putIfAbsent(t.getUniqueId(), "not run: its test class failed: " + why));
        }
    }

    /** Tells the run's deadlines how a test went: its time when it passed, that it timed out, or that it failed. */
    private void inform(TestRecord record, TestExecutionResult result) {
        if (record == null) {
            return;
        }
        if (result.getStatus() == TestExecutionResult.Status.SUCCESSFUL) {
            session.deadlines.passed(Duration.between(record.started(), Instant.now()));
        } else if (result.getThrowable().map(OutcomeCollector::timedOut).orElse(false)) {
            session.deadlines.timedOut();
        } else {
            session.deadlines.failed();
        }
    }

    private static boolean timedOut(Throwable thrown) {
        for (Throwable t = thrown; t != null; t = t.getCause() == t ? null : t.getCause()) {
            if (t instanceof CallTimedOut) {
                return true;
            }
        }
        return false;
    }

    RunResult result() {
        if (plan == null) {
            return new RunResult(List.of(), "the suite did not start");
        }
        List<TestIdentifier> order = new ArrayList<>(started);
        plan.getRoots().forEach(root -> plan.getDescendants(root).stream()
                .filter(TestIdentifier::isTest).filter(t -> !started.contains(t)).forEach(order::add));
        Numbering numbering = new Numbering();
        List<TestOutcome> outcomes = new ArrayList<>();
        for (TestIdentifier test : order) {
            outcomes.add(outcome(test, numbering));
        }
        // Students read the summary too: name no package of the hidden suite.
        String problem = outcomes.isEmpty() ? "no tests found: check suite.packages and suite.classPath in assignment.json"
                : suiteProblems.isEmpty() ? null : String.join("\n", suiteProblems);
        return new RunResult(List.copyOf(outcomes), problem, graderProblem);
    }

    private TestOutcome outcome(TestIdentifier test, Numbering numbering) {
        Method method = methodOf(test);
        // Read through AnnotationSupport, so that an instructor's composed annotation (one carrying
        // @Points or @Visibility) counts like the annotations it carries.
        double points = AnnotationSupport.findAnnotation(Optional.ofNullable(method), Points.class).map(Points::value).orElse(0.0);
        // Every test takes its position, so that giving one test a @TestNumber does not renumber the others.
        String position = numbering.next(method);
        String number = AnnotationSupport.findAnnotation(Optional.ofNullable(method), TestNumber.class).map(TestNumber::value).orElse(position);
        TestRecord record = session.record(test.getUniqueId());
        TestExecutionResult result = finished.get(test.getUniqueId());

        String failure;
        double fraction;
        Exhibits exhibits = Exhibits.NONE;
        if (result == null) {
            failure = notRun.getOrDefault(test.getUniqueId(), "not run");
            fraction = 0;
        } else if (result.getStatus() == TestExecutionResult.Status.SUCCESSFUL) {
            failure = null;
            fraction = record == null ? 1 : record.fractionOr(1);
        } else {
            boolean shortened = record != null && record.shortened();
            failure = result.getThrowable().map(t -> FailureText.of(t, shortened)).orElse("failed");
            exhibits = result.getThrowable().map(OutcomeCollector::exhibitsOf).orElse(Exhibits.NONE);
            fraction = 0;
        }
        List<Chart> charts = new ArrayList<>(record == null ? List.of() : record.charts());
        charts.addAll(exhibits.charts());
        exhibits = new Exhibits(exhibits.hint(), exhibits.worst(), charts);
        double score = points * fraction;
        boolean passed = failure == null && fraction >= 1;
        List<String> tags = test.getTags().stream().map(TestTag::getName).sorted().toList();
        return new TestOutcome(number, nameOf(test), score, points, passed, failure,
                record == null ? List.of() : notes(record),
                record == null ? "" : record.studentOutput(),
                visibilityOf(method), tags,
                record == null ? Set.of() : record.studentClasses(),
                record == null ? List.of() : record.leaderboard(), exhibits);
    }

    /** The hint, worst entries and heat map of a failed {@link CheckFailure check}, wherever it is in the chain. */
    private static Exhibits exhibitsOf(Throwable thrown) {
        for (Throwable t = thrown; t != null; t = t.getCause() == t ? null : t.getCause()) {
            if (t instanceof CheckFailure check) {
                List<String> parts = new ArrayList<>();
                check.hint().ifPresent(parts::add);
                check.cause().ifPresent(parts::add);
                WorstEntries worst = check.compared().map(WorstEntries::of).orElse(null);
                Chart heatMap = check.compared().map(c -> ErrorHeatMap.of(check.what(), c)).orElse(null);
                return new Exhibits(parts.isEmpty() ? null : String.join(" ", parts), worst,
                        heatMap == null ? List.of() : List.of(heatMap));
            }
        }
        return Exhibits.NONE;
    }

    /**
     * The test's own notes, then one for each file that did not compile and whose calls the reference answered:
     * "Softmax.java did not compile, so its methods were answered by the reference solution here; this test
     * grades only Trainer.java."
     */
    private List<String> notes(TestRecord record) {
        List<String> notes = new ArrayList<>(record.notes());
        Set<String> answered = record.answeredByReference();
        if (answered.isEmpty()) {
            return notes;
        }
        List<String> graded = session.assignment.submit().stream()
                .filter(f -> record.studentClasses().contains(f.className()) && !answered.contains(f.className()))
                .map(f -> f.fileName()).toList();
        for (var file : session.assignment.submit()) {
            if (answered.contains(file.className())) {
                notes.add(file.fileName() + " did not compile, so its methods were answered by the reference solution"
                        + " here" + (graded.isEmpty() ? "." : "; this test grades only " + String.join(" and ", graded)
                        + "."));
            }
        }
        return notes;
    }

    private static Method methodOf(TestIdentifier test) {
        TestSource source = test.getSource().orElse(null);
        if (source instanceof MethodSource m) {
            try {
                return m.getJavaMethod();
            } catch (RuntimeException e) {
                return null;
            }
        }
        return null;
    }

    private static String nameOf(TestIdentifier test) {
        String name = test.getDisplayName();
        // Without @DisplayName JUnit shows "method(Type, Type)": the parameter list is noise for students.
        int paren = name.indexOf('(');
        if (paren > 0 && name.endsWith(")") && test.getSource().orElse(null) instanceof MethodSource m
                && name.startsWith(m.getMethodName() + "(")) {
            return name.substring(0, paren);
        }
        return name;
    }

    private static Visibility.Level visibilityOf(Method method) {
        if (method == null) {
            return Visibility.Level.VISIBLE;
        }
        Visibility onMethod = AnnotationSupport.findAnnotation(method, Visibility.class).orElse(null);
        if (onMethod != null) {
            return onMethod.value();
        }
        // A nested test class takes the visibility of the class around it.
        for (Class<?> c = method.getDeclaringClass(); c != null; c = c.getEnclosingClass()) {
            Visibility onClass = AnnotationSupport.findAnnotation(c, Visibility.class).orElse(null);
            if (onClass != null) {
                return onClass.value();
            }
        }
        return Visibility.Level.VISIBLE;
    }

    /** Numbers tests "class.test" in the order they ran. */
    private static final class Numbering {
        private final Map<Class<?>, Integer> classes = new LinkedHashMap<>();
        private final Map<Class<?>, Integer> tests = new LinkedHashMap<>();

        String next(Method method) {
            Class<?> owner = method == null ? Object.class : method.getDeclaringClass();
            int c = classes.computeIfAbsent(owner, k -> classes.size() + 1);
            int t = tests.merge(owner, 1, Integer::sum);
            return c + "." + t;
        }
    }
}
