package nngrader.assignment;

import java.util.Arrays;
import java.util.Locale;

/**
 * How students see their feedback, from {@code assignment.json}'s optional {@code "feedback"}:
 *
 * <pre>{@code
 * "feedback": { "format": "html", "stdout": "hidden" }
 * }</pre>
 *
 * @param format which markup Gradescope is told each output is in; {@code html} (the default) is the
 *               only one in which it shows plots
 * @param stdout whether students see what the grader printed ({@code stdout_visibility}): {@code hidden} by
 *               default, since it is written for the staff
 */
public record Feedback(Format format, StdoutVisibility stdout) {
    /** HTML outputs with plots; the grader's printed output for the staff only. */
    public static final Feedback DEFAULT = new Feedback(Format.HTML, StdoutVisibility.HIDDEN);

    /** The markup of Gradescope's outputs. */
    public enum Format {
        /** Escaped HTML: tables, emphasis, and plots as images. */
        HTML("html"),
        /** Escaped Markdown: tables and emphasis; no plots (Gradescope shows no image from a Markdown output). */
        MARKDOWN("md"),
        /** Plain text, as every platform shows it. */
        TEXT("text");

        private final String gradescope;

        Format(String gradescope) {
            this.gradescope = gradescope;
        }

        /** The {@code output_format} value, which is also the name in assignment.json. */
        public String gradescope() {
            return gradescope;
        }

        /** The format named {@code name} in assignment.json, or null. */
        static Format named(String name) {
            return Arrays.stream(values()).filter(f -> f.gradescope.equals(name.strip().toLowerCase(Locale.ROOT)))
                    .findFirst().orElse(null);
        }
    }

    /** Who sees the grader's printed output on Gradescope. */
    public enum StdoutVisibility {
        HIDDEN, VISIBLE, AFTER_DUE_DATE, AFTER_PUBLISHED;

        /** The {@code stdout_visibility} value, which is also the name in assignment.json. */
        public String gradescope() {
            return name().toLowerCase(Locale.ROOT);
        }

        static StdoutVisibility named(String name) {
            return Arrays.stream(values()).filter(v -> v.gradescope().equals(name.strip().toLowerCase(Locale.ROOT)))
                    .findFirst().orElse(null);
        }
    }
}
