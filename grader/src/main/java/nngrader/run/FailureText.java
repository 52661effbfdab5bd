package nngrader.run;

import nngrader.sandbox.CallTimedOut;
import nngrader.sandbox.StudentFailure;
import nngrader.sandbox.WorkerUnavailable;
import org.junit.jupiter.api.extension.ParameterResolutionException;

/**
 * Turns why a test failed into words for the student: the trusted assertion's message, or what
 * the student's code did with the student's own stack frames; never a stack trace of the grader.
 */
final class FailureText {
    private static final int MAX_FRAMES = 12;

    private FailureText() {
    }

    static String of(Throwable thrown) {
        return of(thrown, false);
    }

    /**
     * @param limitShortened whether the test's limit was shorter than its own after earlier timeouts,
     *        which a timeout then says
     */
    static String of(Throwable thrown, boolean limitShortened) {
        StudentFailure student = studentFailure(thrown);
        if (student instanceof CallTimedOut timedOut && limitShortened) {
            student = timedOut.withShortenedLimit();
        }
        if (student != null) {
            return withFrames(student);
        }
        WorkerUnavailable unavailable = WorkerUnavailable.in(thrown);
        if (unavailable != null) {
            return "the grader could not run this test: no worker process could be started for your code (not your"
                    + " fault: tell the course staff)";
        }
        if (thrown instanceof AssertionError) {
            String message = thrown.getMessage();
            return message == null || message.isBlank() ? "a check failed" : message;
        }
        if (thrown instanceof ParameterResolutionException) {
            return "the grader could not set up this test (tell the course staff): " + thrown.getMessage();
        }
        // the JVM's helpful message would name the suite's own variables ("because \"<local4>\" is null",
        // or their names where the suite was compiled with -g): the class says enough
        String message = thrown instanceof NullPointerException ? null : thrown.getMessage();
        return "the test stopped on " + thrown.getClass().getSimpleName()
                + (message == null || message.isBlank() ? "" : ": " + message)
                + " (often a result of a null or a wrongly shaped value returned by your code)";
    }

    private static StudentFailure studentFailure(Throwable thrown) {
        for (Throwable t = thrown; t != null; t = t.getCause()) {
            if (t instanceof StudentFailure failure) {
                return failure;
            }
            if (t.getCause() == t) {
                break;
            }
        }
        return null;
    }

    private static String withFrames(StudentFailure failure) {
        StringBuilder text = new StringBuilder(failure.getMessage());
        StackTraceElement[] frames = failure.getStackTrace();
        for (int i = 0; i < Math.min(frames.length, MAX_FRAMES); i++) {
            text.append("\n    at ").append(frames[i]);
        }
        if (frames.length > MAX_FRAMES) {
            text.append("\n    ... ").append(frames.length - MAX_FRAMES).append(" more");
        }
        return text.toString();
    }
}
