package nn.mlp.examples;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import nngrader.assignment.Assignment;
import nngrader.assignment.AssignmentLoader;
import nngrader.example.ExampleSubmission;
import nngrader.grade.Grader;
import nngrader.report.GradescopeResults;
import nngrader.report.GradingReport;
import nngrader.run.TestOutcome;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Grades whole example submissions of mlp-backprop through the real pipeline (locate, compile,
 * worker JVM, hidden suite, report): the reference earns full marks, the template nothing, and
 * each classic bug loses exactly the tests that should catch it — named here by their numbers
 * and checked for the words of the feedback.
 */
class GradeExamplesTest {
    static final Path ASSIGNMENT = Path.of("").toAbsolutePath();
    static final Path REPO = ASSIGNMENT.resolve("../..").normalize();
    static Assignment assignment;

    @TempDir
    Path dir;

    @BeforeAll
    static void load() throws Exception {
        assignment = new AssignmentLoader().load(ASSIGNMENT);
    }

    @Test
    void theReferenceEarnsFullMarks() throws Exception {
        GradingReport report = new Grader().grade(ASSIGNMENT, REPO.resolve("reference"));
        assertFalse(report.failedToGrade(), report.summary());
        assertEquals(100, report.maxScore(), "the suite is worth a round 100 points");
        assertTrue(report.tests().size() >= 30, "at least 30 graded tests: " + report.tests().size());
        assertEquals(report.maxScore(), report.score(), () -> failures(report));
        for (String file : List.of("ActivationFunctions", "Backprop", "Sgd")) {
            assertTrue(report.summary().contains("nn/mlp/" + file + ".java: compiled (src/main/java/nn/mlp/" + file
                    + ".java)"), report.summary());
        }

        Path results = dir.resolve("results.json");
        new GradescopeResults().write(report, results);
        JsonNode json = new ObjectMapper().readTree(results.toFile());
        assertEquals(100.0, json.get("score").asDouble());
        for (JsonNode test : json.get("tests")) {
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
        TestOutcome fashion = test(report, "5.12");
        assertTrue(fashion.notes().stream().anyMatch(n -> n.startsWith("test accuracy 0.")), fashion.notes().toString());
    }

    @Test
    void theTemplateEarnsNothingAndSaysNotImplementedYet() {
        GradingReport report = new Grader().grade(ASSIGNMENT, REPO.resolve("student-template"));
        assertFalse(report.failedToGrade(), report.summary());
        assertEquals(0, report.score(), () -> "the template earns nothing, but: " + lostNumbers(report));
        for (TestOutcome t : report.tests()) {
            assertTrue(t.failure().contains("not implemented yet"), t.number() + ": " + t.failure());
        }
    }

    @Test
    void softmaxWithoutMaxSubtractionLosesOnlyTheStabilityTest() throws Exception {
        GradingReport report = grade("no-max-subtraction");
        assertEquals(Set.of("1.8"), lostNumbers(report), () -> failures(report));
        assertTrue(test(report, "1.8").failure().contains("NaN"), test(report, "1.8").failure());
    }

    @Test
    void sigmoidAppliedTwiceLosesTheDerivativeAndGradientTests() throws Exception {
        GradingReport report = grade("sigmoid-applied-twice");
        // g' itself (1.3–1.6), the step dL_dz1 (3.4, 3.8), backward (3.9, 3.10), gradients on networks with
        // sigmoid units (4.4, 4.6, 4.7) and gradient descent with sigmoid units (5.7); the tanh network of 4.5
        // and the ReLU trainings are unaffected.
        assertEquals(Set.of("1.3", "1.4", "1.5", "1.6", "3.4", "3.8", "3.9", "3.10", "4.4", "4.6", "4.7", "5.7"),
                lostNumbers(report), () -> failures(report));
        assertTrue(test(report, "3.4").failure().contains("Likely cause: g' was evaluated at a1 = g(z1) instead of at z1"),
                test(report, "3.4").failure());
        assertTrue(test(report, "4.4").failure().contains("g is applied twice"), test(report, "4.4").failure());
        assertTrue(test(report, "1.4").failure().contains("gPrime(SIGMOID, [0.0, 0.0])"), test(report, "1.4").failure());
    }

    @Test
    void reluDerivativeTimesA1LosesTheDerivativeAndGradientTests() throws Exception {
        GradingReport report = grade("relu-derivative-times-a1");
        // Fashion-MNIST still trains to full credit with this wrong gradient, so 5.12 is not lost.
        assertEquals(Set.of("1.3", "1.4", "1.5", "1.6", "3.4", "3.8", "3.9", "3.10", "4.4", "4.6", "4.7", "5.7"),
                lostNumbers(report), () -> failures(report));
        assertTrue(test(report, "3.4").failure().contains("Likely cause: dL/dz1 equals dL/da1 ⊙ a1: ReLU'(z1) is the"
                + " unit step"), test(report, "3.4").failure());
        assertTrue(test(report, "1.4").failure().contains("gPrime(RELU, [-1e-300, 1e-300])"),
                test(report, "1.4").failure());
    }

    @Test
    void regularizedBiasLosesTheGradientTestsWithLambda() throws Exception {
        GradingReport report = grade("bias-regularized");
        // every gradient test with λ > 0; 4.7 has λ = 0, and the cost (4.2) is right
        assertEquals(Set.of("4.4", "4.5", "4.6", "4.8", "5.7"), lostNumbers(report), () -> failures(report));
        for (String number : List.of("4.4", "4.5", "4.6")) {
            assertTrue(test(report, number).failure().contains("Likely cause: db is off by (λ/n) b"),
                    number + ": " + test(report, number).failure());
        }
        assertTrue(test(report, "4.8").failure().contains("the biases are not penalized"), test(report, "4.8").failure());
    }

    @Test
    void aGradientNotDividedByTheBatchSizeLosesTheBatchGradientTests() throws Exception {
        GradingReport report = grade("gradient-not-divided-by-n");
        // 4.8 passes: the penalty's (λ/n) W is still right; minibatches of 16 take 16 times too large a step (5.9)
        assertEquals(Set.of("4.4", "4.5", "4.6", "4.7", "5.7", "5.9"), lostNumbers(report), () -> failures(report));
        for (String number : List.of("4.4", "4.5", "4.6", "4.7")) {
            assertTrue(test(report, number).failure().contains("Likely cause: the gradient is n times too large"),
                    number + ": " + test(report, number).failure());
        }
    }

    @Test
    void shufflingXWithoutYLosesTheTrainingTests() throws Exception {
        GradingReport report = grade("shuffles-x-without-y");
        assertEquals(Set.of("5.7", "5.9", "5.10", "5.12"), lostNumbers(report), () -> failures(report));
        TestOutcome fashion = test(report, "5.12");
        assertEquals(0, fashion.score(), fashion.failure());
        assertTrue(fashion.failure().contains("take each x with its own y"), fashion.failure());
    }

    @Test
    void w2InsteadOfItsTransposeIsCaughtOnASquareW2() throws Exception {
        GradingReport report = grade("w2-not-transposed");
        // the step (3.3 on h = k = 3, 3.7) and backward, which calls it (3.9, 3.10); gradients and training have
        // their own batched code in the reference, so they are unaffected
        assertEquals(Set.of("3.3", "3.7", "3.9", "3.10"), lostNumbers(report), () -> failures(report));
        String square = test(report, "3.3").failure();
        assertTrue(square.contains("entry [0] expected 3.0 but was -1.0"), square);
        assertTrue(square.contains("W2 dL/dz2 would be [-1.0, 5.0, -4.5]"), square);
    }

    // ---- helpers -----------------------------------------------------------------------------

    private GradingReport grade(String example) throws Exception {
        ExampleSubmission submission = ExampleSubmission.read(ASSIGNMENT.resolve("examples/" + example + ".json"));
        Path folder = dir.resolve(example);
        submission.writeTo(assignment.reference(), assignment.submit(), folder);
        GradingReport report = new Grader().grade(ASSIGNMENT, folder);
        assertFalse(report.failedToGrade(), report.summary());
        assertEquals(100, report.maxScore(), report.summary());
        return report;
    }

    private static TestOutcome test(GradingReport report, String number) {
        return report.tests().stream().filter(t -> t.number().equals(number)).findFirst()
                .orElseThrow(() -> new AssertionError("no test " + number));
    }

    private static Set<String> lostNumbers(GradingReport report) {
        return report.tests().stream().filter(t -> t.score() < t.maxScore()).map(TestOutcome::number)
                .collect(Collectors.toCollection(TreeSet::new));
    }

    private static String failures(GradingReport report) {
        StringBuilder s = new StringBuilder();
        report.tests().stream().filter(t -> t.score() < t.maxScore()).forEach(t -> s.append('\n').append(t.number())
                .append(' ').append(t.name()).append(": ").append(t.failure()));
        return s.toString();
    }
}
