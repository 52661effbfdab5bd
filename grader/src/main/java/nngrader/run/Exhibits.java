package nngrader.run;

import nngrader.api.Chart;

import java.util.List;

/**
 * What a test shows beside its text, for the formats that can show it: the hint to emphasize, a
 * table of the worst entries of a wrong array, and plots.
 *
 * @param hint   the part of the failure's text that says what to look at (a {@code Check} hint and
 *               the suite's likely cause), as it appears in that text; null when there is none
 * @param worst  the entries of a wrong array that differ most; null when no two arrays were compared
 * @param charts plots: the test's own ({@code Grade.chart}), then the grader's heat map of a wrong matrix
 */
public record Exhibits(String hint, WorstEntries worst, List<Chart> charts) {
    /** Nothing beside the text. */
    public static final Exhibits NONE = new Exhibits(null, null, List.of());

    public Exhibits {
        charts = List.copyOf(charts);
    }

}
