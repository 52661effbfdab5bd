package nn.mlp.examples;

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
 * {@code grader verify} on mlp-backprop, run once for the class: every submission goes through the
 * real pipeline (locate, compile, worker JVM, hidden suite, report). The reference earns full marks,
 * the template nothing, and each mutant (mutants/*.json) loses exactly the tests that should catch
 * it — named here by their numbers and checked for the words of the feedback.
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
        assertTrue(table.contains("verify passed: the reference earns full marks, the template nothing, and all 20"
                + " mutants lose points."), table);
        for (String mutant : List.of("no-max-subtraction", "sigmoid-applied-twice", "relu-derivative-times-a1",
                "bias-regularized", "gradient-not-divided-by-n", "shuffles-x-without-y", "w2-not-transposed",
                "tanh-derivative-not-squared", "penalty-lambda-over-n", "zero-initialization", "predict-argmin",
                "backward-db1-from-dl-da1", "two-generators", "shuffle-once", "last-batch-dropped", "he-w2-drawn-first",
                "tanh-via-exp", "cost-from-probabilities", "accuracy-no-length-check", "identity-output-returns-z2")) {
            assertTrue(table.lines().anyMatch(l -> l.startsWith(mutant + " ") && l.contains(" caught ")), mutant + ":\n" + table);
        }
    }

    @Test
    void theReferenceEarnsFullMarks() throws Exception {
        GradingReport report = graded("reference").report();
        assertFalse(report.failedToGrade(), report.summary());
        assertEquals(100, report.maxScore(), "the suite is worth a round 100 points");
        assertTrue(report.tests().size() >= 30, "at least 30 graded tests: " + report.tests().size());
        assertEquals(report.maxScore(), report.score(), () -> graded("reference").failures());
        for (String file : List.of("ActivationFunctions", "Backprop", "Sgd")) {
            assertTrue(report.summary().contains("nn/mlp/" + file + ".java: compiled"), report.summary());
        }

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
        JsonNode board = json.get("leaderboard");
        assertEquals("Fashion-MNIST test accuracy", board.get(0).get("name").asText(), board.toString());
        assertTrue(board.get(0).get("value").asDouble() >= 0.72, "the reference earns full credit on Fashion-MNIST: "
                + board);
        TestOutcome fashion = graded("reference").test("5.12");
        assertTrue(fashion.notes().stream().anyMatch(n -> n.startsWith("test accuracy 0.")), fashion.notes().toString());
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
    void softmaxWithoutMaxSubtractionLosesOnlyTheStabilityTests() {
        // out itself at ±1000 (1.8), and cost and gradients, which call it, at scores in the thousands (4.10)
        GradedExample bug = lost("no-max-subtraction", "1.8", "4.10");
        assertTrue(bug.test("1.8").failure().contains("NaN"), bug.failures());
        assertTrue(bug.test("4.10").failure().contains("NaN"), bug.failures());
    }

    @Test
    void sigmoidAppliedTwiceLosesTheDerivativeAndGradientTests() {
        // g' itself (1.3–1.6), the step dL_dz1 (3.4, 3.8), backward (3.9, 3.10), gradients on networks with
        // sigmoid units (4.4, 4.6, 4.7, 4.11, and 4.10 at large scores; 1.11 for g' alone) and training with sigmoid
        // units (5.7, and 5.15 and 5.17 against the reference's training); the tanh network of 4.5, the ReLU XOR
        // network of 4.12 and the ReLU trainings are unaffected
        GradedExample bug = lost("sigmoid-applied-twice", "1.3", "1.4", "1.5", "1.6", "1.11", "3.4", "3.8", "3.9", "3.10",
                "4.4", "4.6", "4.7", "4.10", "4.11", "5.7", "5.15", "5.17");
        assertTrue(bug.test("3.4").failure().contains("Likely cause: g' was evaluated at a1 = g(z1) instead of at z1"),
                bug.failures());
        assertTrue(bug.test("4.4").failure().contains("g is applied twice"), bug.failures());
        assertTrue(bug.test("1.4").failure().contains("gPrime(SIGMOID, [0.0, 0.0])"), bug.failures());
    }

    @Test
    void reluDerivativeTimesA1LosesTheDerivativeAndGradientTests() {
        // Fashion-MNIST still trains to full credit with this wrong gradient, so 5.12 is not lost. 4.7 draws its ReLU
        // example again until some unit is on, where a1 = z1 is not the unit step. The XOR network of 4.12 has its
        // units at 0 or 1 wherever dL/dz2 is not 0, where a1 and the unit step agree.
        GradedExample bug = lost("relu-derivative-times-a1", "1.3", "1.4", "1.5", "1.6", "1.11", "3.4", "3.8", "3.9",
                "3.10", "4.4", "4.6", "4.7", "4.10", "4.11", "5.7", "5.15", "5.17");
        assertTrue(bug.test("3.4").failure().contains("Likely cause: dL/dz1 equals dL/da1 ⊙ a1: ReLU'(z1) is the"
                + " unit step"), bug.failures());
        assertTrue(bug.test("1.4").failure().contains("gPrime(RELU, [-1e-300, 1e-300])"), bug.failures());
    }

    @Test
    void tanhDerivativeNotSquaredLosesTheDerivativeAndGradientTests() {
        // tanh'(0) = 1 − tanh(0) is still 1, so the test at z = 0 (1.4) passes; every test with tanh units elsewhere fails
        GradedExample bug = lost("tanh-derivative-not-squared",
                "1.3", "1.5", "1.6", "1.11", "3.4", "3.8", "3.9", "3.10", "4.4", "4.5", "4.6", "4.7", "4.10", "4.11", "5.7",
                "5.15", "5.17");
        assertTrue(bug.test("1.3").failure().contains("gPrime(TANH, [-3.0, -1.0, -0.25, 0.25, 1.5, 4.0])"),
                bug.failures());
        assertTrue(bug.test("1.5").failure().contains("the analytic gradient does not match the numerical one"),
                bug.failures());
    }

    @Test
    void regularizedBiasLosesTheGradientTestsWithLambda() {
        // every gradient test with λ > 0 (4.12 at λ = 1, b1 = [0, −1]), and training with λ > 0; 4.7 has λ = 0, and the
        // cost (4.2) is right
        GradedExample bug = lost("bias-regularized", "4.4", "4.5", "4.6", "4.8", "4.10", "4.11", "4.12", "5.7", "5.15",
                "5.17");
        for (String number : List.of("4.4", "4.5", "4.6")) {
            assertTrue(bug.test(number).failure().contains("Likely cause: db is off by (λ/n) b"), bug.failures());
        }
        assertTrue(bug.test("4.8").failure().contains("the biases are not penalized"), bug.failures());
    }

    @Test
    void aPenaltyOfLambdaOverNLosesTheCostTestsAndTheGradientChecksAgainstIt() {
        // the gradient checks (4.4, 4.5) now refuse to differentiate a wrong cost, and 4.10 compares the cost itself
        GradedExample bug = lost("penalty-lambda-over-n", "4.2", "4.3", "4.4", "4.5", "4.10");
        assertTrue(bug.test("4.2").failure().contains("(λ/2n)(Σ W1² + Σ W2²) = 1.6875"), bug.failures());
    }

    @Test
    void aGradientNotDividedByTheBatchSizeLosesTheBatchGradientTests() {
        // 4.8 passes: the penalty's (λ/n) W is still right. Minibatches of 16 take 16 times too large a step
        // (5.9), which diverges on some blobs and not on others: the blobs are seeded by the submission, so
        // whether 5.9 is lost changes with any change to the reference
        GradedExample bug = graded("gradient-not-divided-by-n");
        assertFalse(bug.report().failedToGrade(), bug.report().summary());
        assertEquals(List.of("4.4", "4.5", "4.6", "4.7", "4.10", "4.11", "4.12", "5.7", "5.15", "5.17"),
                bug.lostNumbers().stream().filter(number -> !number.equals("5.9")).toList(), bug::failures);
        for (String number : List.of("4.4", "4.5", "4.6", "4.7")) {
            assertTrue(bug.test(number).failure().contains("Likely cause: the gradient is n times too large"),
                    number + ": " + bug.failures());
        }
    }

    @Test
    void backwardWithDb1FromDlDa1LosesTheBackwardTests() {
        // the step functions are right and gradients has its own batched code, so only backward (3.9, 3.10) fails
        GradedExample bug = lost("backward-db1-from-dl-da1", "3.9", "3.10");
        assertTrue(bug.test("3.9").failure().contains(".b1(): entry [0] expected"), bug.failures());
    }

    @Test
    void shufflingXWithoutYLosesTheTrainingTests() {
        GradedExample bug = lost("shuffles-x-without-y", "5.7", "5.9", "5.10", "5.12", "5.15", "5.17");
        TestOutcome fashion = bug.test("5.12");
        assertEquals(0, fashion.score(), fashion.failure());
        assertTrue(fashion.failure().contains("take each x with its own y"), fashion.failure());
    }

    @Test
    void zeroInitializationLosesTheInitializationAndTrainingTests() {
        GradedExample bug = lost("zero-initialization", "5.1", "5.2", "5.3", "5.9", "5.10", "5.12", "5.14", "5.15",
                "5.17");
        assertTrue(bug.test("5.1").failure().contains("the weights must be drawn at random, all different"),
                bug.failures());
        assertEquals(0, bug.test("5.12").score(), bug.test("5.12").failure());
    }

    @Test
    void anArgminInsteadOfArgmaxLosesTheModelTest() {
        // the training tests measure accuracy from the network's parameters, not through classes; 5.18 compares
        // classes with the model's own outputs
        GradedExample bug = lost("predict-argmin", "5.11", "5.18");
        assertTrue(bug.test("5.11").failure().contains("classes(X) of the trained model (argmax of a2"), bug.failures());
        assertTrue(bug.test("5.18").failure().contains("(argmax of a2, the lowest c on a tie)"), bug.failures());
    }

    @Test
    void w2InsteadOfItsTransposeIsCaughtOnASquareW2() {
        // the step (3.3 on h = k = 3, 3.7) and backward, which calls it (3.9, 3.10), and the new-array test of the
        // steps (6.3), whose W2 is not square; gradients and training have their own batched code in the reference
        GradedExample bug = lost("w2-not-transposed", "3.3", "3.7", "3.9", "3.10", "6.3");
        String square = bug.test("3.3").failure();
        assertTrue(square.contains("entry [0] expected 3.0 but was -1.0"), square);
        assertTrue(square.contains("W2 dL/dz2 would be [-1.0, 5.0, -4.5]"), square);
    }

    @Test
    void aTrainingLoopThatDrawsShufflesOrBatchesOtherwiseLosesOnlyTheComparisonWithTheReference() {
        // each trains as well as the reference (blobs, XOR, Fashion-MNIST): only the comparisons of the parameters
        // after 3 epochs from the same seed (5.15, and 5.17 at the batch edges) see that it is not the handout's recipe
        for (String mutant : List.of("two-generators", "shuffle-once", "last-batch-dropped")) {
            GradedExample bug = lost(mutant, "5.15", "5.17");
            assertTrue(bug.test("5.15").failure().contains("compared with the reference's training with the same seed"),
                    mutant + ": " + bug.failures());
        }
    }

    @Test
    void drawingW2BeforeW1LosesTheComparisonsWithTheReference() {
        // the scale (5.3) and every property of a random initialization hold; only the numbers differ
        GradedExample bug = lost("he-w2-drawn-first", "5.14", "5.15", "5.17");
        assertTrue(bug.test("5.14").failure().contains("W1_jm = √(2/d) · nextGaussian() row by row, then W2_cj"),
                bug.failures());
    }

    @Test
    void anIdentityOutputThatReturnsZ2ItselfIsCaughtByTheNewArrayTestsOnly() {
        GradedExample bug = lost("identity-output-returns-z2", "6.1", "6.2");
        assertTrue(bug.test("6.1").failure().contains("out(IDENTITY_SQUARED_ERROR, z2) returned z2 itself; the handout"
                + " asks for a new array"), bug.failures());
        assertTrue(bug.test("6.2").failure().contains("returned z2 itself as a2"), bug.failures());
    }

    @Test
    void tanhThroughExpLosesTheStabilityTestsAtLargeScores() {
        // 4.10 (a network whose scores are in the hundreds) catches it only where a hidden unit's z1 passes 709; 4.11
        // always, where gradients computes g and g' of a unit whose z1 is about −1000
        GradedExample bug = lost("tanh-via-exp", "1.11", "4.11");
        assertTrue(bug.test("1.11").failure().contains("use Math.tanh"), bug.failures());
    }

    @Test
    void aCostFromProbabilitiesLosesTheStabilityTestOfTheCost() {
        // loss itself is right (2.7 passes): cost recomputes the loss from a2, which underflows at large scores
        GradedExample bug = lost("cost-from-probabilities", "4.10");
        assertTrue(bug.test("4.10").failure().contains("compute the loss from z2"), bug.failures());
    }

    @Test
    void accuracyWithoutTheLengthCheckLosesTheInputCheckTest() {
        // looping over the 3 predictions runs off the end of the 2 labels: not the exception the handout asks for
        GradedExample bug = lost("accuracy-no-length-check", "5.16");
        assertTrue(bug.test("5.16").failure().contains("accuracy(predicted = [0, 1, 2], y = [0, 1]) (3 predictions for 2"
                + " labels) threw java.lang.ArrayIndexOutOfBoundsException, but the handout asks for an"
                + " IllegalArgumentException"), bug.failures());
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
