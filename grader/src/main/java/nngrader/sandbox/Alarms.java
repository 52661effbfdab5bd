package nngrader.sandbox;

import java.time.Instant;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.ScheduledThreadPoolExecutor;
import java.util.concurrent.TimeUnit;

/**
 * Runs an action at a deadline unless cancelled first; for the one wait that cannot itself time
 * out, a write of a large request into a worker that has stopped reading.
 */
final class Alarms implements AutoCloseable {
    private ScheduledThreadPoolExecutor executor;

    synchronized ScheduledFuture<?> at(Instant when, Runnable action) {
        if (executor == null) {
            executor = new ScheduledThreadPoolExecutor(1, runnable -> {
                Thread thread = new Thread(runnable, "sandbox-alarms");
                thread.setDaemon(true);
                return thread;
            });
            executor.setRemoveOnCancelPolicy(true);
        }
        long nanos = Math.max(0, Deadlines.nanosUntil(when));
        return executor.schedule(action, nanos, TimeUnit.NANOSECONDS);
    }

    @Override
    public synchronized void close() {
        if (executor != null) {
            executor.shutdownNow();
        }
    }
}
