package nngrader.sandbox.worker;

import java.io.OutputStream;
import java.nio.charset.StandardCharsets;

/**
 * Where System.out and System.err go in the worker: the first {@code capBytes} bytes of a call
 * are kept, the rest only counted, so a student printing 100 MB costs no memory.
 */
final class OutputCapture extends OutputStream {
    private final byte[] kept;
    private int size;
    private long dropped;

    OutputCapture(int capBytes) {
        kept = new byte[capBytes];
    }

    @Override
    public synchronized void write(int b) {
        if (size < kept.length) {
            kept[size++] = (byte) b;
        } else {
            dropped++;
        }
    }

    @Override
    public synchronized void write(byte[] b, int off, int len) {
        int n = Math.min(len, kept.length - size);
        System.arraycopy(b, off, kept, size, n);
        size += n;
        dropped += len - n;
    }

    /** What was printed since the last take, and how many bytes more were printed; then starts afresh. */
    synchronized Printed take() {
        if (size == 0 && dropped == 0) {
            return Printed.NOTHING;
        }
        Printed printed = new Printed(new String(kept, 0, size, StandardCharsets.UTF_8), dropped);
        size = 0;
        dropped = 0;
        return printed;
    }

    /**
     * What the student printed during one call: the text kept, and the count of bytes printed after
     * it, which the grader adds up and shows as a number (a note inside the text could be cut).
     */
    record Printed(String text, long droppedBytes) {
        static final Printed NOTHING = new Printed("", 0);
    }
}
