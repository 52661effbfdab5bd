package nngrader.verify;

import nngrader.report.Numbers;
import nngrader.run.TestOutcome;

import java.io.PrintWriter;
import java.util.List;
import java.util.Locale;
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
        printSweeps(verification.sweeps(), out);
        List<String> problems = verification.problems();
        out.println();
        if (problems.isEmpty()) {
            // --mutants auto grades no named mutant: "all 0 mutants lose points" would say nothing true
            String named = verification.mutants().isEmpty() && automatic.ran() ? "."
                    : ", and all " + verification.mutants().size() + " mutants lose points.";
            out.println("verify passed: the reference earns full marks, the template nothing" + named
                    + (automatic.ran() ? " Every automatic mutant is killed or explained as equivalent." : ""));
            return;
        }
        out.println("verify FAILED:");
        problems.forEach(p -> out.println("  - " + (p.endsWith(".") ? p : p + ".")));
    }

    /**
     * One line per submission swept (seeds, seconds), one per test that ever failed (its number and name,
     * under how many seeds, the worst seed and its message), then a summary line.
     */
    private static void printSweeps(List<SweptSubmission> sweeps, PrintWriter out) {
        if (sweeps.isEmpty()) {
            return;
        }
        out.println();
        for (SweptSubmission s : sweeps) {
            out.printf(Locale.ROOT, "seed sweep of the %s: %s in %.1f s (%.2f s per seed), %s%n", s.name(),
                    s.seeds().describe(), s.seconds(), s.secondsPerSeed(), s.cannotGrade() != null ? "NOT GRADED: " + s.cannotGrade()
                            : s.unstable().isEmpty() ? "no test failed"
                            : s.unstable().size() + (s.unstable().size() == 1 ? " test" : " tests") + " failed");
            for (UnstableTest t : s.unstable()) {
                out.printf(Locale.ROOT, "  %s %s: failed under %d of %s; worst seed %d (%s of %s points): %s%n",
                        t.number(), t.name(), t.failedSeeds(), s.seeds().describe(), t.worstSeed(), Numbers.points(t.worstScore()),
                        Numbers.points(t.maxScore()), t.worstFailure().replace('\n', ' '));
            }
        }
        long failing = sweeps.stream().filter(s -> !s.ok()).count();
        SeedRange seeds = sweeps.get(0).seeds();
        out.println(failing == 0
                ? "seed sweep passed: " + describe(sweeps) + " full marks under all " + seeds.describe() + "."
                : "seed sweep FAILED: " + failing + " of " + sweeps.size() + " submissions that must earn full marks lose"
                        + " points under some of " + seeds.describe() + ".");
    }

    private static String describe(List<SweptSubmission> sweeps) {
        boolean reference = sweeps.get(0).name().equals("reference");
        int examples = sweeps.size() - (reference ? 1 : 0);
        String others = examples + " correct example" + (examples == 1 ? "" : "s");
        return !reference ? others + (examples == 1 ? " earns" : " earn")
                : examples == 0 ? "the reference earns" : "the reference and " + others + " earn";
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
