package nngrader.api;

/**
 * The fingerprint of a loss of precision: errors with no pattern, far above double's rounding and
 * below a wrong formula's. float keeps about 7 digits and a sum that cancels loses a few more, so
 * errors up to {@link #TINY} are named a loss of precision; up to {@link #SMALL}, a small missing
 * term (a penalty with a small λ) looks the same, and the hint says both.
 */
final class Precision {
    static final double TINY = 1e-5;
    static final double SMALL = 1e-3;
    /** Hardly a wrong formula comes this close: an error this small, even in one entry, is rounding. */
    static final double ROUNDING = TINY;
    /** Entries this much smaller than the largest count as 0: their error is measured against the largest. */
    static final double NEAR_ZERO = 1e-6;
    /** Centered differences of a float loss are this noisy, relative to the largest entry. */
    static final double GRADIENT_NOISE = 5e-2;

    static final String LOST = "this looks like a loss of precision (float instead of double, or a sum in a"
            + " different order that cancels): use double throughout.";
    static final String GRADIENT_HINT = "Every entry is off by a little, with no common factor or offset: this"
            + " looks like a loss of precision in the function whose centered differences these are (float"
            + " instead of double, or a sum in a different order that cancels), which makes its differences"
            + " noisy: use double throughout. If you already do, look for a small missing term.";

    private Precision() {
    }

    /** The hint for errors with no pattern of at most {@code worstRelative}, or null when they are larger. */
    static String hint(double worstRelative) {
        if (worstRelative <= TINY) {
            return "The error is tiny and has no pattern: " + LOST;
        }
        if (worstRelative <= SMALL) {
            return "The error is small and has no pattern: either a loss of precision (float instead of double,"
                    + " or a sum in a different order that cancels: then use double throughout), or a small term"
                    + " is missing or extra (a penalty, a constant).";
        }
        return null;
    }
}
