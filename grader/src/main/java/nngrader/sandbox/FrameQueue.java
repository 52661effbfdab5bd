package nngrader.sandbox;

import java.time.Instant;
import java.util.ArrayDeque;
import java.util.concurrent.TimeUnit;

/**
 * Between the worker's reader thread and the caller waiting for a reply. Bounded by bytes, not
 * count: a student thread that floods the real stdout with frames between calls only fills the
 * pipe and blocks itself, instead of filling the grader's heap.
 */
final class FrameQueue<T> {
    private final ArrayDeque<Sized<T>> items = new ArrayDeque<>();
    private final long budgetBytes;
    private long queuedBytes;
    private boolean closed;

    FrameQueue(long budgetBytes) {
        this.budgetBytes = budgetBytes;
    }

    private record Sized<T>(T item, long bytes) {
    }

    /** Waits while the queue holds other items and this one would exceed the budget; dropped once closed. */
    synchronized void put(T item, long bytes) throws InterruptedException {
        while (!closed && queuedBytes > 0 && queuedBytes + bytes > budgetBytes) {
            wait();
        }
        if (!closed) {
            items.add(new Sized<>(item, bytes));
            queuedBytes += bytes;
            notifyAll();
        }
    }

    /** The next item, or null if none came by {@code deadline} or the queue is closed. */
    synchronized T poll(Instant deadline) throws InterruptedException {
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
        queuedBytes -= next.bytes();
        notifyAll();
        return next.item();
    }

    /** Drops what is queued and everything that comes later, releasing a blocked producer. */
    synchronized void close() {
        closed = true;
        items.clear();
        queuedBytes = 0;
        notifyAll();
    }
}
