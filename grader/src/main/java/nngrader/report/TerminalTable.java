package nngrader.report;

import nngrader.run.TestOutcome;

import java.io.PrintWriter;
import java.util.List;

/**
 * The report as a table for a person at a terminal: one row per test, then the failures' reasons. A name longer
 * than its column goes on below it, whole: a test's name says what it checks, and its end is often the point.
 */
public final class TerminalTable {
    private static final int NAME_WIDTH = 60;

    public void print(GradingReport report, PrintWriter out) {
        out.println(report.title());
        if (!report.summary().isBlank()) {
            out.println(indent(report.summary().strip()));
        }
        out.println();
        out.printf("%-6s %-" + NAME_WIDTH + "s %13s  %s%n", "#", "test", "points", "result");
        for (TestOutcome test : report.tests()) {
            List<String> name = WrappedText.lines(test.name(), NAME_WIDTH);
            out.printf("%-6s %-" + NAME_WIDTH + "s %13s  %s%n", test.number(), name.get(0),
                    Numbers.points(test.score()) + " / " + Numbers.points(test.maxScore()), status(test));
            for (String rest : name.subList(1, name.size())) {
                out.printf("%-6s %s%n", "", rest);
            }
        }
        out.printf("%-6s %-" + NAME_WIDTH + "s %13s%n", "", "total",
                Numbers.points(report.score()) + " / " + Numbers.points(report.maxScore()));
        boolean header = false;
        for (TestOutcome test : report.tests()) {
            if (test.passed()) {
                continue;
            }
            if (!header) {
                out.println();
                out.println("Why tests failed:");
                header = true;
            }
            out.println();
            out.println(test.number() + " " + test.name());
            out.println(indent(TestOutputText.of(test)));
        }
        out.printf("%nGraded in %.1f s.%n", report.executionSeconds());
    }

    private static String status(TestOutcome test) {
        if (test.passed()) {
            return "passed";
        }
        if (test.failure() != null && test.failure().startsWith("not run")) {
            return "not run";
        }
        return test.score() > 0 ? "partial" : "FAILED";
    }

    private static String indent(String text) {
        return "    " + text.replace("\n", "\n    ");
    }
}
