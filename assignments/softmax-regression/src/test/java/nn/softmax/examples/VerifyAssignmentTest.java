package nn.softmax.examples;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
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

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Path;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * {@code grader verify} on softmax-regression, run once for the class: every submission goes through
 * the real pipeline (locate, compile, worker JVM, hidden suite, report). The reference earns full
 * marks, the template nothing, and each mutant (mutants/*.json) loses exactly the tests that ought to
 * catch it, with feedback that points at the bug.
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
    void verifyPassesWithEveryMutantInTheTable() {
        assertTrue(verification.passed(), table);
        assertTrue(table.contains("verify passed: the reference earns full marks, the template nothing, and all 19"
                + " mutants lose points."), table);
        for (String mutant : List.of("gradient-wrong-sign", "no-max-subtraction", "softmax-overwrites-input",
                "loss-summed-not-averaged", "bias-regularized", "gradient-not-divided-by-n", "gradient-ascent",
                "onehot-one-based", "argmax-returns-score", "bce-log-of-sigmoid", "jacobian-diagonal-only",
                "dl-db-returns-dl-dz", "shuffle-once", "last-batch-dropped", "stale-gradient", "loss-from-probabilities",
                "dl-dz-through-jacobian", "onehot-label-check-off-by-one", "predict-ties-to-highest")) {
            assertTrue(table.lines().anyMatch(l -> l.startsWith(mutant + " ") && l.contains(" caught ")), mutant + ":\n" + table);
        }
    }

    @Test
    void theReferenceEarnsFullMarksInAGradescopeResultsFile() throws Exception {
        GradingReport report = graded("reference").report();
        assertFalse(report.failedToGrade(), report.summary());
        assertEquals(100, report.maxScore(), "the suite is worth a round 100 points");
        assertTrue(report.tests().size() >= 20, "at least 20 graded tests");
        assertEquals(report.maxScore(), report.score(), () -> graded("reference").failures());
        assertTrue(report.summary().contains("nn/softmax/Softmax.java: compiled"), report.summary());

        Path results = dir.resolve("results.json");
        new GradescopeResults().write(report, results);
        JsonNode json = new ObjectMapper().readTree(results.toFile());
        assertEquals(100.0, json.get("score").asDouble());
        for (JsonNode test : json.get("tests")) {
            if (test.path("name").asText().equals("Files found and compiled")) {
                // the status entry before the tests: a status, no points, no number
                assertEquals("passed", test.get("status").asText(), test.toString());
                assertFalse(test.has("score") || test.has("max_score"), test.toString());
                continue;
            }
            for (String key : List.of("score", "max_score", "status", "name", "number", "visibility")) {
                assertTrue(test.has(key), key + " is set on every test: " + test);
            }
        }
        assertTrue(report.tests().stream().anyMatch(t -> t.visibility().gradescope().equals("visible")));
        assertTrue(report.tests().stream().anyMatch(t -> t.visibility().gradescope().equals("after_published")));
    }

    @Test
    void theTemplateEarnsNothingAndSaysNotImplementedYet() {
        GradingReport report = graded("template").report();
        assertEquals(0, report.score(), () -> "the template earns nothing, but: " + graded("template").earned());
        for (TestOutcome t : report.tests()) {
            assertTrue(t.failure().contains("not implemented yet"), t.number() + ": " + t.failure());
        }
    }

    @Test
    void softmaxWithoutMaxSubtractionLosesOnlyTheStabilityTests() {
        GradedExample bug = lost("no-max-subtraction", "2.5", "2.8", "2.11", "3.11", "4.9", "4.10", "5.13");
        assertTrue(bug.lost().stream().allMatch(t -> t.tags().contains("stability")), bug.failures());
        assertTrue(bug.test("2.5").failure().contains("softmax([1000.0, 1000.0]): entry [0] is NaN"), bug.failures());
        assertTrue(bug.test("2.11").failure().contains("expected a finite number but was Infinity"), bug.failures());
    }

    @Test
    void aGradientWithTheWrongSignLosesTheGradientAndTrainingTestsOnly() {
        // forward computations, logistic regression and the tests of step and accuracy alone are unaffected; the
        // inputs-unchanged tests of the gradients (3.10, 4.8) also check the values they return
        GradedExample bug = lost("gradient-wrong-sign", "3.4", "3.5", "3.6", "3.10", "3.11", "4.5", "4.6", "4.8", "4.10",
                "5.5", "5.6", "5.7", "5.8", "5.11", "5.15");
        assertTrue(bug.test("3.4").failure().contains("Every entry has the opposite sign of the expected value"),
                bug.failures());
        assertTrue(bug.test("5.5").failure().contains("an accuracy near 0 means the loss went up"), bug.failures());
    }

    @Test
    void overwritingAnInputIsCaughtByTheNoMutationAndNewArrayTestsOnly() {
        // softmax returns z itself too, and dL_dz returns what softmax returned
        GradedExample bug = lost("softmax-overwrites-input", "2.13", "3.10", "6.2", "6.3");
        for (String number : List.of("2.13", "3.10")) {
            String failure = bug.test(number).failure();
            assertTrue(failure.contains("softmax(z)") && failure.contains("the call changed its input"), bug.failures());
        }
        assertTrue(bug.test("6.2").failure().contains("softmax(z) returned z itself"), bug.failures());
        assertTrue(bug.test("6.3").failure().contains("dL_dz(z, y) returned z itself"), bug.failures());
    }

    @Test
    void returningAnInputItselfIsCaughtByTheNewArrayTestOnly() {
        GradedExample bug = lost("dl-db-returns-dl-dz", "6.3");
        assertTrue(bug.test("6.3").failure().contains("dL_db(dL_dz) returned dL_dz itself; the handout asks for a new"
                + " array: copy before you change it (e.g. dL_dz.clone())."), bug.failures());
    }

    @Test
    void aSummedLossLosesTheLossTestsAndTheGradientCheckAgainstIt() {
        // lossGradient is still the mean's gradient, so it no longer matches the centered differences of this loss
        GradedExample bug = lost("loss-summed-not-averaged", "4.1", "4.2", "4.3", "4.5", "4.8", "4.9");
        assertTrue(bug.test("4.1").failure().contains("expected 0.334559 but was 0.669118"), bug.failures());
    }

    @Test
    void aRegularizedBiasLosesTheTestsThatSayTheBiasIsNotPenalized() {
        // loss and gradient agree with each other, but the gradient check (4.5) first checks the loss it
        // differentiates; training drifts (5.8, 5.11, 5.15)
        GradedExample bug = lost("bias-regularized", "4.2", "4.3", "4.5", "4.6", "4.7", "4.8", "5.8", "5.11", "5.15");
        assertTrue(bug.test("4.2").failure().contains("(b must not be penalized)"), bug.failures());
        assertTrue(bug.test("4.5").failure().contains("so that loss must be right first"), bug.failures());
    }

    @Test
    void aGradientNotDividedByNLosesTheBatchGradientTests() {
        // 4.7 compares gradients with and without λ, which the missing 1/n does not change; blobs still train
        GradedExample bug = lost("gradient-not-divided-by-n", "4.5", "4.6", "4.8", "4.10", "5.8", "5.11", "5.15");
        assertTrue(bug.test("4.5").failure().contains("the analytic gradient does not match the numerical one"),
                bug.failures());
    }

    @Test
    void gradientAscentLosesTheStepAndTrainingTests() {
        GradedExample bug = lost("gradient-ascent", "5.1", "5.2", "5.5", "5.6", "5.7", "5.8", "5.10", "5.11", "5.15");
        assertTrue(bug.test("5.1").failure().contains("entry [0][0] expected 0.95 but was 1.05"), bug.failures());
    }

    @Test
    void aOneBasedOneHotLosesTheOneHotTest() {
        GradedExample bug = lost("onehot-one-based", "2.12", "2.14");
        assertTrue(bug.test("2.12").failure().contains("oneHot(2, 4): entry [1] expected 0.0 but was 1.0"), bug.failures());
    }

    @Test
    void anArgmaxThatReturnsTheScoreLosesTheClassifierTest() {
        // the training tests measure accuracy from params(), so they do not depend on predict
        GradedExample bug = lost("argmax-returns-score", "5.9");
        assertTrue(bug.test("5.9").failure().contains("predict(X) of the classifier that train returned"), bug.failures());
    }

    @Test
    void aBinaryCrossEntropyFromLogSigmoidLosesTheStabilityTest() {
        GradedExample bug = lost("bce-log-of-sigmoid", "1.7");
        assertTrue(bug.test("1.7").failure().contains("binaryCrossEntropy(1000.0, 0): expected a finite number but was"
                + " Infinity"), bug.failures());
    }

    @Test
    void aDiagonalJacobianLosesTheJacobianTests() {
        // dL_dz is computed as a − onehot(y), without the Jacobian, so it is unaffected
        GradedExample bug = lost("jacobian-diagonal-only", "3.2", "3.3", "3.10");
        assertTrue(bug.test("3.2").failure().contains("entry [0][1] expected -0.1 but was 0.0"), bug.failures());
    }

    @Test
    void aTrainingLoopThatDiffersFromTheHandoutsLosesTheEpochByEpochComparison() {
        // accuracy on blobs does not notice any of these: only a comparison with the reference's training does
        // (5.11 on blobs, 5.15 on small sets where the batches meet the end of the data)
        GradedExample once = lost("shuffle-once", "5.11", "5.15");
        assertTrue(once.test("5.11").failure().contains("after 1 epoch they matched the reference's, so look at what"
                + " carries over between epochs"), once.failures());
        GradedExample dropped = lost("last-batch-dropped", "5.11", "5.15");
        assertTrue(dropped.test("5.11").failure().contains("epochs 1, η 0.1, batch size 16")
                && dropped.test("5.11").failure().contains("the last batch smaller"), dropped.failures());
        lost("stale-gradient", "5.8", "5.11", "5.15");
    }

    @Test
    void aQuantityComputedAgainUnstablyLosesTheStabilityTestWhereItIsComputed() {
        GradedExample loss = lost("loss-from-probabilities", "4.9");
        assertTrue(loss.test("4.9").failure().contains("expected a finite number but was Infinity"), loss.failures());
        GradedExample dL_dz = lost("dl-dz-through-jacobian", "3.11", "4.10");
        assertTrue(dL_dz.test("3.11").failure().contains("is NaN"), dL_dz.failures());
    }

    @Test
    void aLabelCheckOffByOneLosesTheInputCheckTest() {
        GradedExample bug = lost("onehot-label-check-off-by-one", "2.14");
        assertTrue(bug.test("2.14").failure().contains("oneHot(3, 3) threw java.lang.ArrayIndexOutOfBoundsException"
                + " (Index 3 out of bounds for length 3), but the handout asks for an IllegalArgumentException"),
                bug.failures());
    }

    @Test
    void tiesGivenToTheHighestClassLoseTheTieTest() {
        GradedExample bug = lost("predict-ties-to-highest", "5.12");
        assertTrue(bug.test("5.12").failure().contains("entry [0] expected 0 but was 3"), bug.failures());
    }

    private static GradedExample graded(String name) {
        return verification.submission(name).graded();
    }

    /** The mutant's grading, after asserting it lost exactly these tests. */
    private static GradedExample lost(String mutant, String... numbers) {
        GradedExample bug = graded(mutant);
        assertFalse(bug.report().failedToGrade(), bug.report().summary());
        assertEquals(List.of(numbers), bug.lostNumbers(), bug::failures);
        return bug;
    }
}
