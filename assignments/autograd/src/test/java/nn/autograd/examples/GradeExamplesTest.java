package nn.autograd.examples;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import nngrader.assignment.Assignment;
import nngrader.assignment.AssignmentLoader;
import nngrader.example.ExampleGrader;
import nngrader.example.ExampleSubmission;
import nngrader.example.GradedExample;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Grades example submissions that are not the named mutants (those are in {@link VerifyAssignmentTest}): right
 * code written another way, which must keep every point, and bugs a student writes that no mutant was made for,
 * each through the real pipeline.
 */
class GradeExamplesTest {
    static final Path ASSIGNMENT = Path.of("").toAbsolutePath();
    static Assignment assignment;

    @BeforeAll
    static void load() throws Exception {
        assignment = new AssignmentLoader().load(ASSIGNMENT);
    }

    @Test
    void anotherStyleEarnsFullMarks() throws Exception {
        // an op code and a switch instead of lambdas, Kahn's order, log-softmax, streams, velocities in a map with
        // v ← μv + η∇θ, θ ← θ − v, Collections.shuffle: every result within rounding of the reference's
        GradedExample example = grade("correct-another-style");
        assertEquals(List.of(), example.lostNumbers(), example::failures);
        assertEquals(100, example.report().score(), example::failures);
    }

    @Test
    void aTopologicalSortWithoutVisitedMarksLosesTheDiamondsAndTheBigGraphs() throws Exception {
        // a node reached along two paths is listed twice, so its step runs twice: right on trees (1.1–1.8), wrong on
        // the diamond (1.9) and the random graphs; on the 10^5 chain the listing grows with every path and the test
        // runs out of time or memory
        GradedExample example = grade("bug-topological-order-without-visited-marks");
        assertEquals(List.of("1.9", "1.13", "1.14", "1.15", "1.16"), example.lostNumbers(), example::failures);
        assertTrue(example.test("1.9").failure().contains("reverse topological order"), example.failures());
    }

    @Test
    void momentumThatStepsWithTheOldVelocityLosesTheOptimizerAndTrainingTests() throws Exception {
        // θ ← θ + v before v ← μv − η∇θ: one step late, the first step does nothing
        GradedExample example = grade("bug-momentum-steps-with-the-old-velocity");
        assertTrue(example.lostNumbers().containsAll(List.of("3.2", "3.3", "3.8", "3.9")), example::failures);
        assertTrue(example.test("3.2").failure().contains("v ← μ v − η grad with v kept from the last step"),
                example.failures());
    }

    @Test
    void aReluThatWritesIntoItsInputLosesOnlyTheInputTest() throws Exception {
        // it computes right, in the caller's array: only the test of unchanged arguments sees it
        GradedExample example = grade("bug-relu-forward-in-place");
        assertEquals(List.of("2.13"), example.lostNumbers(), example::failures);
        assertTrue(example.test("2.13").failure().contains("X passed to forward(X) of a layer"), example.failures());
    }

    private static GradedExample grade(String example) throws Exception {
        GradedExample graded = new ExampleGrader(assignment).grade(
                ExampleSubmission.read(ASSIGNMENT.resolve("examples/" + example + ".json")));
        assertFalse(graded.report().failedToGrade(), graded.report().summary());
        return graded;
    }
}
