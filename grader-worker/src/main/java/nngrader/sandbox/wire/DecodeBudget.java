package nngrader.sandbox.wire;

/**
 * What decoding one reply may cost the grader: a number of JSON values (an empty inner array is
 * one, and costs an object of its own) and an estimate of the bytes the decoded values hold.
 * A frame of 36 MB of {@code [[],[],...]} is 12 million arrays, about 400 MB of heap: the budget,
 * not the frame size, is what keeps that from the grader's heap. One budget per reply.
 */
public final class DecodeBudget {
    /** The share of the grader's heap one reply may take once decoded. */
    static final int HEAP_SHARE_DIVISOR = 8;
    /** What a JSON value costs at least once decoded: an array's header, a boxed number, a reference. */
    static final int BYTES_PER_VALUE = 16;

    private final long maxValues;
    private final long maxBytes;
    private long values;
    private long bytes;

    public DecodeBudget(long maxValues, long maxBytes) {
        this.maxValues = maxValues;
        this.maxBytes = maxBytes;
    }

    /** An eighth of this JVM's heap, and one value per 16 bytes of it. */
    public static DecodeBudget ofHeapShare() {
        long share = Runtime.getRuntime().maxMemory() / HEAP_SHARE_DIVISOR;
        return new DecodeBudget(share / BYTES_PER_VALUE, share);
    }

    /** A fresh budget with the same limits, for the next reply. */
    public DecodeBudget fresh() {
        return new DecodeBudget(maxValues, maxBytes);
    }

    /** Counts one value of about {@code size} bytes; fails before the limits are passed. */
    void charge(long size) throws ReplyOverBudget {
        values++;
        bytes += size;
        if (values > maxValues || bytes > maxBytes) {
            throw new ReplyOverBudget(maxValues, maxBytes);
        }
    }

    /** A reply whose decoded values would take more of the grader's memory than one reply may. */
    public static final class ReplyOverBudget extends WireException {
        ReplyOverBudget(long maxValues, long maxBytes) {
            super("more than " + maxValues + " values or " + maxBytes / (1024 * 1024)
                    + " MB, the most the grader reads from one reply");
        }
    }
}
