package nngrader.api;

/**
 * How far a number may be from its expected value and still pass {@link Check#allClose}: numpy's
 * {@code allclose} rule, {@code |actual − expected| ≤ atol + rtol·|expected|}. Built from named
 * factories, so that the relative and the absolute part cannot be swapped as two adjacent doubles can.
 *
 * <pre>{@code
 * static final Tolerance ROUNDING = Tolerance.rtol(1e-9).atol(1e-12);
 *
 * Check.allClose(reference.softmax(z), student.softmax(z), ROUNDING, () -> "softmax(" + Check.show(z) + ")");
 * // fails with: softmax([...]): entry [0] expected 0.5 but was 0.25 (...; tolerance: rtol 1e-9, atol 1e-12).
 * }</pre>
 *
 * <p>NaN matches only NaN and an infinity only the same infinity, whatever the tolerance.
 *
 * @param rtol the relative part, a share of |expected|; at least 0
 * @param atol the absolute part; at least 0
 */
public record Tolerance(double rtol, double atol) {

    /** No difference at all: {@code actual == expected} (and NaN matches NaN). */
    public static final Tolerance EXACT = new Tolerance(0, 0);

    /**
     * @throws IllegalArgumentException if either part is negative or NaN: that is a bug in the test,
     *         not in the submission
     */
    public Tolerance {
        if (!(rtol >= 0) || !(atol >= 0)) {
            throw new IllegalArgumentException("tolerances must be >= 0, got " + rtol + " and " + atol);
        }
    }

    /** A relative tolerance with no absolute part; add one with {@link #atol(double)}. */
    public static Tolerance rtol(double rtol) {
        return new Tolerance(rtol, 0);
    }

    /** This tolerance with {@code atol} as its absolute part. */
    public Tolerance atol(double atol) {
        return new Tolerance(rtol, atol);
    }

    /** Whether {@code actual} is close enough to {@code expected}. */
    public boolean allows(double expected, double actual) {
        if (Double.isNaN(expected) || Double.isNaN(actual)) {
            return Double.isNaN(expected) && Double.isNaN(actual);
        }
        if (Double.isInfinite(expected) || Double.isInfinite(actual)) {
            return expected == actual;
        }
        return Math.abs(actual - expected) <= atol + rtol * Math.abs(expected);
    }

    /** As failure messages show it: {@code "rtol 1e-9, atol 1e-12"}. */
    @Override
    public String toString() {
        return "rtol " + Show.tolerance(rtol) + ", atol " + Show.tolerance(atol);
    }
}
