package nngrader.api;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Marks a test parameter as the student's implementation of an API interface.
 *
 * <p>The parameter is a proxy: each call crosses into the sandboxed worker JVM, runs the
 * student's class there, and comes back as data. The student's class is the one that
 * {@code assignment.json} lists as implementing the parameter's interface.
 *
 * <pre>{@code
 * @Test @Points(2)
 * void softmaxIsStableForLargeLogits(@Student SoftmaxRegression s) {
 *     Check.allClose(new double[] {0.5, 0.5}, s.softmax(new double[] {1000, 1000}), 1e-12, 0, "softmax([1000, 1000])");
 * }
 * }</pre>
 *
 * Each test gets a fresh instance, created with the class's no-argument constructor.
 */
@Documented
@Retention(RetentionPolicy.RUNTIME)
@Target(ElementType.PARAMETER)
public @interface Student {
}
