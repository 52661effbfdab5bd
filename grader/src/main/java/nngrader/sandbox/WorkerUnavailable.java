package nngrader.sandbox;

/**
 * No worker JVM could be started (or it never said it was ready): the grader's problem, never the student's. A
 * test that meets it has not graded anything, so the grading as a whole is reported as failed for the staff to
 * look into, rather than as a test the student's code lost (which verify would count as a killed mutant).
 */
public final class WorkerUnavailable extends IllegalStateException {
    public WorkerUnavailable(String message, Throwable cause) {
        super(message, cause);
    }

    /** The first of these in {@code thrown}'s causes, or null. */
    public static WorkerUnavailable in(Throwable thrown) {
        for (Throwable t = thrown; t != null; t = t.getCause() == t ? null : t.getCause()) {
            if (t instanceof WorkerUnavailable unavailable) {
                return unavailable;
            }
        }
        return null;
    }
}
