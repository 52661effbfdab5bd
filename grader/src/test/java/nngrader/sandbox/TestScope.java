package nngrader.sandbox;

import java.time.Duration;
import java.time.Instant;

/** A test's scope: a limit from now, and the student's output collected (public for the tests of sandbox.worker and sandbox.jail). */
public final class TestScope implements CallScope {
    private final Instant deadline;
    private final Duration limit;
    private final StringBuilder printed = new StringBuilder();
    private long dropped;

    private TestScope(Instant deadline, Duration limit) {
        this.deadline = deadline;
        this.limit = limit;
    }

    public static TestScope of(Duration limit) {
        return new TestScope(Instant.now().plus(limit), limit);
    }

    public static TestScope seconds(double seconds) {
        return of(Duration.ofMillis(Math.round(seconds * 1000)));
    }

    public static TestScope expired() {
        return new TestScope(Instant.now().minusSeconds(1), Duration.ofSeconds(10));
    }

    @Override
    public Instant deadline() {
        return deadline;
    }

    @Override
    public Duration limit() {
        return limit;
    }

    @Override
    public synchronized void studentOutput(String text, long droppedBytes) {
        printed.append(text);
        dropped += droppedBytes;
    }

    /** What was printed, then a note of the bytes not kept, if any. */
    public synchronized String printed() {
        return dropped == 0 ? printed.toString() : printed + "\n[... " + dropped + " more bytes not shown]";
    }
}
