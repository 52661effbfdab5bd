package nngrader.api;

/**
 * What student code threw, as a hidden test can see it. Student code runs in another JVM, so its
 * exception never reaches the test itself: the call throws an exception of the grader's that
 * implements this interface and names the student's exception by class and message. Catch it where
 * the handout promises an exception; anything else a test lets through.
 *
 * <pre>{@code
 * @Test @Points(1)
 * void oneHotRejectsALabelOutOfRange(@Student Softmax student) {
 *     try {
 *         student.oneHot(3, 3);
 *     } catch (RuntimeException e) {
 *         if (e instanceof ThrownByStudent thrown && !thrown.notImplemented()
 *                 && thrown.exceptionClass().equals(IllegalArgumentException.class.getName())) {
 *             return;
 *         }
 *         throw e;
 *     }
 *     throw new AssertionFailedError("oneHot(3, 3) returned normally; the handout asks for an IllegalArgumentException");
 * }
 * }</pre>
 */
public interface ThrownByStudent {
    /** The class name of what the student's code threw, e.g. {@code java.lang.IllegalArgumentException}. */
    String exceptionClass();

    /** Its message, or null. */
    String exceptionMessage();

    /** Whether it is the template's stub ({@code UnsupportedOperationException("TODO ...")}): not written yet. */
    boolean notImplemented();
}
