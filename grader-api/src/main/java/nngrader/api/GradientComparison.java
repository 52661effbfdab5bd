package nngrader.api;

/**
 * The mismatches of {@link Check#gradientMatches}: an entry passes when its relative error is small
 * enough or its absolute error is below a floor; the message names the worst entry.
 */
final class GradientComparison extends Comparison {
    private final double maxRelative;
    private final double floor;
    private String worstWhere;
    private double worstRank = -1;
    private double worstNumerical;
    private double worstAnalytic;
    private boolean nonFinite;

    GradientComparison(double maxRelative, double floor) {
        this.maxRelative = maxRelative;
        this.floor = floor;
    }

    @Override
    boolean matches(double numerical, double analytic) {
        return Double.isFinite(numerical) && Double.isFinite(analytic)
                && (Check.relativeError(numerical, analytic) <= maxRelative || Math.abs(analytic - numerical) <= floor);
    }

    @Override
    void mismatch(double numerical, double analytic, int i, int j) {
        double relative = Check.relativeError(numerical, analytic);
        boolean finite = Double.isFinite(numerical) && Double.isFinite(analytic);
        nonFinite |= !Double.isFinite(analytic);
        double rank = Double.isNaN(relative) || !finite ? Double.POSITIVE_INFINITY : relative;
        if (rank > worstRank || worstWhere == null) {
            worstRank = rank;
            worstWhere = Show.where(i, j);
            worstNumerical = numerical;
            worstAnalytic = analytic;
        }
    }

    @Override
    String sentence() {
        String[] pair = Show.pair(worstNumerical, worstAnalytic);
        double relative = Check.relativeError(worstNumerical, worstAnalytic);
        return "the analytic gradient does not match the numerical one: worst entry " + worstWhere + " is " + pair[1]
                + " but numerically " + pair[0] + " (relative error " + Show.number(relative) + " > "
                + Show.tolerance(maxRelative) + "; " + mismatches + " of " + total + (total == 1 ? " entry" : " entries")
                + " off).";
    }

    @Override
    String hint() {
        if (nonFinite) {
            return "The analytic gradient is not finite. " + Hints.NAN;
        }
        String shape = pattern.hint("Every analytic entry", "the numerical one");
        if (shape == null && 2 * mismatches >= pattern.count && pattern.allWithin(Precision.GRADIENT_NOISE)) {
            return Precision.GRADIENT_HINT;
        }
        return shape;
    }
}
