package nn.mlp.examples;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import nngrader.api.Chart;
import nngrader.api.Check;
import nngrader.assignment.AssignmentLoader;
import nngrader.example.ExampleGrader;
import nngrader.example.ExampleSubmission;
import nngrader.example.GradedExample;
import nngrader.run.TestOutcome;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The pictures in a training's feedback, for a training that never moves
 * (examples/stalled-training-step-result-dropped.json: train drops what step returns, so the network
 * keeps its initial weights): the blobs test that it fails shows its training loss per epoch, flat,
 * beside the reference's, falling; the Fashion-MNIST test shows the confusion matrix of its
 * predictions.
 */
class TrainingFeedbackTest {
    static final Path ASSIGNMENT = Path.of("").toAbsolutePath();

    static GradedExample stalled;

    @BeforeAll
    static void gradeTheStalledTraining() throws Exception {
        stalled = new ExampleGrader(new AssignmentLoader().load(ASSIGNMENT)).grade(
                ExampleSubmission.read(ASSIGNMENT.resolve("examples/stalled-training-step-result-dropped.json")));
        assertFalse(stalled.report().failedToGrade(), stalled.report().summary());
    }

    @Test
    void theBlobsTestShowsAFlatLossBesideTheReferencesFallingOne() {
        TestOutcome blobs = test("train: minibatch SGD (batch 16, 20 epochs");
        assertEquals(0, blobs.score(), blobs::toString);
        List<Chart> charts = blobs.exhibits().charts();
        assertEquals(1, charts.size(), charts::toString);
        Chart.Lines curve = (Chart.Lines) charts.get(0);
        assertTrue(curve.title().startsWith("Training loss per epoch (blobs, seed "), curve.title());
        assertEquals(List.of("your train", "reference"), curve.series().stream().map(Chart.Series::name).toList());
        double[] yours = curve.series().get(0).y();
        double[] reference = curve.series().get(1).y();
        assertEquals(20, yours.length);
        assertEquals(20, reference.length);
        // The initial weights after every epoch: the same J each time.
        assertTrue(Arrays.stream(yours).allMatch(j -> j == yours[0]), curve::alt);
        assertTrue(reference[0] < yours[0] && reference[19] < reference[0] && reference[19] < yours[0] / 2, curve::alt);
    }

    @Test
    void theFashionMnistTestShowsTheConfusionMatrixOfItsPredictions() {
        TestOutcome fashion = test("train on Fashion-MNIST");
        assertTrue(fashion.score() < fashion.maxScore(), fashion::toString);
        List<Chart> charts = fashion.exhibits().charts();
        assertEquals(1, charts.size(), charts::toString);
        Chart.Confusion confusion = (Chart.Confusion) charts.get(0);
        assertEquals(List.of("T-shirt/top", "Trouser", "Pullover", "Dress", "Coat", "Sandal", "Shirt", "Sneaker", "Bag",
                "Ankle boot"), confusion.classes());
        // 50 test images of each class, each predicted as some class.
        for (int[] row : confusion.counts()) {
            assertEquals(50, Arrays.stream(row).sum(), confusion::alt);
        }
        // The diagonal's share is the accuracy of the attempt that counts, one of the notes.
        int right = 0;
        for (int i = 0; i < 10; i++) {
            right += confusion.counts()[i][i];
        }
        String accuracy = "test accuracy " + Check.show(right / 500.0) + " on 500";
        assertTrue(fashion.notes().stream().anyMatch(n -> n.contains(accuracy)), () -> accuracy + " " + fashion.notes());
    }

    private static TestOutcome test(String name) {
        return stalled.report().tests().stream().filter(t -> t.name().startsWith(name)).findFirst().orElseThrow();
    }
}
