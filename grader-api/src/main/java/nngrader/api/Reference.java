package nngrader.api;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Marks a test parameter as the reference implementation of an API interface, running in the
 * trusted grader JVM.
 *
 * <pre>{@code
 * @Test @Points(1)
 * void scoresMatchReference(@Student SoftmaxRegression s, @Reference SoftmaxRegression ref, Seeded random) {
 *     Params p = ...;
 *     double[] x = random.gaussian(4, 1.0);
 *     Check.allClose(ref.scores(p, x), s.scores(p, x), 1e-9, 1e-12, "scores(p, x)");
 * }
 * }</pre>
 */
@Documented
@Retention(RetentionPolicy.RUNTIME)
@Target(ElementType.PARAMETER)
public @interface Reference {
}
