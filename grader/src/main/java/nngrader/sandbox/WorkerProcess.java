package nngrader.sandbox;

import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.OptionalInt;
import java.util.concurrent.TimeUnit;
import nngrader.sandbox.wire.FrameCodec;
import nngrader.sandbox.wire.WireException;

/**
 * One running worker JVM, as a process: frames out on its stdin, frames in from its stdout (read
 * on a thread into a queue, so waiting for a reply can have a deadline), stderr drained. Knows
 * nothing of what the frames say.
 */
final class WorkerProcess {
    private static final int STDERR_TAIL_BYTES = 4096;

    private final Process process;
    private final OutputStream toWorker;
    private final FrameQueue<Incoming> incoming;
    private final StderrTail stderr;
    private final int maxFrameBytes;
    /** The largest reply the grader reads: the frame limit, or less where the heap is small ({@link FrameQueue#heapShare}). */
    private final int maxReplyBytes;
    private final Callbacks callbacks;

    /**
     * Answers a worker's callback frame (see {@link ReferenceCalls}) on the thread that reads the worker, so that
     * a callback costs two wake-ups (the worker's and this reader's), not five.
     */
    interface Callbacks {
        /** The answer to send back; never null, never throws. */
        byte[] answer(byte[] callback);
    }

    private static final byte[] CALLBACK_START = ("{\"" + nngrader.sandbox.wire.Protocol.CALLBACK + "\":")
            .getBytes(java.nio.charset.StandardCharsets.US_ASCII);

    private WorkerProcess(Process process, int maxFrameBytes, Callbacks callbacks) {
        this.process = process;
        this.maxFrameBytes = maxFrameBytes;
        this.callbacks = callbacks;
        this.maxReplyBytes = (int) FrameQueue.heapShare(maxFrameBytes);
        this.incoming = new FrameQueue<>(maxReplyBytes);
        this.toWorker = new BufferedOutputStream(process.getOutputStream(), 1 << 16);
        this.stderr = StderrTail.of(process.getErrorStream(), STDERR_TAIL_BYTES);
        Thread reader = new Thread(() -> read(process.getInputStream()), "worker-" + process.pid() + "-frames");
        reader.setDaemon(true);
        reader.start();
    }

    static WorkerProcess start(List<String> command, Map<String, String> environment, Path directory,
            int maxFrameBytes, Callbacks callbacks) throws IOException {
        ProcessBuilder builder = new ProcessBuilder(command).directory(directory.toFile());
        builder.environment().clear();
        builder.environment().putAll(environment);
        return new WorkerProcess(builder.start(), maxFrameBytes, callbacks);
    }

    /** What the reader thread saw: a frame, the end of the stream, or a stream it could no longer follow. */
    sealed interface Incoming permits Frame, Ended, Broken {
    }

    record Frame(byte[] body) implements Incoming {
    }

    record Ended() implements Incoming {
    }

    record Broken(WireException why) implements Incoming {
    }

    /** Synchronized: the reader thread answers callbacks while a caller may be sending a request. */
    synchronized void send(byte[] frame) throws IOException {
        FrameCodec.write(toWorker, frame, maxFrameBytes);
        toWorker.flush();
    }

    /** The next thing from the worker, or null if nothing came by {@code deadline}. */
    Incoming next(Instant deadline) throws InterruptedException {
        return incoming.poll(deadline);
    }

    /** What the grader holds of this worker's frames now (read, queued, being decoded); at most {@link #maxReplyBytes}. */
    long heldBytes() {
        return incoming.heldBytes();
    }

    boolean isAlive() {
        return process.isAlive();
    }

    long pid() {
        return process.pid();
    }

    /** The exit status, once the process has ended; empty if it is still running after {@code wait}. */
    OptionalInt exitStatus(Duration wait) {
        try {
            if (process.waitFor(wait.toMillis(), TimeUnit.MILLISECONDS)) {
                return OptionalInt.of(process.exitValue());
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        return OptionalInt.empty();
    }

    /** The end of what the JVM wrote to its real stderr. */
    String stderr(Duration wait) {
        return stderr.text(wait);
    }

    /**
     * Ends the worker's input and waits a while for it to exit by itself, so that a worker making its class-data
     * archive ({@code grader cds}) can write it; {@link #kill()} must follow.
     */
    void finish(Duration wait) {
        try {
            toWorker.close();
            process.waitFor(wait.toMillis(), TimeUnit.MILLISECONDS);
        } catch (IOException e) {
            // it is gone already
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    /**
     * Kills the worker and every process it started. The descendants are listed first: once the
     * worker is dead its children are re-parented and no longer show as its descendants.
     */
    void kill() {
        List<ProcessHandle> descendants = process.descendants().toList();
        process.destroyForcibly();
        descendants.forEach(ProcessHandle::destroyForcibly);
        incoming.close();
        try {
            process.waitFor(5, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    /** A callback as the worker writes it: its first field is "callback"; anything else goes to the caller. */
    private static boolean isCallback(byte[] frame) {
        return frame.length > CALLBACK_START.length
                && java.util.Arrays.equals(frame, 0, CALLBACK_START.length, CALLBACK_START, 0, CALLBACK_START.length);
    }

    /**
     * Room for each frame is reserved in the queue from its header, before its body is read: the frames this
     * worker makes the grader hold, read, queued or being decoded, never pass the queue's budget together.
     */
    private void read(InputStream fromWorker) {
        Incoming last;
        try (fromWorker) {
            for (int length = FrameCodec.readLength(fromWorker, maxReplyBytes); length >= 0;
                    length = FrameCodec.readLength(fromWorker, maxReplyBytes)) {
                if (!incoming.reserve(length)) {
                    return; // closed: the worker is being killed
                }
                byte[] frame;
                try {
                    frame = FrameCodec.readBody(fromWorker, length);
                } catch (IOException e) {
                    incoming.release(length);
                    throw e;
                }
                if (isCallback(frame)) {
                    try {
                        send(callbacks.answer(frame));
                    } finally {
                        incoming.release(length);
                    }
                } else {
                    incoming.put(new Frame(frame), length);
                }
            }
            last = new Ended();
        } catch (WireException e) {
            // the stream cannot be followed past a bad header: stop reading it
            last = new Broken(e);
        } catch (IOException e) {
            last = new Ended();
        } catch (InterruptedException e) {
            return;
        }
        incoming.put(last, 0);
    }
}
