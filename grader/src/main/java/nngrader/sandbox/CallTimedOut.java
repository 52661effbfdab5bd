package nngrader.sandbox;

import java.math.BigDecimal;
import java.time.Duration;
import java.util.List;

/**
 * The test's time limit ran out during (or before) a call into student code. The worker and all
 * processes it started were killed; the next call gets a fresh worker.
 */
public final class CallTimedOut extends StudentFailure {
    private final Duration limit;

    /** @param call the class and method being called, e.g. {@code nn.softmax.Training.train} */
    public CallTimedOut(Duration limit, String call) {
        super("timed out after " + seconds(limit) + " s during " + call, List.of());
        this.limit = limit;
    }

    /** The test's limit. */
    public Duration limit() {
        return limit;
    }

    /** "10" for 10 s, "2.5" for 2.5 s. */
    static String seconds(Duration d) {
        return BigDecimal.valueOf(d.toMillis(), 3).stripTrailingZeros().toPlainString();
    }
}
