package nngrader.report;

import nngrader.run.TestOutcome;

/** The text shown under one test: why it failed, the test's notes, and what the student's code printed. */
final class TestOutputText {
    private TestOutputText() {
    }

    static String of(TestOutcome test) {
        StringBuilder text = new StringBuilder();
        if (test.failure() != null) {
            text.append(test.failure());
        } else if (!test.passed()) {
            text.append(String.format("partial credit: %s of %s points", Numbers.points(test.score()),
                    Numbers.points(test.maxScore())));
        }
        for (String note : test.notes()) {
            appendLine(text, note);
        }
        if (!test.studentOutput().isEmpty()) {
            appendLine(text, "Your code printed:\n" + test.studentOutput().stripTrailing());
        }
        return text.toString();
    }

    private static void appendLine(StringBuilder text, String line) {
        if (!text.isEmpty()) {
            text.append("\n\n");
        }
        text.append(line);
    }
}
