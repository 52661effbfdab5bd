package nngrader.api;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * The test's number as Gradescope shows it (e.g. {@code "1.2"}). Without it, tests are numbered
 * {@code class.test} in the order they run. (Named so as not to shadow {@link java.lang.Number}.)
 *
 * <pre>{@code
 * @Test @Points(1) @TestNumber("2.1")
 * void softmaxOfEqualScoresIsUniform(@Student SoftmaxRegression s) { ... }
 * }</pre>
 */
@Documented
@Retention(RetentionPolicy.RUNTIME)
@Target({ElementType.METHOD, ElementType.ANNOTATION_TYPE})
public @interface TestNumber {
    String value();
}
