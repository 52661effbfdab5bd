package nn.mlp.examples;

import nngrader.assignment.Assignment;
import nngrader.assignment.AssignmentLoader;
import nngrader.example.ExampleGrader;
import nngrader.example.ExampleSubmission;
import nngrader.example.GradedExample;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.nio.file.Path;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Grades example submissions that are not classic bugs (those are mutants, see {@link VerifyAssignmentTest}):
 * right code in other styles than the reference, which must keep every point, and code that computes nothing,
 * which must earn nothing, neither from the gradient checks nor from the tests of inputs left unchanged. Each
 * goes through the real pipeline.
 */
class GradeExamplesTest {
    static final Path ASSIGNMENT = Path.of("").toAbsolutePath();
    static Assignment assignment;

    @BeforeAll
    static void load() throws Exception {
        assignment = new AssignmentLoader().load(ASSIGNMENT);
    }

    @Test
    void tanhThroughExpm1EarnsFullMarks() throws Exception {
        GradedExample example = grade("correct-tanh-through-expm1");
        assertEquals(List.of(), example.lostNumbers(), example::failures);
        assertEquals(100, example.report().score(), example::failures);
    }

    @Test
    void streamsAndCollectionsShuffleEarnFullMarks() throws Exception {
        // Collections.shuffle(list, random) draws the handout's Fisher–Yates swaps, so training matches the reference
        GradedExample example = grade("correct-with-streams-and-collections-shuffle");
        assertEquals(List.of(), example.lostNumbers(), example::failures);
        assertEquals(100, example.report().score(), example::failures);
    }

    @Test
    void aConstantZeroLossAndGradientScoresNothingOnTheGradientChecks() throws Exception {
        GradedExample example = grade("loss-and-gradients-constant-zero");
        for (String check : List.of("3.10", "4.4", "4.5")) {
            assertEquals(0, example.test(check).score(), check + ": " + example.test(check).failure());
            assertTrue(example.test(check).failure().contains("which this gradient check differentiates numerically"),
                    check + ": " + example.test(check).failure());
        }
        // It keeps the 48.5 points of what it did not touch: g, g', out, z1, z2, forward, the backward steps,
        // initialize, step, accuracy, the model, determinism and the input checks. Every test that calls loss, cost,
        // backward or gradients is lost, and so is every training test, since train steps with those gradients.
        assertEquals(48.5, example.report().score(), example::failures);
    }

    @Test
    void codeThatComputesNothingScoresNothing() throws Exception {
        // every method returns zeros of the right shape: it changes no input and is deterministic, but the tests of
        // those properties credit only code that computes its result, and the gradient checks only a right cost
        GradedExample example = grade("computes-nothing");
        assertEquals(0, example.report().score(), example::failures);
        assertTrue(example.test("1.10").failure().contains("this test gives its point only to code that computes its"
                + " result"), example.failures());
    }

    private static GradedExample grade(String example) throws Exception {
        GradedExample graded = new ExampleGrader(assignment).grade(
                ExampleSubmission.read(ASSIGNMENT.resolve("examples/" + example + ".json")));
        assertFalse(graded.report().failedToGrade(), graded.report().summary());
        return graded;
    }
}
