package nngrader.assignment;

/** An assignment folder or its {@code assignment.json} is unusable; the message says what to fix. */
public final class InvalidAssignmentException extends Exception {
    public InvalidAssignmentException(String message) {
        super(message);
    }

    public InvalidAssignmentException(String message, Throwable cause) {
        super(message, cause);
    }
}
