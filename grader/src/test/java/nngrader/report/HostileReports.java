package nngrader.report;

import nngrader.api.Chart;
import nngrader.api.Visibility;
import nngrader.assignment.Feedback;
import nngrader.run.Exhibits;
import nngrader.run.TestOutcome;
import nngrader.run.WorstEntries;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/** Reports whose every student-controlled text tries to become markup, and reports too large for one file. */
final class HostileReports {
    /** Each line tries one way into HTML or Markdown. */
    static final List<String> ATTACKS = List.of(
            "<script>alert(1)</script>",
            "<img src=x onerror=alert(2)>",
            "</pre></p><b>bold</b><p>",
            "**bold** __bold__ *em* _em_ `code` ~~strike~~",
            "[a link](http://evil.example/a)",
            "![an image](http://evil.example/x.png)",
            "http://evil.example/auto and www.evil.example",
            "# a heading",
            "1. a list",
            "- an item",
            "> a quote",
            "| a | table |",
            "---",
            "&lt;entity&gt; &amp; \"quotes\" 'apostrophes'",
            "<a href=\"javascript:alert(3)\">click</a>",
            "\\*escaped\\* \\");
    static final String TEXT = String.join("\n", ATTACKS);

    private HostileReports() {
    }

    /** One failing test whose failure, notes and printed output are all {@link #TEXT}, with a table and a plot. */
    static GradingReport everyTextHostile(Feedback.Format format) {
        WorstEntries worst = new WorstEntries(false, List.of(new WorstEntries.Entry("[0][1]", 1, 2, 1)), 4, 1);
        Chart chart = Chart.lines(TEXT, TEXT, TEXT).series(TEXT, new double[] {1, 2});
        TestOutcome test = new TestOutcome("1.1", "sigmoid", 0, 2, false, "first line: " + TEXT, List.of(TEXT),
                TEXT, Visibility.Level.VISIBLE, List.of(), Set.of(), List.of(),
                new Exhibits("the hint " + ATTACKS.get(0), worst, List.of(chart)));
        // the hint is part of the failure, as the run stage makes it
        test = new TestOutcome(test.number(), test.name(), 0, 2, false, "first line: the hint " + ATTACKS.get(0) + "\n"
                + TEXT, test.notes(), test.studentOutput(), test.visibility(), test.tags(), test.studentClasses(),
                test.leaderboard(), test.exhibits());
        return new GradingReport("HW", "Your files:\n  " + TEXT, List.of(test), 1, false)
                .withFeedback(new Feedback(format, Feedback.StdoutVisibility.HIDDEN));
    }

    /** {@code tests} tests that each printed the most a test keeps and made four plots. */
    static GradingReport large(int tests, Feedback.Format format) {
        List<TestOutcome> outcomes = new ArrayList<>();
        String printed = "x".repeat(8 * 1024);
        for (int i = 0; i < tests; i++) {
            List<Chart> charts = List.of(Chart.heatMap("a", new double[][] {{1}}, "v"),
                    Chart.heatMap("b", new double[][] {{1}}, "v"), Chart.heatMap("c", new double[][] {{1}}, "v"),
                    Chart.heatMap("d", new double[][] {{1}}, "v"));
            outcomes.add(new TestOutcome("1." + i, "test " + i, 0, 1, false, "failed: " + "y".repeat(2000), List.of(),
                    printed, Visibility.Level.VISIBLE, List.of(), Set.of(), List.of(), new Exhibits(null, null, charts)));
        }
        return new GradingReport("HW", "Your files: ok", outcomes, 1, false)
                .withFeedback(new Feedback(format, Feedback.StdoutVisibility.HIDDEN));
    }
}
