package nn.softmax.examples;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import nngrader.assignment.AssignmentLoader;
import nngrader.example.ExampleGrader;
import nngrader.example.ExampleSubmission;
import nngrader.example.GradedExample;
import nngrader.run.TestOutcome;
import org.junit.jupiter.api.Test;

/**
 * A submission with the right formulas that adds up in a float (examples/float-accumulation.json)
 * fails the tests that ask for double's precision; each failure says that it looks like a loss of
 * precision, and none suggests a flipped sign, a factor or a missing term instead.
 */
class PrecisionFeedbackTest {
    static final Path ASSIGNMENT = Path.of("").toAbsolutePath();

    @Test
    void floatAccumulationIsNamedInEveryFailure() throws Exception {
        GradedExample example = new ExampleGrader(new AssignmentLoader().load(ASSIGNMENT)).grade(
                ExampleSubmission.read(ASSIGNMENT.resolve("examples/float-accumulation.json")));
        assertFalse(example.report().failedToGrade(), example.report().summary());
        List<TestOutcome> lost = example.lost();
        assertTrue(lost.size() >= 10, example.failures());
        for (TestOutcome t : lost) {
            String failure = t.failure();
            assertTrue(failure.contains("loss of precision") && failure.contains("(float instead of double, or a sum in"
                    + " a different order that cancels"), t.number() + " " + t.name() + ":\n" + failure);
            assertTrue(failure.contains("use double throughout"), failure);
            assertFalse(failure.contains("flipped sign") || failure.contains("constant factor")
                    || failure.contains("constant term"), failure);
        }
        TestOutcome gradientCheck = lost.stream().filter(t -> t.number().equals("3.5")).findFirst().orElseThrow();
        assertTrue(gradientCheck.failure().contains("centered differences"), gradientCheck.failure());
        assertEquals(lost.size(), example.lostNumbers().size());
    }
}
