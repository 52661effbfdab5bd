package nngrader.run;

import nngrader.assignment.Assignment;
import nngrader.sandbox.Sandbox;

import java.time.Instant;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * One grading run as the hidden tests' extension sees it. JUnit instantiates extensions itself,
 * so the run is found through a configuration parameter naming it in {@link #REGISTRY}.
 */
final class Session {
    static final String PARAMETER = "nngrader.session";
    private static final Map<String, Session> REGISTRY = new ConcurrentHashMap<>();

    final String id;
    final Assignment assignment;
    final Sandbox sandbox;
    final ClassLoader suiteLoader;
    final String fingerprint;
    final Instant budgetEnds;
    final AdaptiveDeadlines deadlines;
    /** Submitted classes that did not compile and have a stand-in in the worker, with the compiler's errors. */
    final Map<String, String> notCompiled;
    /** Whether the tests after the first that loses points are skipped (verify's mutants: one loss kills). */
    final boolean stopAtFirstLoss;
    private final Map<String, TestRecord> records = new ConcurrentHashMap<>();
    private volatile boolean lostPoints;

    Session(String id, Assignment assignment, Sandbox sandbox, ClassLoader suiteLoader, String fingerprint,
            Instant budgetEnds, AdaptiveDeadlines deadlines, Map<String, String> notCompiled,
            boolean stopAtFirstLoss) {
        this.id = id;
        this.assignment = assignment;
        this.sandbox = sandbox;
        this.suiteLoader = suiteLoader;
        this.fingerprint = fingerprint;
        this.budgetEnds = budgetEnds;
        this.deadlines = deadlines;
        this.notCompiled = Map.copyOf(notCompiled);
        this.stopAtFirstLoss = stopAtFirstLoss;
    }

    static Session open(Session session) {
        REGISTRY.put(session.id, session);
        return session;
    }

    static Session find(String id) {
        return id == null ? null : REGISTRY.get(id);
    }

    void close() {
        REGISTRY.remove(id);
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
