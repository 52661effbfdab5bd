package nngrader.report;

import nngrader.run.TestOutcome;

/** The text shown under one test: why it failed, the test's notes, and what the student's code printed. */
final class TestOutputText {
    private TestOutputText() {
    }

    static String of(TestOutcome test) {
        StringBuilder text = new StringBuilder(verdict(test));
        if (!test.studentOutput().isEmpty()) {
            appendParagraph(text, printed(test));
        }
        return text.toString();
    }

    /** Why the test failed (or its partial credit) and its notes, without what the student printed. */
    static String verdict(TestOutcome test) {
        StringBuilder text = new StringBuilder();
        if (test.failure() != null) {
            text.append(test.failure());
        } else if (!test.passed()) {
            text.append(String.format("partial credit: %s of %s points", Numbers.points(test.score()),
                    Numbers.points(test.maxScore())));
        }
        for (String note : test.notes()) {
            appendParagraph(text, note);
        }
        return text.toString();
    }

    /** What the student's code printed during the test, introduced as such; empty when it printed nothing. */
    static String printed(TestOutcome test) {
        return test.studentOutput().isEmpty() ? "" : "Your code printed:\n" + test.studentOutput().stripTrailing();
    }

    private static void appendParagraph(StringBuilder text, String paragraph) {
        if (!text.isEmpty()) {
            text.append("\n\n");
        }
        text.append(paragraph);
    }
}
