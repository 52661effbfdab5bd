package nngrader.sandbox;

import java.util.List;

/**
 * A call into student code that did not return a value. {@link #getMessage()} is written for the
 * student; {@link #getStackTrace()} holds only the student's own frames (often none), never the
 * grader's, so a report can print both as they are.
 */
public abstract class StudentFailure extends RuntimeException {

    protected StudentFailure(String message, List<StackTraceElement> studentFrames) {
        super(message, null, false, true);
        setStackTrace(studentFrames.toArray(StackTraceElement[]::new));
    }

    /** The grader's own stack says nothing about the student's code. */
    @Override
    public final synchronized Throwable fillInStackTrace() {
        return this;
    }
}
