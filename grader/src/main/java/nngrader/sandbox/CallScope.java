package nngrader.sandbox;

import java.time.Duration;
import java.time.Instant;

/**
 * One test's view of the sandbox: when its calls must be done, and where the student's printed
 * output goes. Every proxy handed out for a scope, and every handle returned through it, uses it.
 * When the test ends, {@link StudentObjects#release} lets go of what the scope held.
 */
public interface CallScope {

    /** Every call made through proxies of this scope must finish by then (worker start-up not counted). */
    Instant deadline();

    /** The test's limit, for the message "timed out after N s". */
    Duration limit();

    /**
     * What the student printed (System.out and System.err) during one call: the {@code text} the
     * worker kept (its first bytes), and how many bytes more were printed and not kept.
     */
    void studentOutput(String text, long droppedBytes);

    /**
     * A call into {@code className}, a submitted class that did not compile, was answered by the reference
     * (see {@link ReferenceCalls}): the test then grades only the other files.
     */
    default void answeredByReference(String className) {
    }
}
