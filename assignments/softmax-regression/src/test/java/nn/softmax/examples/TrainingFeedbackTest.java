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
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * A training that falls short of the accuracy test's target shows its training loss per epoch beside
 * the reference's: a stalled one (examples/stalled-training-step-result-dropped.json: train drops what
 * step returns) draws a flat line at log 4 beside a falling one. Tracing that curve trains again, and a
 * training that loops when traced (examples/stalled-training-loops-when-traced.json) loses no more
 * than the stalled one: the chart is left out, the verdict stands.
 */
class TrainingFeedbackTest {
    static final Path ASSIGNMENT = Path.of("").toAbsolutePath();
    static final String ACCURACY_TEST = "train: reaches 90% accuracy on held-out blobs";

    static GradedExample stalled;

    @BeforeAll
    static void gradeTheStalledTraining() throws Exception {
        stalled = grade("stalled-training-step-result-dropped");
    }

    @Test
    void aStalledTrainingShowsItsFlatLossBesideTheReferencesFallingOne() {
        TestOutcome accuracy = accuracyTest(stalled);
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
        // Zero parameters give every class the score 0: J = log 4 after every epoch.
        for (double j : yours) {
            assertEquals(Math.log(4), j, 1e-12, curve::alt);
        }
        assertTrue(reference[0] < Math.log(4) && reference[19] < reference[0] / 2, curve::alt);
    }

    @Test
    void aTrainingThatLoopsWhenTracedLosesNothingMoreThanTheStalledOne() throws Exception {
        GradedExample loops = grade("stalled-training-loops-when-traced");
        TestOutcome accuracy = accuracyTest(loops);
        assertTrue(accuracy.exhibits().charts().isEmpty(), accuracy.exhibits()::toString);
        assertTrue(accuracy.notes().stream().anyMatch(n -> n.contains("the chart of the training loss per epoch is left"
                + " out")), accuracy.notes()::toString);
        // The accuracy's own failure, not a timeout (each grading draws its own blobs, so the numbers differ).
        assertTrue(accuracy.failure().startsWith("held-out accuracy after train(X, y, 4, epochs 20")
                && accuracy.failure().contains("expected at least 0.7 but was 0.") && !accuracy.failure().contains(
                "timed out"), accuracy.failure());
        assertEquals(0, accuracy.score());
        assertEquals(stalled.report().score(), loops.report().score(), loops::failures);
        assertEquals(stalled.lostNumbers(), loops.lostNumbers());
    }

    private static TestOutcome accuracyTest(GradedExample example) {
        return example.report().tests().stream().filter(t -> t.name().startsWith(ACCURACY_TEST)).findFirst()
                .orElseThrow();
    }

    private static GradedExample grade(String example) throws Exception {
        GradedExample graded = new ExampleGrader(new AssignmentLoader().load(ASSIGNMENT)).grade(
                ExampleSubmission.read(ASSIGNMENT.resolve("examples/" + example + ".json")));
        assertFalse(graded.report().failedToGrade(), graded.report().summary());
        return graded;
    }
}
