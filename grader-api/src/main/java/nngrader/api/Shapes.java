package nngrader.api;

import java.util.List;
import java.util.function.Supplier;

/** The shape checks: not null, the right length, a matrix neither ragged nor transposed. */
final class Shapes {
    private Shapes() {
    }

    static void vector(int n, double[] actual, Supplier<String> what) {
        if (actual == null) {
            throw new CheckFailure(what.get(), "expected " + Show.entries(n) + " but was null.", null, List.of());
        }
        if (actual.length != n) {
            throw new CheckFailure(what.get(), "expected " + Show.entries(n) + " but was " + actual.length + ": "
                    + Show.vector(actual) + ".", null, List.of());
        }
    }

    static void matrix(int rows, int cols, double[][] actual, Supplier<String> what) {
        String expected = "expected shape [" + rows + "][" + cols + "]";
        if (actual == null) {
            throw new CheckFailure(what.get(), expected + " but was null.", null, List.of());
        }
        for (int i = 0; i < actual.length; i++) {
            if (actual[i] == null) {
                throw new CheckFailure(what.get(), expected + " but row [" + i + "] is null.", null, List.of());
            }
        }
        boolean ragged = false;
        for (double[] row : actual) {
            ragged |= actual.length > 0 && row.length != actual[0].length;
        }
        if (ragged) {
            int bad = 0;
            while (actual[bad].length == cols) {
                bad++;
            }
            throw new CheckFailure(what.get(), expected + " but the rows have different lengths: row [" + bad + "] has "
                    + Show.entries(actual[bad].length) + " (" + Show.rowLengths(actual) + ").", null, List.of());
        }
        int actualCols = actual.length == 0 ? 0 : actual[0].length;
        if (actual.length == rows && (actualCols == cols || rows == 0)) {
            return;
        }
        String hint = actual.length == cols && actualCols == rows && rows != cols ? Hints.TRANSPOSED : null;
        throw new CheckFailure(what.get(), expected + " but was [" + actual.length + "][" + actualCols + "].", hint,
                List.of());
    }

    /** The columns of an expected matrix; a null or ragged one is the test's bug. */
    static int columnsOfExpected(double[][] expected) {
        Check.requireExpected(expected);
        int cols = expected.length == 0 ? 0 : expected[0].length;
        for (double[] row : expected) {
            if (row == null || row.length != cols) {
                throw new IllegalArgumentException("expected matrix is null or ragged: " + Show.matrix(expected));
            }
        }
        return cols;
    }
}
