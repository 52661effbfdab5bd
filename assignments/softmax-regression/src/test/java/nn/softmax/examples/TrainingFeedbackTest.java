package nn.softmax.examples;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import nngrader.api.Chart;
import nngrader.assignment.AssignmentLoader;
import nngrader.example.ExampleGrader;
import nngrader.example.ExampleSubmission;
import nngrader.example.GradedExample;
import nngrader.run.TestOutcome;
import org.junit.jupiter.api.Test;

/**
 * A training that never moves (examples/stalled-training-step-result-dropped.json: train drops what step
 * returns) loses the accuracy test, whose feedback then shows the training loss per epoch: the student's
 * line flat, the reference's falling, on the same blobs and seed.
 */
class TrainingFeedbackTest {
    static final Path ASSIGNMENT = Path.of("").toAbsolutePath();

    @Test
    void aStalledTrainingShowsItsFlatLossBesideTheReferencesFallingOne() throws Exception {
        GradedExample example = new ExampleGrader(new AssignmentLoader().load(ASSIGNMENT)).grade(
                ExampleSubmission.read(ASSIGNMENT.resolve("examples/stalled-training-step-result-dropped.json")));
        assertFalse(example.report().failedToGrade(), example.report().summary());
        TestOutcome accuracy = example.report().tests().stream()
                .filter(t -> t.name().startsWith("train: reaches 90% accuracy on held-out blobs")).findFirst()
                .orElseThrow();
        assertEquals(0, accuracy.score(), accuracy::toString);

        List<Chart> charts = accuracy.exhibits().charts();
        assertEquals(1, charts.size(), charts::toString);
        Chart.Lines curve = (Chart.Lines) charts.get(0);
        assertTrue(curve.title().startsWith("Training loss per epoch (blobs, seed "), curve.title());
        assertEquals(List.of("your train", "reference"), curve.series().stream().map(Chart.Series::name).toList());
        double[] yours = curve.series().get(0).y();
        double[] reference = curve.series().get(1).y();
        assertEquals(20, yours.length);
        assertEquals(20, reference.length);
        // Zero parameters score every class 0: J = log 4 after every epoch.
        for (double j : yours) {
            assertEquals(Math.log(4), j, 1e-12, () -> curve.alt());
        }
        assertTrue(reference[0] < Math.log(4) && reference[19] < reference[0] / 2, curve::alt);
    }
}
