package nngrader.sandbox.worker;

import java.io.BufferedInputStream;
import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import nngrader.sandbox.wire.FrameCodec;

/** The worker's end of the frame stream: requests in on stdin, replies out on the real stdout. */
final class FrameChannel {
    private final InputStream in;
    private final OutputStream out;
    private final int maxFrameBytes;

    FrameChannel(InputStream in, OutputStream out, int maxFrameBytes) {
        this.in = new BufferedInputStream(in, 1 << 16);
        this.out = new BufferedOutputStream(out, 1 << 16);
        this.maxFrameBytes = maxFrameBytes;
    }

    /** The next request; null when the grader has closed the stream. */
    byte[] receive() throws IOException {
        return FrameCodec.read(in, maxFrameBytes);
    }

    /** Synchronized: the exit reporter may send from a shutdown hook while a reply is going out. */
    synchronized void send(byte[] frame) throws IOException {
        FrameCodec.write(out, frame, maxFrameBytes);
        out.flush();
    }

    int maxFrameBytes() {
        return maxFrameBytes;
    }
}
