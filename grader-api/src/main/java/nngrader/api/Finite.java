package nngrader.api;

import java.util.List;
import java.util.function.Supplier;

/** The finiteness checks: no NaN, no infinity, and where the first one is. */
final class Finite {
    private Finite() {
    }

    static void number(double actual, Supplier<String> what) {
        if (!Double.isFinite(actual)) {
            throw new CheckFailure(what.get(), "expected a finite number but was " + Show.number(actual) + ".",
                    Hints.nonFinite(0, actual), List.of());
        }
    }

    static void vector(double[] actual, Supplier<String> what) {
        if (actual == null) {
            throw new CheckFailure(what.get(), "expected finite numbers but was null.", null, List.of());
        }
        int bad = 0;
        int first = -1;
        for (int i = 0; i < actual.length; i++) {
            if (!Double.isFinite(actual[i])) {
                bad++;
                first = first < 0 ? i : first;
            }
        }
        if (bad > 0) {
            throw new CheckFailure(what.get(), "entry [" + first + "] is " + Show.number(actual[first]) + " (" + bad
                    + " of " + actual.length + " entries are not finite): " + Show.vector(actual) + ".",
                    Hints.nonFinite(actual), List.of());
        }
    }

    static void matrix(double[][] actual, Supplier<String> what) {
        if (actual == null) {
            throw new CheckFailure(what.get(), "expected finite numbers but was null.", null, List.of());
        }
        int bad = 0;
        int total = 0;
        String first = null;
        double firstValue = 0;
        boolean nan = false;
        for (int i = 0; i < actual.length; i++) {
            if (actual[i] == null) {
                throw new CheckFailure(what.get(), "row [" + i + "] is null.", null, List.of());
            }
            for (int j = 0; j < actual[i].length; j++) {
                total++;
                if (!Double.isFinite(actual[i][j])) {
                    bad++;
                    nan |= Double.isNaN(actual[i][j]);
                    if (first == null) {
                        first = Show.where(i, j);
                        firstValue = actual[i][j];
                    }
                }
            }
        }
        if (bad > 0) {
            throw new CheckFailure(what.get(), "entry " + first + " is " + Show.number(firstValue) + " (" + bad + " of "
                    + total + " entries are not finite): " + Show.matrix(actual) + ".",
                    Hints.nonFinite(0, nan ? Double.NaN : firstValue), List.of());
        }
    }
}
