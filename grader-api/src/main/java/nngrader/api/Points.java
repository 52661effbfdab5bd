package nngrader.api;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * How many points a hidden test is worth. A test without it is worth nothing (it still shows).
 *
 * <pre>{@code
 * @Test @Points(2) @DisplayName("sigmoid: no overflow at z = ±1000")
 * void sigmoidIsStable(@Student LogisticRegression s) { ... }
 * }</pre>
 */
@Documented
@Retention(RetentionPolicy.RUNTIME)
@Target({ElementType.METHOD, ElementType.ANNOTATION_TYPE})
public @interface Points {
    double value();
}
