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
    private final String call;
    private final boolean shortened;

    /** @param call the class and method being called, e.g. {@code nn.softmax.Training.train} */
    public CallTimedOut(Duration limit, String call) {
        this(limit, call, false);
    }

    private CallTimedOut(Duration limit, String call, boolean shortened) {
        super("timed out after " + seconds(limit) + " s" + (shortened ? " (shortened after earlier timeouts)" : "")
                + " during " + call, List.of());
        this.limit = limit;
        this.call = call;
        this.shortened = shortened;
    }

    /** The test's limit. */
    public Duration limit() {
        return limit;
    }

    /** Whether the message says the limit was shortened after earlier timeouts. */
    public boolean shortened() {
        return shortened;
    }

    /**
     * This timeout, saying that its limit was shorter than the test's own after earlier timeouts: "timed
     * out after 2.5 s (shortened after earlier timeouts) during ...". The sandbox does not know it; the
     * run that set the limit does.
     */
    public CallTimedOut withShortenedLimit() {
        CallTimedOut note = new CallTimedOut(limit, call, true);
        note.setStackTrace(getStackTrace());
        return note;
    }

    /** "10" for 10 s, "2.5" for 2.5 s. */
    static String seconds(Duration d) {
        return BigDecimal.valueOf(d.toMillis(), 3).stripTrailingZeros().toPlainString();
    }
}
