package nngrader.sandbox;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.time.Duration;

/**
 * Drains the worker's real stderr (JVM messages such as "Terminating due to
 * java.lang.OutOfMemoryError") on its own thread and keeps only the last few KB, so the pipe never
 * fills and the messages are there to explain a death.
 */
final class StderrTail {
    private final byte[] tail;
    private int size;
    private final Thread drainer;

    private StderrTail(int capBytes, InputStream stderr) {
        tail = new byte[capBytes];
        drainer = new Thread(() -> drain(stderr), "worker-stderr");
        drainer.setDaemon(true);
        drainer.start();
    }

    static StderrTail of(InputStream stderr, int capBytes) {
        return new StderrTail(capBytes, stderr);
    }

    /** The last bytes written, after waiting up to {@code wait} for the stream to end. */
    String text(Duration wait) {
        try {
            drainer.join(Math.max(1, wait.toMillis()));
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        synchronized (this) {
            return new String(tail, 0, size, StandardCharsets.UTF_8);
        }
    }

    private void drain(InputStream stderr) {
        byte[] chunk = new byte[4096];
        try (stderr) {
            for (int n = stderr.read(chunk); n >= 0; n = stderr.read(chunk)) {
                keep(chunk, n);
            }
        } catch (IOException ignored) {
            // the process is gone
        }
    }

    private synchronized void keep(byte[] chunk, int n) {
        if (n >= tail.length) {
            System.arraycopy(chunk, n - tail.length, tail, 0, tail.length);
            size = tail.length;
            return;
        }
        int overflow = size + n - tail.length;
        if (overflow > 0) {
            System.arraycopy(tail, overflow, tail, 0, size - overflow);
            size -= overflow;
        }
        System.arraycopy(chunk, 0, tail, size, n);
        size += n;
    }
}
