package nngrader.verify;

import nngrader.report.Numbers;
import nngrader.run.TestOutcome;

import java.io.PrintWriter;
import java.util.List;
import java.util.stream.Collectors;

/**
 * A verification as a table for a person at a terminal: one row per submission (name, description,
 * points lost, result, the numbers of the tests that caught it), then the problems, then the verdict.
 */
public final class VerificationTable {
    private static final int NAME_WIDTH = 34;
    private static final int DESCRIPTION_WIDTH = 56;
    private static final String ROW = "%-" + NAME_WIDTH + "s %-" + DESCRIPTION_WIDTH + "s %6s  %-12s %s%n";

    public void print(Verification verification, PrintWriter out) {
        out.println("grader verify: " + verification.assignment());
        if (!verification.submissions().isEmpty()) {
            out.println();
            out.printf(ROW, "submission", "description", "lost", "result", "caught by (test numbers)");
            for (VerifiedSubmission s : verification.submissions()) {
                out.printf(ROW, clip(s.name(), NAME_WIDTH), clip(s.description(), DESCRIPTION_WIDTH),
                        s.cannotGrade() == null ? Numbers.points(s.pointsLost()) : "-", s.result(), caughtBy(s));
            }
        }
        List<String> problems = verification.problems();
        out.println();
        if (problems.isEmpty()) {
            out.println("verify passed: the reference earns full marks, the template nothing, and all "
                    + verification.mutants().size() + " mutants lose points.");
            return;
        }
        out.println("verify FAILED:");
        problems.forEach(p -> out.println("  - " + (p.endsWith(".") ? p : p + ".")));
    }

    private static String caughtBy(VerifiedSubmission s) {
        List<TestOutcome> lost = s.caughtBy();
        if (lost.isEmpty()) {
            return "-";
        }
        if (lost.size() == s.graded().report().tests().size() && lost.size() > 1) {
            return "all " + lost.size() + " tests";
        }
        return lost.stream().map(TestOutcome::number).collect(Collectors.joining(" "));
    }

    private static String clip(String text, int width) {
        String line = text.replace('\n', ' ');
        return line.length() <= width ? line : line.substring(0, width - 1) + "…";
    }
}
