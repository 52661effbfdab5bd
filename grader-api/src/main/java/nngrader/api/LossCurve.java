package nngrader.api;

import java.util.function.IntToDoubleFunction;

/**
 * The training loss after each of the first E epochs, the student's beside the reference's, for a
 * training test that fell short: a flat line says the steps do nothing, a rising one that they go the
 * wrong way. A course's {@code train} usually returns no loss history, so the curve is traced by
 * training again with 1, 2, …, E epochs; that gives the first e epochs of the full run when one
 * {@code Random(seed)} drives the whole training, as a handout's recipe can require. Compute the loss
 * in the suite, from the trained parameters, never with the student's loss function, which may be
 * the very thing that is wrong.
 *
 * <pre>{@code
 * if (accuracy < 0.9) {
 *     LossCurve.show(grade, "blobs", config.seed(), config.epochs(), testStart,
 *             e -> Maths.cost(student.train(X, Y, config.withEpochs(e)), X, Y),
 *             e -> Maths.cost(reference.train(X, Y, config.withEpochs(e)), X, Y));
 * }
 * Check.atLeast(0.9, accuracy, "held-out accuracy");
 * }</pre>
 *
 * <p>The chart never changes a verdict: call it once the score is known. It is traced only while the
 * test is within {@link #BUDGET_NANOS} of its start; an exception or a timeout of the student's code
 * while tracing leaves the chart out, with a note, and the test goes on to its verdict.
 */
public final class LossCurve {

    /**
     * How long after its start a test may still be tracing: half of a training test's usual 10 s limit,
     * so that a slow student's training does not run the test into its deadline. (After
     * repeated timeouts the grader may shorten a test's limit below that: then a call past it times out
     * and is caught like an exception.) A stalled training traces in about 0.1 s (softmax) to 1.5 s
     * (autograd, on a loaded machine).
     */
    public static final long BUDGET_NANOS = 5_000_000_000L;

    private LossCurve() {
    }

    /**
     * Adds the chart "Training loss per epoch (blobs, seed 123)" to the test's feedback, or a note
     * saying why it was left out.
     *
     * @param data      what the training ran on, for the title, e.g. {@code "blobs"}
     * @param seed      the training's seed, for the title
     * @param epochs    E, the full run's epochs
     * @param testStart {@code System.nanoTime()} at the test's start
     * @param yours     J on the training data after the student's train with e epochs (e = 1 … epochs)
     * @param reference the same for the reference's train
     */
    public static void show(Grade grade, String data, long seed, int epochs, long testStart,
                            IntToDoubleFunction yours, IntToDoubleFunction reference) {
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
