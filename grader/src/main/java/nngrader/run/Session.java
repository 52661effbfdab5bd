package nngrader.run;

import nngrader.assignment.Assignment;
import nngrader.sandbox.StudentObjects;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.junit.platform.launcher.LauncherSession;

import java.time.Instant;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * One grading run as the hidden tests' extensions see it. JUnit instantiates extensions itself, so
 * {@link SuiteRunner} puts the run into its launcher session's store, where every extension of that
 * run (and only of that run) finds it: runs in parallel threads (verify's jobs) never see each other's.
 */
final class Session {
    private static final ExtensionContext.Namespace NAMESPACE = ExtensionContext.Namespace.create(Session.class);

    final Assignment assignment;
    final StudentObjects students;
    final ClassLoader suiteLoader;
    final String fingerprint;
    final Instant budgetEnds;
    final AdaptiveDeadlines deadlines;
    /** Submitted classes that did not compile and have a stand-in in the worker, with the compiler's errors. */
    final Map<String, String> notCompiled;
    /** Whether the tests after the first that loses points are skipped (verify's mutants: one loss kills). */
    final boolean stopAtFirstLoss;
    /** Every test's record by JUnit's unique id, for the report once the test has ended. */
    private final Map<String, TestRecord> records = new ConcurrentHashMap<>();
    private volatile boolean lostPoints;

    Session(Assignment assignment, StudentObjects students, ClassLoader suiteLoader, String fingerprint,
            Instant budgetEnds, AdaptiveDeadlines deadlines, Map<String, String> notCompiled,
            boolean stopAtFirstLoss) {
        this.assignment = assignment;
        this.students = students;
        this.suiteLoader = suiteLoader;
        this.fingerprint = fingerprint;
        this.budgetEnds = budgetEnds;
        this.deadlines = deadlines;
        this.notCompiled = Map.copyOf(notCompiled);
        this.stopAtFirstLoss = stopAtFirstLoss;
    }

    /** Makes this run the one that the extensions of {@code launcherSession}'s tests find. */
    void attachTo(LauncherSession launcherSession) {
        launcherSession.getStore().put(org.junit.platform.engine.support.store.Namespace.create(Session.class),
                Session.class, this);
    }

    /** The run {@code context}'s test belongs to, or null outside a grading run. */
    static Session of(ExtensionContext context) {
        return context.getStore(ExtensionContext.StoreScope.LAUNCHER_SESSION, NAMESPACE).get(Session.class, Session.class);
    }

    /** Like {@link #of}, for an extension that only a grading run registers. */
    static Session required(ExtensionContext context) {
        Session session = of(context);
        if (session == null) {
            throw new IllegalStateException("nngrader's test parameters exist only in a grading run");
        }
        return session;
    }

    TestRecord record(String uniqueId) {
        return records.get(uniqueId);
    }

    TestRecord start(String uniqueId, TestRecord record) {
        records.put(uniqueId, record);
        return record;
    }

    void lostPoints() {
        lostPoints = true;
    }

    /** Whether the tests still to come are skipped because one already lost points. */
    boolean stopped() {
        return stopAtFirstLoss && lostPoints;
    }

    boolean budgetExhausted() {
        return !Instant.now().isBefore(budgetEnds);
    }
}
