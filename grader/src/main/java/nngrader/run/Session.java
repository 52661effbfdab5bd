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
    private final Map<String, TestRecord> records = new ConcurrentHashMap<>();

    Session(String id, Assignment assignment, Sandbox sandbox, ClassLoader suiteLoader, String fingerprint,
            Instant budgetEnds, AdaptiveDeadlines deadlines, Map<String, String> notCompiled) {
        this.id = id;
        this.assignment = assignment;
        this.sandbox = sandbox;
        this.suiteLoader = suiteLoader;
        this.fingerprint = fingerprint;
        this.budgetEnds = budgetEnds;
        this.deadlines = deadlines;
        this.notCompiled = Map.copyOf(notCompiled);
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

    boolean budgetExhausted() {
        return !Instant.now().isBefore(budgetEnds);
    }
}
