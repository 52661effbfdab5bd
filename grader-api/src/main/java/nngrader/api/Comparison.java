package nngrader.api;

/**
 * One walk over two arrays of the same shape, entry by entry and row by row, shared by
 * {@link Check#allClose} and {@link Check#gradientMatches}: it counts the entries and the mismatches
 * and feeds every pair to a {@link Pattern}; a subclass says which entries match and remembers what
 * its message needs about those that do not. Nothing is put into words while entries match.
 */
abstract class Comparison {
    final Pattern pattern = new Pattern();
    /** Entries compared. */
    int total;
    /** Entries that do not match. */
    int mismatches;

    /** Compares two vectors of the same length; returns this, for its message. */
    final Comparison over(double[] expected, double[] actual) {
        for (int i = 0; i < expected.length; i++) {
            entry(expected[i], actual[i], i, -1);
        }
        return this;
    }

    /** Compares two matrices of {@code expected.length} rows of {@code cols} entries. */
    final Comparison over(double[][] expected, double[][] actual, int cols) {
        for (int i = 0; i < expected.length; i++) {
            for (int j = 0; j < cols; j++) {
                entry(expected[i][j], actual[i][j], i, j);
            }
        }
        return this;
    }

    private void entry(double expected, double actual, int i, int j) {
        total++;
        pattern.add(expected, actual);
        if (!matches(expected, actual)) {
            mismatches++;
            mismatch(expected, actual, i, j);
        }
    }

    final boolean failed() {
        return mismatches > 0;
    }

    /** Whether one entry passes. */
    abstract boolean matches(double expected, double actual);

    /** Notes a mismatch at [i] ({@code j < 0}) or [i][j]. */
    abstract void mismatch(double expected, double actual, int i, int j);

    /** How the comparison failed, in one sentence. */
    abstract String sentence();

    /** A hint from the numbers, or null. */
    abstract String hint();
}
