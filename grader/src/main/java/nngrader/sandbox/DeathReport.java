package nngrader.sandbox;

import java.util.List;
import java.util.OptionalInt;

/**
 * Why a worker ended during a call, in the student's terms. The evidence, strongest first: the
 * worker's last frame naming where System.exit was called; the JVM's OutOfMemoryError message on
 * stderr; the exit status.
 */
final class DeathReport {
    /** The exit status Java reports for a process that SIGKILL ended: 128 + 9. */
    static final int KILLED_BY_SIGKILL = 137;

    private DeathReport() {
    }

    /**
     * @param exitFrames where System.exit was called (student frames), or null if the worker did not say
     * @param status     the exit status, if the process has ended
     * @param stderr     the end of the worker's real stderr
     */
    static WorkerDied describe(String call, List<StackTraceElement> exitFrames, OptionalInt status, String stderr,
            int heapMb) {
        String during = " during " + call;
        if (exitFrames != null) {
            String code = status.isPresent() ? Integer.toString(status.getAsInt()) : "";
            String at = exitFrames.isEmpty() ? "" : " at " + exitFrames.get(0);
            return new WorkerDied(WorkerDied.Reason.EXIT, "System.exit(" + code + ") was called" + at + during
                    + "; student code must not end the JVM", exitFrames);
        }
        if (stderr.contains("java.lang.OutOfMemoryError")) {
            return new WorkerDied(WorkerDied.Reason.OUT_OF_MEMORY,
                    "ran out of memory (heap limit " + heapMb + " MB)" + during, List.of());
        }
        if (stderr.contains("insufficient memory for the Java Runtime Environment")) {
            return new WorkerDied(WorkerDied.Reason.OUT_OF_MEMORY,
                    "ran out of memory (the worker's memory limit, heap and native memory together)" + during, List.of());
        }
        if (status.isPresent() && status.getAsInt() == KILLED_BY_SIGKILL) {
            return new WorkerDied(WorkerDied.Reason.KILLED, "the worker process was killed (SIGKILL)" + during,
                    List.of());
        }
        String how = status.isPresent() ? "exit status " + status.getAsInt() : "it closed its output";
        return new WorkerDied(WorkerDied.Reason.CRASH,
                "the worker process ended unexpectedly (" + how + ")" + during, List.of());
    }
}
