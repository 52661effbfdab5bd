package nngrader.sandbox.wire;

/** A frame over the size limit, announced by a header or found while one is being built. */
public final class FrameTooLargeException extends WireException {
    private final long bytes;
    private final int limit;

    public FrameTooLargeException(long bytes, int limit) {
        super("a frame of " + bytes + " bytes is over the limit of " + limit + " bytes");
        this.bytes = bytes;
        this.limit = limit;
    }

    /** The size announced, or reached when building stopped at the limit. */
    public long bytes() {
        return bytes;
    }

    public int limit() {
        return limit;
    }
}
