package nn.mlp.grading;

import java.util.function.IntToDoubleFunction;
import nngrader.api.Chart;
import nngrader.api.Grade;

/**
 * The training loss J after each of the first E epochs, the student's beside the reference's, shown
 * by a training test that fell short: a flat line says the steps do nothing, a rising one that they
 * go the wrong way. The trainings take no loss history, so the curve is traced by training again with
 * 1, 2, …, E epochs: by the handout's recipe one Random(seed) draws the initial weights and then
 * every epoch's shuffle, so e epochs are the first e of the full run. J is computed by the suite from
 * the trained parameters, never with the student's loss, which may be the very thing that is wrong.
 * <p>
 * The chart never changes a verdict: it is traced after the score is known, only while the test is
 * within {@link #BUDGET_NANOS} of its start, and an exception or a timeout of the student's code while
 * tracing it leaves the chart out, with a note, and the test goes on to its verdict.
 */
final class LossCurve {

    /**
     * How long after its start a test may still be tracing: half of the 10 s that a training test here
     * has at least, so that a slow student's training does not run the test into its deadline. (After
     * repeated timeouts the grader may shorten a test's limit below that: then a call past it times out
     * and is caught like an exception.) A stalled training traces in about 0.1 s (softmax) to 1.5 s
     * (autograd, on a loaded machine).
     */
    static final long BUDGET_NANOS = 5_000_000_000L;

    private LossCurve() {
    }

    /**
     * Adds the chart "Training loss per epoch (blobs, seed 123)" to the test's feedback, or a note
     * saying why it was left out.
     *
     * @param testStart {@code System.nanoTime()} at the test's start
     * @param yours     J on the training data after the student's train with e epochs (e = 1 … epochs)
     * @param reference the same for the reference's train
     */
    static void show(Grade grade, String data, long seed, int epochs, long testStart, IntToDoubleFunction yours,
                     IntToDoubleFunction reference) {
        double[] yourLoss = new double[epochs];
        double[] referenceLoss = new double[epochs];
        long lastNanos = 0;
        try {
            for (int e = 1; e <= epochs; e++) {
                long start = System.nanoTime();
                // One epoch more than the last training: about e / (e − 1) times its time.
                long next = e == 1 ? 0 : lastNanos * e / (e - 1);
                if (start - testStart + next > BUDGET_NANOS) {
                    grade.note("(the chart of the training loss per epoch is left out: tracing it would take longer"
                            + " than this test may)");
                    return;
                }
                yourLoss[e - 1] = yours.applyAsDouble(e);
                referenceLoss[e - 1] = reference.applyAsDouble(e);
                lastNanos = System.nanoTime() - start;
            }
        } catch (RuntimeException | AssertionError e) {
            // Whatever the student's code did while the curve was traced, the test's verdict is already made.
            grade.note("(the chart of the training loss per epoch is left out: training again for it failed)");
            return;
        }
        grade.chart(Chart.lines("Training loss per epoch (" + data + ", seed " + seed + ")", "epoch",
                "training loss J").series("your train", yourLoss).series("reference", referenceLoss));
    }
}
