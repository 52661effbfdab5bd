package nngrader.api;

import java.io.Serializable;
import java.util.List;
import java.util.Optional;

import org.opentest4j.AssertionFailedError;

/**
 * A failed {@link Check}, kept as its parts: what was checked, the sentence that says how it
 * failed, a hint, a likely cause the suite adds, and details (the values compared) on lines of their
 * own. {@link #getMessage()} renders them; nothing edits the text afterwards: a suite that knows a
 * likely cause adds it with {@link #withCause(String)}.
 *
 * <pre>{@code
 * try {
 *     Check.allClose(expected, actual, ROUNDING, "dL_dz1(RELU, ...)");
 * } catch (CheckFailure failure) {
 *     throw failure.withCause("Likely cause: the factor g'(z1) is missing.");
 * }
 * // dL_dz1(RELU, ...): entry [0] expected 1.0 but was 2.0 (...; tolerance: rtol 1e-9, atol 1e-12). Every
 * // entry is about 2.0 times the expected value: look for ... Likely cause: the factor g'(z1) is missing.
 * //   expected [1.0, -0.5]
 * //   but was  [2.0, -1.0]
 * }</pre>
 */
public final class CheckFailure extends AssertionFailedError {
    private static final long serialVersionUID = 1L;

    /** One detail line: a label and a value, e.g. {@code expected [1.0, 2.0]}. */
    public record Fact(String key, String value) implements Serializable {
    }

    /**
     * The two arrays a failed comparison compared, entry by entry, from which the grader draws a
     * table of the entries that differ most and a heat map of the error per entry.
     *
     * @param kind     a comparison with a reference value, or an analytic gradient with a numerical one
     * @param expected the expected values (the numerical gradient), a vector as one row
     * @param actual   the values the student's code gave (the analytic gradient), the same shape
     * @param vector   whether the arrays were vectors, shown with one index ({@code [3]}, not {@code [0][3]})
     */
    public record Compared(Kind kind, double[][] expected, double[][] actual, boolean vector) implements Serializable {
        private static final long serialVersionUID = 1L;

        /** What kind of comparison failed. */
        public enum Kind {
            /** {@code allClose}: error {@code |actual − expected|} against a tolerance. */
            VALUES,
            /** {@code gradientMatches}: relative error of the analytic gradient against the numerical one. */
            GRADIENT
        }

        public Compared {
            expected = copy(expected);
            actual = copy(actual);
        }

        static Compared of(Kind kind, double[] expected, double[] actual) {
            return new Compared(kind, new double[][] {expected}, new double[][] {actual}, true);
        }

        static Compared of(Kind kind, double[][] expected, double[][] actual) {
            return new Compared(kind, expected, actual, false);
        }

        @Override
        public double[][] expected() {
            return copy(expected);
        }

        @Override
        public double[][] actual() {
            return copy(actual);
        }

        private static double[][] copy(double[][] m) {
            double[][] copy = new double[m.length][];
            for (int i = 0; i < m.length; i++) {
                copy[i] = m[i].clone();
            }
            return copy;
        }
    }

    private final String what;
    private final String sentence;
    private final String hint;
    private final String cause;
    private final List<Fact> details;
    private final Compared compared;

    CheckFailure(String what, String sentence, String hint, List<Fact> details) {
        this(what, sentence, hint, null, details, null);
    }

    CheckFailure(String what, String sentence, String hint, List<Fact> details, Compared compared) {
        this(what, sentence, hint, null, details, compared);
    }

    private CheckFailure(String what, String sentence, String hint, String cause, List<Fact> details,
                         Compared compared) {
        this.what = what == null ? "" : what;
        this.sentence = sentence;
        this.hint = hint;
        this.cause = cause;
        this.details = List.copyOf(details);
        this.compared = compared;
    }

    /** What was checked, as the message names it before a colon (e.g. {@code "softmax([1.0, 2.0])"}); empty when the sentence names it. */
    public String what() {
        return what;
    }

    /** How the check failed, e.g. {@code "entry [1] expected 2 but was 0 (1 of 3 entries differ)."}. */
    public String sentence() {
        return sentence;
    }

    /** A hint the grader draws from the numbers alone (a NaN appeared, a constant factor, ...). */
    public Optional<String> hint() {
        return Optional.ofNullable(hint);
    }

    /** The likely cause a suite added with {@link #withCause(String)}. */
    public Optional<String> cause() {
        return Optional.ofNullable(cause);
    }

    /** The values compared, one line each, e.g. expected and actual arrays. */
    public List<Fact> details() {
        return details;
    }

    /** The arrays that were compared, when two arrays of the same shape differed; empty for other checks. */
    public Optional<Compared> compared() {
        return Optional.ofNullable(compared);
    }

    /**
     * This failure with a likely cause, shown after the hint on the first line; an empty cause leaves
     * it as it is.
     */
    public CheckFailure withCause(String cause) {
        if (cause == null || cause.isEmpty()) {
            return this;
        }
        CheckFailure withCause = new CheckFailure(what, sentence, hint, cause, details, compared);
        withCause.setStackTrace(getStackTrace());
        return withCause;
    }

    /** "what: sentence hint cause", then each detail on a line of its own, labels aligned. */
    @Override
    public String getMessage() {
        StringBuilder text = new StringBuilder();
        if (!what.isEmpty()) {
            text.append(what).append(": ");
        }
        text.append(sentence);
        if (hint != null) {
            text.append(' ').append(hint);
        }
        if (cause != null) {
            text.append(' ').append(cause);
        }
        int width = details.stream().mapToInt(f -> f.key().length()).max().orElse(0);
        for (Fact fact : details) {
            text.append("\n  ").append(fact.key()).append(" ".repeat(width - fact.key().length() + 1)).append(fact.value());
        }
        return text.toString();
    }
}
