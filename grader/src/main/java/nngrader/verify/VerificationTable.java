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
    /** Descriptions are clipped to this; the mutant's file has the whole line. */
    private static final int DESCRIPTION_WIDTH = 60;

    public void print(Verification verification, PrintWriter out) {
        out.println("grader verify: " + verification.assignment());
        if (!verification.submissions().isEmpty()) {
            int names = verification.submissions().stream().mapToInt(s -> s.name().length()).max().orElse(0);
            int descriptions = verification.submissions().stream().mapToInt(s -> s.description().length()).max().orElse(0);
            // a partial credit loses 16.3333 points: the column is as wide as its widest number
            int lost = Math.max(5, verification.submissions().stream().mapToInt(s -> lost(s).length()).max().orElse(0));
            String row = "%-" + Math.max(names, "submission".length()) + "s  %-"
                    + Math.min(descriptions, DESCRIPTION_WIDTH) + "s %" + lost + "s  %-12s %s%n";
            out.println();
            out.printf(row, "submission", "description", "lost", "result", "caught by (test numbers)");
            for (VerifiedSubmission s : verification.submissions()) {
                out.printf(row, s.name(), clip(s.description(), DESCRIPTION_WIDTH), lost(s), s.result(), caughtBy(s));
            }
        }
        MutationReport automatic = verification.automatic();
        if (automatic.ran()) {
            new MutationTable().print(automatic, out);
        }
        List<String> problems = verification.problems();
        out.println();
        if (problems.isEmpty()) {
            out.println("verify passed: the reference earns full marks, the template nothing, and all "
                    + verification.mutants().size() + " mutants lose points."
                    + (automatic.ran() ? " Every automatic mutant is killed or explained as equivalent." : ""));
            return;
        }
        out.println("verify FAILED:");
        problems.forEach(p -> out.println("  - " + (p.endsWith(".") ? p : p + ".")));
    }

    private static String lost(VerifiedSubmission s) {
        return s.cannotGrade() == null ? Numbers.points(s.pointsLost()) : "-";
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
