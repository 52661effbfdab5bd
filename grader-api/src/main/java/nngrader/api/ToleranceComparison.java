package nngrader.api;

/** The mismatches of {@link Check#allClose}: the first one, the worst one, and the hints they give. */
final class ToleranceComparison extends Comparison {
    private final Tolerance tolerance;
    private int firstI = -1;
    private int firstJ;
    private double firstExpected;
    private double firstActual;
    private String worstWhere;
    private double worstRank;
    private double worstError;
    private double worstRelative;
    private boolean nanAppeared;
    private boolean infinityAppeared;

    ToleranceComparison(Tolerance tolerance) {
        this.tolerance = tolerance;
    }

    @Override
    boolean matches(double expected, double actual) {
        return tolerance.allows(expected, actual);
    }

    @Override
    void mismatch(double expected, double actual, int i, int j) {
        if (firstI < 0) {
            firstI = i;
            firstJ = j;
            firstExpected = expected;
            firstActual = actual;
        }
        nanAppeared |= Double.isNaN(actual) && !Double.isNaN(expected);
        infinityAppeared |= Double.isInfinite(actual) && !Double.isInfinite(expected);
        double error = Math.abs(actual - expected);
        double rank = Double.isNaN(error) ? Double.POSITIVE_INFINITY : error;    // NaN ranks first
        if (worstWhere == null || rank > worstRank) {
            worstRank = rank;
            worstError = error;
            worstWhere = Show.where(i, j);
            boolean finite = Double.isFinite(expected) && Double.isFinite(actual);
            worstRelative = finite && expected != 0 ? error / Math.abs(expected) : Double.NaN;
        }
    }

    @Override
    String sentence() {
        String[] pair = Show.pair(firstExpected, firstActual);
        StringBuilder m = new StringBuilder("entry ").append(Show.where(firstI, firstJ)).append(" expected ")
                .append(pair[0]).append(" but was ").append(pair[1]).append(" (").append(mismatches)
                .append(" of ").append(total).append(total == 1 ? " entry differs" : " entries differ")
                .append("; largest error: ");
        if (Double.isNaN(worstError)) {
            m.append("NaN");
        } else {
            m.append(Show.number(worstError));
            if (!Double.isNaN(worstRelative)) {
                m.append(", relative ").append(Show.number(worstRelative));
            }
        }
        if (total > 1) {
            m.append(" at ").append(worstWhere);
        }
        return m.append("; tolerance: ").append(tolerance).append(").").toString();
    }

    @Override
    String hint() {
        if (nanAppeared) {
            return Hints.NAN;
        }
        if (infinityAppeared) {
            return Hints.INFINITY;
        }
        String shape = pattern.hint("Every entry", "the expected value");
        if (shape == null && pattern.allFinite) {
            double worst = pattern.worstRelativeError(Precision.NEAR_ZERO);
            // errors this small come from rounding whether one entry or all of them show it
            if (2 * mismatches >= pattern.count || worst <= Precision.ROUNDING) {
                return Precision.hint(worst);
            }
        }
        return shape;
    }
}
