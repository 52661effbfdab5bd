package nngrader.api;

import org.junit.jupiter.api.Test;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * A hidden test whose result students see once the grades are published: JUnit's {@code @Test} with
 * {@code @Visibility(AFTER_PUBLISHED)}, the pair hidden suites repeat most.
 *
 * <pre>{@code
 * @HiddenUntilPublished @Points(2) @DisplayName("softmax: matches the reference on random scores")
 * void softmaxMatchesReference(@Student SoftmaxRegression s, @Reference SoftmaxRegression ref, Seeded random) { ... }
 * }</pre>
 *
 * Write your own the same way: {@link Points}, {@link Visibility}, {@link TimeLimit} and {@link TestNumber}
 * count on an annotation that carries them, as JUnit's {@code @Test} and {@code @Tag} do:
 *
 * <pre>{@code
 * @Test @Tag("training") @TimeLimit(15) @Visibility(AFTER_PUBLISHED)
 * @Retention(RetentionPolicy.RUNTIME) @Target(ElementType.METHOD)
 * @interface TrainingTest {}
 * }</pre>
 */
@Test
@Visibility(Visibility.Level.AFTER_PUBLISHED)
@Documented
@Retention(RetentionPolicy.RUNTIME)
@Target({ElementType.METHOD, ElementType.ANNOTATION_TYPE})
public @interface HiddenUntilPublished {
}
