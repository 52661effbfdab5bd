package nngrader.api;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * The wall-clock time a test's calls into student code may take in all, overriding the
 * assignment's {@code limits.testSeconds}. When it runs out the worker is killed and the test
 * fails with "timed out after N s"; the next test gets a fresh worker.
 *
 * <pre>{@code
 * @Test @Points(4) @TimeLimit(30)
 * void trainReachesNinetyPercent(@Student Training t) { ... }
 * }</pre>
 */
@Documented
@Retention(RetentionPolicy.RUNTIME)
@Target({ElementType.METHOD, ElementType.ANNOTATION_TYPE})
public @interface TimeLimit {
    /** Seconds. */
    double value();
}
