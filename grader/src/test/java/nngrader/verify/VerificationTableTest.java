package nngrader.verify;

import nngrader.api.Visibility;
import nngrader.example.GradedExample;
import nngrader.report.GradingReport;
import nngrader.run.TestOutcome;
import org.junit.jupiter.api.Test;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.util.List;
import java.util.Set;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The verify table's columns line up whatever the points lost look like. */
class VerificationTableTest {

    @Test
    void aFractionalLossKeepsTheColumnsAligned() {
        Verification v = new Verification("hw", List.of(), List.of(
                submission(Role.REFERENCE, "reference", 20),
                submission(Role.MUTANT, "partial-credit", 20 - 16.333333333),
                submission(Role.MUTANT, "all-wrong", 0)));
        StringWriter out = new StringWriter();

        new VerificationTable().print(v, new PrintWriter(out));

        List<String> rows = out.toString().lines().filter(l -> l.startsWith("submission ") || l.startsWith("reference ")
                || l.startsWith("partial-credit ") || l.startsWith("all-wrong ")).toList();
        assertEquals(4, rows.size(), out.toString());
        assertTrue(rows.get(2).contains(" 16.3333  caught"), out.toString());
        int lostEnd = rows.get(0).indexOf("lost") + "lost".length();
        int result = rows.get(0).indexOf("result");
        int caughtBy = rows.get(0).indexOf("caught by");
        for (String row : rows.subList(1, rows.size())) {
            assertTrue(row.charAt(lostEnd - 1) != ' ' && row.charAt(lostEnd) == ' ', "points end under \"lost\":\n" + out);
            assertTrue(row.startsWith("ok", result) || row.startsWith("caught", result), "under \"result\":\n" + out);
            assertTrue(row.charAt(caughtBy - 1) == ' ' && row.charAt(caughtBy) != ' ', "under \"caught by\":\n" + out);
        }
    }

    @Test
    void aTestThatFailsUnderSomeSeedsFailsVerifyWithItsWorstSeedAndMessage() {
        SweptSubmission reference = new SweptSubmission("reference", SeedRange.firstN(1000), List.of(new UnstableTest("5.9",
                "train: reaches 90% accuracy on held-out blobs", 5, 412, 0, 3,
                "held-out accuracy ≥ 0.9 expected, but it is 0.8")), null, 250);
        SweptSubmission example = new SweptSubmission("prints-while-computing", SeedRange.firstN(1000), List.of(), null, 240);
        Verification v = new Verification("hw", List.of(), List.of(submission(Role.REFERENCE, "reference", 20)),
                List.of(reference, example));
        StringWriter out = new StringWriter();

        new VerificationTable().print(v, new PrintWriter(out));

        String table = out.toString();
        assertTrue(table.contains("seed sweep of the reference: 1000 seeds in 250.0 s (0.25 s per seed), 1 test"
                + " failed\n  5.9 train: reaches 90% accuracy on held-out blobs: failed under 5 of 1000 seeds; worst"
                + " seed 412 (0 of 3 points): held-out accuracy ≥ 0.9 expected, but it is 0.8\n"), table);
        assertTrue(table.contains("seed sweep of the prints-while-computing: 1000 seeds in 240.0 s (0.24 s per seed),"
                + " no test failed"), table);
        assertTrue(table.contains("seed sweep FAILED: 1 of 2 submissions that must earn full marks lose points under"
                + " some of 1000 seeds."), table);
        assertTrue(table.contains("  - the reference loses points under some of 1000 seeds, on test 5.9: a right"
                + " submission must pass under every seed"), table);
        assertTrue(!v.passed());
    }

    private static VerifiedSubmission submission(Role role, String name, double score) {
        TestOutcome test = new TestOutcome("1.1", "a test", score, 20, score == 20, score == 20 ? null : "wrong",
                List.of(), "", Visibility.Level.VISIBLE, List.of(), Set.of(), List.of());
        GradingReport report = new GradingReport("hw", "", List.of(test), 1, false);
        return new VerifiedSubmission(role, new GradedExample(name, "the " + name, report), null);
    }
}
