package nn.autograd.examples;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import nngrader.example.GradedExample;
import nngrader.report.GradescopeResults;
import nngrader.report.GradingReport;
import nngrader.run.TestOutcome;
import nngrader.verify.Verification;
import nngrader.verify.VerificationTable;
import nngrader.verify.Verifier;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code grader verify} on autograd, run once for the class: every submission goes through the real pipeline
 * (locate, compile, worker JVM, hidden suite, report). The reference earns full marks, the template nothing, and
 * each named mutant (mutants/*.json) loses points; the classic mistakes of the issue lose the tests made for them,
 * with the words of the feedback checked.
 */
class VerifyAssignmentTest {
    static final Path ASSIGNMENT = Path.of("").toAbsolutePath();
    static Verification verification;
    static String table;

    @TempDir
    Path dir;

    @BeforeAll
    static void verify() {
        verification = new Verifier().withJobs(2).verify(ASSIGNMENT, graded -> { });
        StringWriter out = new StringWriter();
        new VerificationTable().print(verification, new PrintWriter(out));
        table = out.toString();
    }

    @Test
    void verifyPassesWithEveryMutantCaught() throws Exception {
        assertTrue(verification.passed(), table);
        List<String> mutants;
        try (Stream<Path> files = Files.list(ASSIGNMENT.resolve("mutants"))) {
            mutants = files.map(f -> f.getFileName().toString()).filter(f -> f.endsWith(".json")
                    && !f.equals("equivalent.json")).map(f -> f.replaceFirst("\\.json$", "")).sorted().toList();
        }
        assertTrue(mutants.size() >= 30, mutants.toString());
        assertTrue(table.contains("verify passed: the reference earns full marks, the template nothing, and all "
                + mutants.size() + " mutants lose points."), table);
        for (String mutant : mutants) {
            assertTrue(table.lines().anyMatch(l -> l.startsWith(mutant + " ") && l.contains(" caught ")), mutant + ":\n"
                    + table);
        }
    }

    @Test
    void theReferenceEarnsFullMarksAndTheLeaderboardEntry() throws Exception {
        GradingReport report = graded("reference").report();
        assertFalse(report.failedToGrade(), report.summary());
        assertEquals(100, report.maxScore(), "the suite is worth a round 100 points");
        assertTrue(report.tests().size() >= 40, "at least 40 graded tests: " + report.tests().size());
        assertEquals(report.maxScore(), report.score(), () -> graded("reference").failures());

        Path results = dir.resolve("results.json");
        new GradescopeResults().write(report, results);
        JsonNode json = new ObjectMapper().readTree(results.toFile());
        assertEquals(100.0, json.get("score").asDouble());
        JsonNode board = json.get("leaderboard");
        assertEquals("Fashion-MNIST test accuracy", board.get(0).get("name").asText(), board.toString());
        assertTrue(board.get(0).get("value").asDouble() >= 0.72, "the reference earns full credit on Fashion-MNIST: "
                + board);
    }

    @Test
    void theTemplateEarnsNothingAndSaysNotImplementedYet() {
        GradingReport report = graded("template").report();
        assertFalse(report.failedToGrade(), report.summary());
        assertEquals(0, report.score(), () -> "the template earns nothing, but: " + graded("template").earned());
        for (TestOutcome t : report.tests()) {
            assertTrue(t.failure().contains("not implemented yet"), t.number() + ": " + t.failure());
        }
    }

    @Test
    void aRecursiveTopologicalSortLosesOnlyTheBigGraphs() {
        // right on every small graph; the 10^5-deep chain overflows the worker's stack, in backward and zeroGrad
        GradedExample bug = lost("recursive-topological-order", "1.15", "1.16", "1.17");
        assertTrue(bug.test("1.15").failure().contains("StackOverflowError"), bug.failures());
    }

    @Test
    void assigningInsteadOfAddingLosesTheReuseTests() {
        // x + x keeps one path's gradient; fan-out through add alone (1.8) is right by luck: its = runs first
        GradedExample bug = lost("add-assigns-instead-of-summing", "1.7", "1.13", "1.14", "1.15", "1.16");
        assertTrue(bug.test("1.7").failure().contains("grad += …, not grad = …"), bug.failures());
    }

    @Test
    void anOrderThatRunsANodeBeforeItsUsersLosesTheDiamond() {
        for (String mutant : List.of("breadth-first-order", "steps-in-forward-order")) {
            GradedExample bug = graded(mutant);
            assertTrue(bug.lostNumbers().contains("1.9"), mutant + ": " + bug.failures());
            assertTrue(bug.test("1.9").failure().contains("reverse topological order"), bug.failures());
        }
    }

    @Test
    void aForgottenZeroGradLosesTheZeroGradTests() {
        GradedExample bug = lost("zero-grad-only-this-node", "1.11", "1.16");
        assertTrue(bug.test("1.11").failure().contains("x.grad()"), bug.failures());
    }

    @Test
    void aCacheThatASecondForwardDoesNotReplaceLosesTheCacheTest() {
        GradedExample bug = graded("affine-cache-kept-from-first-forward");
        assertTrue(bug.lostNumbers().contains("2.6"), bug.failures());
        assertTrue(bug.test("2.6").failure().contains("dW = dYᵀ X2 (the X of the last forward)"), bug.failures());
        GradedExample shared = graded("relu-cache-static");
        assertTrue(shared.lostNumbers().contains("2.6"), shared.failures());
        assertTrue(shared.test("2.6").failure().contains("in an instance field, not a static one"), shared.failures());
    }

    @Test
    void momentumsSignAndLostVelocityLoseTheMomentumTest() {
        for (String mutant : List.of("momentum-sign", "momentum-velocity-not-kept", "momentum-mu-on-the-gradient")) {
            GradedExample bug = graded(mutant);
            assertTrue(bug.lostNumbers().contains("3.2"), mutant + ": " + bug.failures());
            assertTrue(bug.test("3.2").failure().contains("v ← μ v − η grad"), bug.failures());
        }
        // a static list of velocities: the second optimizer steps with the first's (or, after other tests in the same
        // worker, runs off the end of a list grown by every optimizer made so far)
        assertTrue(graded("momentum-velocity-static").lostNumbers().contains("3.3"),
                graded("momentum-velocity-static").failures());
    }

    private static GradedExample graded(String name) {
        return verification.submission(name).graded();
    }

    /** The mutant's grading, after asserting it lost exactly these tests. */
    private static GradedExample lost(String mutant, String... numbers) {
        GradedExample bug = graded(mutant);
        assertFalse(bug.report().failedToGrade(), bug.report().summary());
        assertEquals(100, bug.report().maxScore(), bug.report().summary());
        assertEquals(List.of(numbers), bug.lostNumbers(), bug::failures);
        return bug;
    }
}
