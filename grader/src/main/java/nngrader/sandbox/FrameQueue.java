package nngrader.sandbox;

import java.time.Instant;
import java.util.ArrayDeque;
import java.util.concurrent.TimeUnit;

/**
 * Between the worker's reader thread and the caller waiting for a reply. Bounded by bytes, not
 * count, and the bound covers every frame the grader holds for one worker: the one being read
 * (whose room is reserved from its header, before any body byte is read), those queued, and the
 * last one handed out, which its caller decodes until it asks for the next. A student thread that
 * floods the real stdout with frames between calls only fills the pipe and blocks itself.
 */
final class FrameQueue<T> {
    /** The share of the grader's heap the frames of one worker may take, whatever the frame limit. */
    static final int HEAP_SHARE_DIVISOR = 4;

    private final ArrayDeque<Sized<T>> items = new ArrayDeque<>();
    private final long budgetBytes;
    /** Reserved for the frame being read, queued, or handed out and not yet released. */
    private long heldBytes;
    private long handedOutBytes;
    private boolean closed;

    FrameQueue(long budgetBytes) {
        this.budgetBytes = budgetBytes;
    }

    /** A quarter of this JVM's heap, and never more than {@code maxFrameBytes} (a reply of that size still fits alone). */
    static long heapShare(int maxFrameBytes) {
        return Math.min(maxFrameBytes, Runtime.getRuntime().maxMemory() / HEAP_SHARE_DIVISOR);
    }

    private record Sized<T>(T item, long bytes) {
    }

    /**
     * Reserves room for a frame of {@code bytes} before it is read: waits while other frames are held
     * and this one would exceed the budget. False once the queue is closed (nothing is reserved then).
     */
    synchronized boolean reserve(long bytes) throws InterruptedException {
        while (!closed && heldBytes > 0 && heldBytes + bytes > budgetBytes) {
            wait();
        }
        if (closed) {
            return false;
        }
        heldBytes += bytes;
        return true;
    }

    /** Gives back room reserved for a frame that will not be queued (a callback answered, a read that failed). */
    synchronized void release(long bytes) {
        if (!closed) {
            heldBytes -= bytes;
            notifyAll();
        }
    }

    /** Queues an item whose {@code bytes} were reserved; dropped once closed. */
    synchronized void put(T item, long bytes) {
        if (!closed) {
            items.add(new Sized<>(item, bytes));
            notifyAll();
        }
    }

    /**
     * The next item, or null if none came by {@code deadline} or the queue is closed. Asking for it
     * releases the item handed out before: its caller is done with it.
     */
    synchronized T poll(Instant deadline) throws InterruptedException {
        if (!closed && handedOutBytes > 0) {
            heldBytes -= handedOutBytes;
            handedOutBytes = 0;
            notifyAll();
        }
        while (items.isEmpty()) {
            if (closed) {
                return null;
            }
            long nanos = Deadlines.nanosUntil(deadline);
            if (nanos <= 0) {
                return null;
            }
            TimeUnit.NANOSECONDS.timedWait(this, nanos);
        }
        Sized<T> next = items.poll();
        handedOutBytes = next.bytes();
        return next.item();
    }

    /** The bytes held now: frames being read, queued and handed out. */
    synchronized long heldBytes() {
        return heldBytes;
    }

    /** Drops what is queued and everything that comes later, releasing a blocked producer. */
    synchronized void close() {
        closed = true;
        items.clear();
        heldBytes = 0;
        handedOutBytes = 0;
        notifyAll();
    }
}
