package nngrader.run;

import java.time.Duration;

/**
 * Shortens the time limits of later tests once a submission has shown that it loops, so that an
 * infinite loop in every method cannot spend the whole run's budget one full limit at a time.
 * <p>
 * The rule: until {@value #TIMEOUTS_BEFORE_SHORTENING} tests have timed out, every test gets its own
 * limit. After that, a test with limit {@code L} gets
 * <pre>
 *     min(L, max(2 s, L / 5, 10 × the slowest passing test so far))
 * </pre>
 * Why these terms:
 * <ul>
 *   <li>It never lengthens a limit ({@code min(L, ...)}), and it starts only after repeated
 *       timeouts: one slow or looping method costs its tests their full limits, as without
 *       adaptation, and a submission that never times out is graded exactly as before.</li>
 *   <li>{@code 10 ×} the slowest passing test is evidence of what this submission needs on this
 *       machine: a slow container makes every passing test slower, so the limit grows with it. The
 *       time is measured from the test's start to its end. The run's first test, and a test that
 *       runs right after a timeout, also pay for starting a worker JVM (a second or more on a loaded
 *       machine), which the sandbox already adds to their deadlines; such a pass is not taken as
 *       evidence, or every pass after a loop would push the limit back up to the full one.</li>
 *   <li>{@code L / 5} keeps the instructor's proportions: a training test given 15 s keeps 3 s,
 *       a test given 60 s keeps 12 s, even if only cheap tests have passed so far. Test limits are
 *       set with a wide margin over the reference's time (all 52 tests of the softmax suite take
 *       about 2 s together against limits of 10 and 15 s each), so a fifth of one still covers a
 *       correct solution.</li>
 *   <li>2 s is a floor for a call into a freshly started, still cold worker on a slow machine.</li>
 * </ul>
 * The reference's own time per test would be the best evidence, but measuring it means running the
 * reference through a worker for every submission, doubling the cost of every run; the terms above
 * need nothing but the run itself. With the softmax suite (52 tests, limits 10 s and 15 s), a
 * submission whose every method loops costs 2 × 10 s + 44 × 2 s + 6 × 3 s = 126 s of test time
 * (plus a worker start per test) instead of 550 s, which is more than the 480 s budget
 * ({@code grader/bench/timeouts.py} measures it).
 * <p>
 * A shortened limit is rounded up to a tenth of a second, for the message "timed out after 2.5 s".
 * <p>
 * One instance serves one run; tests run one at a time, but the methods are synchronized anyway.
 */
final class AdaptiveDeadlines {
    static final int TIMEOUTS_BEFORE_SHORTENING = 2;
    static final Duration FLOOR = Duration.ofSeconds(2);
    static final int SHARE_OF_LIMIT = 5;
    static final int MULTIPLE_OF_SLOWEST_PASS = 10;

    /** The switch the benchmark flips: {@code -Dnngrader.adaptiveDeadlines=false} turns shortening off. */
    static final String PROPERTY = "nngrader.adaptiveDeadlines";

    private final boolean enabled;
    private int timeouts;
    /** The next test starts a worker: the run's first test, and the one after a timeout. */
    private boolean freshWorkerNext = true;
    private Duration slowestPass = Duration.ZERO;

    AdaptiveDeadlines(boolean enabled) {
        this.enabled = enabled;
    }

    /** Whether the system property leaves adaptation on (it is on unless set to {@code false}). */
    static boolean enabledBySystemProperty() {
        return !"false".equalsIgnoreCase(System.getProperty(PROPERTY, "true").strip());
    }

    /** The limit the next test gets, given the one it declares; shorter only after repeated timeouts. */
    synchronized Duration limitFor(Duration declared) {
        if (!enabled || timeouts < TIMEOUTS_BEFORE_SHORTENING) {
            return declared;
        }
        Duration evidence = max(max(FLOOR, declared.dividedBy(SHARE_OF_LIMIT)),
                slowestPass.multipliedBy(MULTIPLE_OF_SLOWEST_PASS));
        long tenths = (evidence.toMillis() + 99) / 100;
        evidence = Duration.ofMillis(tenths * 100);
        return declared.compareTo(evidence) <= 0 ? declared : evidence;
    }

    /** A test passed (or earned partial credit without failing) in {@code took}. */
    synchronized void passed(Duration took) {
        if (!freshWorkerNext) {
            slowestPass = max(slowestPass, took);
        }
        freshWorkerNext = false;
    }

    /** A test failed other than by a timeout. */
    synchronized void failed() {
        freshWorkerNext = false;
    }

    /** A test ran out of time in student code; its worker was killed, so the next test starts a fresh one. */
    synchronized void timedOut() {
        timeouts++;
        freshWorkerNext = true;
    }

    private static Duration max(Duration a, Duration b) {
        return a.compareTo(b) >= 0 ? a : b;
    }
}
