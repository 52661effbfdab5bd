package nngrader.api;

/**
 * The hints a failure adds about the numbers alone: a NaN or an infinity appeared, a sign flipped,
 * a shape is transposed, an argument was written into. The grader knows nothing of the course: the
 * hints are about numbers, not about neural networks. {@link Pattern} and {@link Precision} find the
 * others (a common factor or offset, a loss of precision).
 */
final class Hints {
    static final String NAN = "A NaN usually means an overflow upstream: exp() of a large number is"
            + " Infinity, and Infinity/Infinity, Infinity - Infinity or 0 * Infinity is NaN.";
    static final String INFINITY = "An Infinity usually means an overflow (exp(710) is already"
            + " Infinity) or a log(0) or division by 0.";
    static final String OPPOSITE_SIGN = "It has the opposite sign: look for a flipped sign.";
    static final String TRANSPOSED = "It looks transposed: rows and columns are swapped.";
    static final String MUTATION = "Work on a copy (e.g. x.clone()) instead of writing into an argument.";

    private Hints() {
    }

    /** The NaN or infinity hint when {@code actual} is one and {@code expected} is not; else null. */
    static String nonFinite(double expected, double actual) {
        if (Double.isNaN(actual) && !Double.isNaN(expected)) {
            return NAN;
        }
        if (Double.isInfinite(actual) && !Double.isInfinite(expected)) {
            return INFINITY;
        }
        return null;
    }

    /** The NaN hint when a NaN is among the entries, else the infinity hint. */
    static String nonFinite(double[] actual) {
        for (double v : actual) {
            if (Double.isNaN(v)) {
                return NAN;
            }
        }
        return INFINITY;
    }
}
