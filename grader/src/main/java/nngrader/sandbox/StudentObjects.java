package nngrader.sandbox;

/**
 * Where a hidden test's {@code @Student} objects come from. A grading uses {@link Sandbox}: each object lives in
 * the worker JVM and every call crosses the wire. The run stage depends only on this, so it can be tested with
 * objects of the test's own JVM, without compiling a submission or starting a worker.
 */
public interface StudentObjects {

    /** An object of {@code api} backed by a new instance of {@code className}, whose calls end by {@code scope}'s deadline. */
    <T> T instantiate(Class<T> api, String className, CallScope scope);

    /**
     * {@code scope}'s test has ended: what it made or received may be let go, and its objects fail if used again.
     * Nothing by default (objects of this JVM are collected as usual).
     */
    default void release(CallScope scope) {
    }

    /** Who answers the calls of stand-ins for submitted files that did not compile. */
    void answerStandInsWith(ReferenceCalls calls);
}
