package nngrader.build;

/**
 * The template sources do not compile on their own, or lack a stub: an error of the assignment or the
 * grader, never of the submission. Its message is for course staff.
 */
public final class BrokenTemplateException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    public BrokenTemplateException(String message) {
        super(message);
    }

    public BrokenTemplateException(String message, Throwable cause) {
        super(message, cause);
    }
}
