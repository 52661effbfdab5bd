package nngrader.sandbox.wire;

import java.io.OutputStream;
import java.util.Arrays;

/** Collects a frame body and fails as soon as it grows past the frame cap, before using more memory. */
public final class BoundedBuffer extends OutputStream {
    private final int maxBytes;
    private byte[] buf = new byte[256];
    private int count;

    public BoundedBuffer(int maxBytes) {
        this.maxBytes = maxBytes;
    }

    @Override
    public void write(int b) throws FrameTooLargeException {
        ensureRoom(1);
        buf[count++] = (byte) b;
    }

    @Override
    public void write(byte[] b, int off, int len) throws FrameTooLargeException {
        ensureRoom(len);
        System.arraycopy(b, off, buf, count, len);
        count += len;
    }

    public int size() {
        return count;
    }

    /** A copy of the bytes written. */
    public byte[] toByteArray() {
        return Arrays.copyOf(buf, count);
    }

    private void ensureRoom(int more) throws FrameTooLargeException {
        long needed = (long) count + more;
        if (needed > maxBytes) {
            throw new FrameTooLargeException(needed, maxBytes);
        }
        if (needed > buf.length) {
            buf = Arrays.copyOf(buf, (int) Math.min(maxBytes, Math.max(needed, 2L * buf.length)));
        }
    }
}
