package nngrader.run;

import nngrader.api.Chart;
import nngrader.api.Check;
import nngrader.api.CheckFailure.Compared;

/**
 * A heat map of the relative error of each entry of a failed comparison: a transposed, shifted or
 * one-row bug shows as a pattern that a list of numbers hides.
 */
final class ErrorHeatMap {
    /** A title names what was checked up to this many characters: a call's printed arguments can be long. */
    private static final int MAX_WHAT = 80;
    private ErrorHeatMap() {
    }

    /**
     * The heat map of a failed gradient check of any shape, or of a failed comparison of a matrix
     * with at least two rows and two columns; null for other failures, where a table says as much.
     */
    static Chart.HeatMap of(String what, Compared compared) {
        double[][] expected = compared.expected();
        double[][] actual = compared.actual();
        int rows = expected.length;
        int cols = rows == 0 ? 0 : expected[0].length;
        boolean gradient = compared.kind() == Compared.Kind.GRADIENT;
        if (rows * cols < 2 || !gradient && (rows < 2 || cols < 2)) {
            return null;
        }
        double[][] error = new double[rows][cols];
        for (int i = 0; i < rows; i++) {
            for (int j = 0; j < cols; j++) {
                error[i][j] = Check.relativeError(actual[i][j], expected[i][j]);
            }
        }
        String shortWhat = what.length() <= MAX_WHAT ? what : what.substring(0, MAX_WHAT - 1) + "…";
        String title = "Relative error per entry" + (what.isEmpty() ? "" : " of " + shortWhat);
        return Chart.heatMap(title, error, gradient ? "relative error, analytic against numerical"
                : "relative error, yours against expected");
    }
}
