package nngrader.run;

import nngrader.api.Check;
import nngrader.api.CheckFailure.Compared;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * The entries of a wrong array that differ most, for a table in the feedback: where, expected,
 * got, and the error. Read from a failed comparison's {@link Compared arrays}, never from its text.
 *
 * @param gradient whether a gradient was compared (columns "numerical", "analytic", "relative error")
 *                 rather than values ("expected", "got", "error")
 * @param entries  at most {@link #SHOWN} entries, largest error first (a NaN counts as the largest)
 * @param total    how many entries the arrays have
 * @param wrong    how many of them are not equal (some may be within the tolerance)
 */
public record WorstEntries(boolean gradient, List<Entry> entries, int total, int wrong) {
    static final int SHOWN = 5;

    /** One entry: its index as Java writes it ({@code [2][0]}), both values and the error. */
    public record Entry(String where, double expected, double actual, double error) {
    }

    public WorstEntries {
        entries = List.copyOf(entries);
    }

    /** The heading of each column. */
    public List<String> columns() {
        return gradient ? List.of("entry", "numerical", "analytic", "relative error")
                : List.of("entry", "expected", "got", "|got − expected|");
    }

    /** The worst entries of two arrays of one shape; null when they are equal or empty. */
    static WorstEntries of(Compared compared) {
        double[][] expected = compared.expected();
        double[][] actual = compared.actual();
        boolean gradient = compared.kind() == Compared.Kind.GRADIENT;
        List<Entry> differing = new ArrayList<>();
        int total = 0;
        for (int i = 0; i < expected.length; i++) {
            for (int j = 0; j < expected[i].length; j++) {
                total++;
                double e = expected[i][j];
                double a = actual[i][j];
                if (Double.compare(e, a) == 0) {
                    continue;
                }
                double error = gradient ? Check.relativeError(a, e) : Math.abs(a - e);
                String where = compared.vector() ? "[" + j + "]" : "[" + i + "][" + j + "]";
                differing.add(new Entry(where, e, a, error));
            }
        }
        if (differing.isEmpty()) {
            return null;
        }
        // NaN errors first, then the largest
        Comparator<Entry> worstFirst = Comparator.comparingDouble(
                (Entry x) -> Double.isNaN(x.error()) ? Double.POSITIVE_INFINITY : x.error()).reversed();
        List<Entry> shown = differing.stream().sorted(worstFirst).limit(SHOWN).toList();
        return new WorstEntries(gradient, shown, total, differing.size());
    }
}
