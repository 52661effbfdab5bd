package nngrader.sandbox;

import java.util.List;

/**
 * The worker JVM ended during a call (System.exit, running out of memory, a crash), or a handle
 * outlived the worker that held its object. The next call gets a fresh worker.
 */
public final class WorkerDied extends StudentFailure {
    private final Reason reason;

    /** @param studentFrames where the student's code ended the worker, when known (System.exit) */
    public WorkerDied(Reason reason, String message, List<StackTraceElement> studentFrames) {
        super(message, studentFrames);
        this.reason = reason;
    }

    public Reason reason() {
        return reason;
    }

    /** Why the worker is gone. */
    public enum Reason {
        /** The student's code called System.exit or Runtime.exit. */
        EXIT,
        /** The heap limit was reached (the worker runs with -XX:+ExitOnOutOfMemoryError). */
        OUT_OF_MEMORY,
        /** The process ended without saying why: Runtime.halt, a signal other than SIGKILL, a JVM crash. */
        CRASH,
        /**
         * SIGKILL that the grader did not send and that was not the memory ceiling: from outside the
         * grading (another process, the kernel's OOM killer acting for the machine). Such a call is tried
         * once more in a fresh worker; the second death is the student's.
         */
        KILLED,
        /** The object was created in a worker that has since been replaced after a failure. */
        RESTARTED
    }
}
