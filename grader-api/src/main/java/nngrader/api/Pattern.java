package nngrader.api;

import java.util.Arrays;

/**
 * Whether actual ≈ c · expected, or actual ≈ expected + c, for one constant c over all entries:
 * the fingerprints of a dropped factor (1/n, 2, a sign) or a dropped constant term.
 */
final class Pattern {
    int count;
    boolean allFinite = true;
    // Least squares fits: factor c = Σ e·a / Σ e², offset c = mean(a − e).
    private double sumEA;
    private double sumEE;
    private double sumD;
    private double maxAbs;
    private double[] expected = new double[16];
    private double[] actual = new double[16];

    void add(double e, double a) {
        if (!Double.isFinite(e) || !Double.isFinite(a)) {
            allFinite = false;
            return;
        }
        if (count == expected.length) {
            expected = Arrays.copyOf(expected, 2 * count);
            actual = Arrays.copyOf(actual, 2 * count);
        }
        expected[count] = e;
        actual[count] = a;
        count++;
        sumEA += e * a;
        sumEE += e * e;
        sumD += a - e;
        maxAbs = Math.max(maxAbs, Math.max(Math.abs(e), Math.abs(a)));
    }

    /** Whether every entry is off by at most {@code ofLargest} of the largest entry. */
    boolean allWithin(double ofLargest) {
        if (!allFinite || count == 0) {
            return false;
        }
        for (int i = 0; i < count; i++) {
            if (Math.abs(actual[i] - expected[i]) > ofLargest * maxAbs) {
                return false;
            }
        }
        return true;
    }

    /**
     * The largest relative error over the entries; an entry smaller than {@code nearZero} of the
     * largest counts its error relative to that, not to itself.
     */
    double worstRelativeError(double nearZero) {
        double worst = 0;
        for (int i = 0; i < count; i++) {
            double error = Math.abs(actual[i] - expected[i]);
            double size = Math.max(Math.max(Math.abs(expected[i]), Math.abs(actual[i])), nearZero * maxAbs);
            worst = Math.max(worst, error == 0 ? 0 : error / size);
        }
        return worst;
    }

    /**
     * The hint for a common factor or offset, or null: "{@code every} is about 2.0 times
     * {@code reference}: ...".
     */
    String hint(String every, String reference) {
        if (!allFinite || count < 2 || maxAbs == 0) {
            return null;
        }
        double tolerance = 1e-6 * maxAbs;
        if (sumEE > 0) {
            double c = sumEA / sumEE;
            int nonzero = 0;
            boolean fits = Math.abs(c - 1) > 1e-3;
            for (int i = 0; i < count && fits; i++) {
                fits = Math.abs(actual[i] - c * expected[i]) <= tolerance;
                nonzero += expected[i] != 0 ? 1 : 0;
            }
            if (fits && nonzero >= 2) {
                if (Math.abs(c + 1) <= 1e-6) {
                    return every + " has the opposite sign of " + reference + ": look for a flipped sign.";
                }
                if (Math.abs(c) <= 1e-9) {
                    return null;    // all zeros: nothing was computed; no pattern worth naming
                }
                return every + " is about " + Show.number(c) + " times " + reference
                        + ": look for a missing or extra constant factor.";
            }
        }
        double d = sumD / count;
        boolean fits = Math.abs(d) > tolerance;
        for (int i = 0; i < count && fits; i++) {
            fits = Math.abs(actual[i] - expected[i] - d) <= tolerance;
        }
        if (fits) {
            return every + " is off by the same amount (about " + Show.number(d) + "): look for a missing or extra"
                    + " constant term.";
        }
        return null;
    }
}
