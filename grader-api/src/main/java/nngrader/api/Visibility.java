package nngrader.api;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Inherited;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * When students see a test's result, in Gradescope's terms. On a class it applies to every test
 * in it (and in classes nested in it) that does not say otherwise; the default is {@link Level#VISIBLE}.
 * It counts on an annotation that carries it too, as {@link HiddenUntilPublished} does.
 *
 * <pre>{@code
 * import static nngrader.api.Visibility.Level.AFTER_PUBLISHED;
 *
 * @Test @Points(3) @Visibility(AFTER_PUBLISHED)
 * void trainReachesAccuracy(@Student Training t) { ... }
 * }</pre>
 */
@Documented
@Inherited
@Retention(RetentionPolicy.RUNTIME)
@Target({ElementType.METHOD, ElementType.TYPE})
public @interface Visibility {
    Level value();

    enum Level {
        /** Always shown. */
        VISIBLE("visible"),
        /** Never shown to students. */
        HIDDEN("hidden"),
        /** Shown once the due date has passed. */
        AFTER_DUE_DATE("after_due_date"),
        /** Shown once the grades are published. */
        AFTER_PUBLISHED("after_published");

        private final String gradescope;

        Level(String gradescope) {
            this.gradescope = gradescope;
        }

        /** The value Gradescope's {@code results.json} uses. */
        public String gradescope() {
            return gradescope;
        }
    }
}
