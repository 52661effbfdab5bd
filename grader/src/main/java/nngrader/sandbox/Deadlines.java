package nngrader.sandbox;

import java.time.Duration;
import java.time.Instant;

/** Deadline arithmetic that saturates: a scope may use Instant.MAX for "no limit". */
final class Deadlines {

    private Deadlines() {
    }

    /** Nanoseconds from now until {@code deadline}; negative once it has passed. */
    static long nanosUntil(Instant deadline) {
        try {
            return Duration.between(Instant.now(), deadline).toNanos();
        } catch (ArithmeticException tooFar) {
            return Long.MAX_VALUE;
        }
    }

    static Instant plus(Instant deadline, Duration extra) {
        return Instant.MAX.minus(extra).isBefore(deadline) ? Instant.MAX : deadline.plus(extra);
    }
}
