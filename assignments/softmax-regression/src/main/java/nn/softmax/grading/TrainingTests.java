package nn.softmax.grading;

import static nn.softmax.grading.Inputs.TRIALS;
import static nngrader.api.Check.show;
import static nngrader.api.Visibility.Level.AFTER_PUBLISHED;

import nn.softmax.Classifier;
import nn.softmax.Params;
import nn.softmax.Training;
import nn.softmax.TrainingConfig;
import nn.util.Dataset;
import nn.util.Datasets;
import nn.util.Split;
import nngrader.api.Check;
import nngrader.api.Grade;
import nngrader.api.Points;
import nngrader.api.Reference;
import nngrader.api.Seeded;
import nngrader.api.Student;
import nngrader.api.TimeLimit;
import nngrader.api.Visibility;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;

/**
 * Lecture 5: gradient descent. One step, the accuracy of a prediction, and training on Gaussian
 * blobs with minibatch, stochastic and batch gradient descent. Accuracies here are computed by the
 * grader from the trained parameters, so a wrong {@code accuracy} or {@code predict} costs only
 * its own test.
 */
@Order(5)
@DisplayName("Training with gradient descent")
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class TrainingTests {

    /**
     * The blobs every training test learns: 600 points, 3 features, 4 classes, spread 1.25. Over 300
     * seeds the reference reaches 0.96 to 1.0 held-out accuracy (0.94 to 1.0 with batch size 1).
     */
    private static final int N = 600;
    private static final int D = 3;
    private static final int K = 4;
    private static final double SPREAD = 1.25;

    /** Full credit from this held-out accuracy up, none below FLOOR, linear between. */
    private static final double TARGET = 0.9;
    private static final double FLOOR = 0.7;

    /** What to look at when training falls short. */
    private static final String IF_LOW = "train steps with your lossGradient, so make its tests pass first;"
            + " an accuracy near 0 means the loss went up: check the sign of the gradient and of the step";

    /** A 70% / 30% train / test split of seeded blobs. */
    private static Split blobs(Seeded random) {
        return Datasets.split(Datasets.blobs(N, D, K, SPREAD, random.nextSeed()), 0.7, 0, random.nextSeed());
    }

    /** The share of test examples that the trained parameters classify correctly, computed here. */
    private static double heldOutAccuracy(Classifier model, Dataset test) {
        Params p = model.params();
        Check.isTrue(p != null, "the Classifier that train returned has params() == null");
        Check.shape(K, D, p.W(),
                "params().W() of the trained classifier (k = " + K + " classes, d = " + D + " features)");
        Check.shape(K, p.b(), "params().b() of the trained classifier (k = " + K + " classes)");
        return Inputs.accuracy(Inputs.predictions(p, test.X()), test.y());
    }

    private static String describe(TrainingConfig c) {
        return "epochs " + c.epochs() + ", η " + c.learningRate() + ", batch size " + c.batchSize() + ", λ "
                + c.lambda();
    }

    // ---- step --------------------------------------------------------------------------------

    @Test
    @Order(1)
    @Points(2)
    @DisplayName("step: θ − η ∇θ for W and b, on fixed parameters")
    void stepOnFixedParams(@Student Training student) {
        Params p = new Params(new double[][] {{1, 2}, {3, 4}, {5, 6}}, new double[] {0.5, -0.5, 1});
        Params gradient = new Params(new double[][] {{0.1, -0.2}, {0, 1}, {2, 0.5}}, new double[] {1, 0, -2});
        Params next = student.step(Inputs.copy(p), Inputs.copy(gradient), 0.5);
        Check.isTrue(next != null, "step(p, gradient, 0.5) returned null");
        Check.allClose(new double[][] {{0.95, 2.1}, {3, 3.5}, {4, 5.75}}, next.W(), 1e-12, 1e-15,
                "step(" + Inputs.show(p) + ", gradient " + Inputs.show(gradient) + ", η = 0.5).W()");
        Check.allClose(new double[] {0, -0.5, 2}, next.b(), 1e-12, 1e-15,
                "step(" + Inputs.show(p) + ", gradient " + Inputs.show(gradient) + ", η = 0.5).b()");
    }

    @Test
    @Order(2)
    @Points(1)
    @Visibility(AFTER_PUBLISHED)
    @DisplayName("step: matches the reference for 20 random parameters, gradients and η (rtol 1e-12)")
    void stepMatchesReference(@Student Training student, @Reference Training reference, Seeded random) {
        for (int trial = 0; trial < TRIALS; trial++) {
            int k = random.between(2, 5);
            int d = random.between(1, 5);
            Params p = Inputs.params(random, k, d, 1.0);
            Params gradient = Inputs.params(random, k, d, 1.0);
            double eta = random.uniform(0.001, 1);
            Params expected = reference.step(p, gradient, eta);
            Params actual = student.step(Inputs.copy(p), Inputs.copy(gradient), eta);
            String what = "step(" + Inputs.show(p) + ", gradient " + Inputs.show(gradient) + ", η = " + show(eta)
                    + ")";
            Check.allClose(expected.W(), actual.W(), 1e-12, 1e-15, what + ".W()");
            Check.allClose(expected.b(), actual.b(), 1e-12, 1e-15, what + ".b()");
        }
    }

    // ---- accuracy ----------------------------------------------------------------------------

    @Test
    @Order(3)
    @Points(2)
    @DisplayName("accuracy: the share of correct predictions, on fixed labels")
    void accuracyOnFixedLabels(@Student Training student) {
        Check.allClose(0.75, student.accuracy(new int[] {0, 1, 2, 1}, new int[] {0, 1, 1, 1}), 1e-12, 0,
                "accuracy(predicted = [0, 1, 2, 1], y = [0, 1, 1, 1])");
        Check.allClose(0.0, student.accuracy(new int[] {2, 2}, new int[] {0, 1}), 1e-12, 0,
                "accuracy(predicted = [2, 2], y = [0, 1])");
        Check.allClose(1.0, student.accuracy(new int[] {3, 0, 3}, new int[] {3, 0, 3}), 1e-12, 0,
                "accuracy(predicted = [3, 0, 3], y = [3, 0, 3])");
    }

    @Test
    @Order(4)
    @Points(1)
    @Visibility(AFTER_PUBLISHED)
    @DisplayName("accuracy: matches the reference on 20 random label vectors (rtol 1e-12)")
    void accuracyMatchesReference(@Student Training student, @Reference Training reference, Seeded random) {
        for (int trial = 0; trial < TRIALS; trial++) {
            int n = random.between(1, 50);
            int k = random.between(2, 4);
            int[] predicted = random.labels(n, k);
            int[] y = random.labels(n, k);
            Check.allClose(reference.accuracy(predicted, y), student.accuracy(predicted.clone(), y.clone()), 1e-12, 0,
                    "accuracy(predicted = " + show(predicted) + ", y = " + show(y) + ")");
        }
    }

    // ---- train -------------------------------------------------------------------------------

    @Test
    @Order(5)
    @Points(6)
    @TimeLimit(15)
    @Tag("training")
    @DisplayName("train: reaches 90% accuracy on held-out blobs (4 classes, 20 epochs, η 0.1, batch 16, λ 0.001);"
            + " partial credit from 70%")
    void trainReachesTargetAccuracy(@Student Training student, Seeded random, Grade grade) {
        Split split = blobs(random);
        TrainingConfig config = new TrainingConfig(20, 0.1, 16, 1e-3, random.nextSeed());
        Classifier model = student.train(split.train().X(), split.train().y(), K, config);
        double accuracy = heldOutAccuracy(model, split.test());
        grade.leaderboard("held-out accuracy", accuracy, Grade.Order.DESCENDING);
        grade.note("held-out accuracy " + show(accuracy) + " on " + split.test().size() + " examples after training on "
                + split.train().size() + " (" + describe(config) + "); full credit from " + TARGET + ", none below "
                + FLOOR + ".");
        grade.fraction((accuracy - FLOOR) / (TARGET - FLOOR));
        Check.atLeast(FLOOR, accuracy, "held-out accuracy after train(X, y, " + K + ", " + describe(config)
                + ") on " + split.train().size() + " blobs (the reference reaches about 0.99; " + IF_LOW + ")");
    }

    @Test
    @Order(6)
    @Points(2)
    @Visibility(AFTER_PUBLISHED)
    @TimeLimit(15)
    @Tag("training")
    @DisplayName("train: is deterministic, the same data and seed give the same parameters twice")
    void trainIsDeterministic(@Student Training student, Seeded random) {
        Dataset train = blobs(random).train();
        TrainingConfig config = new TrainingConfig(3, 0.1, 8, 1e-3, random.nextSeed());
        Params first = student.train(Check.copy(train.X()), train.y().clone(), K, config).params();
        Params second = student.train(Check.copy(train.X()), train.y().clone(), K, config).params();
        String what = "train(X, y, " + K + ", " + describe(config) + ", seed " + config.seed()
                + ") called twice: the second run's params()";
        Check.allClose(first.W(), second.W(), 0, 0, what + ".W() (shuffle with new Random(config.seed()) inside train,"
                + " not with a generator kept from an earlier call)");
        Check.allClose(first.b(), second.b(), 0, 0, what + ".b()");
    }

    @Test
    @Order(7)
    @Points(2)
    @Visibility(AFTER_PUBLISHED)
    @TimeLimit(15)
    @Tag("training")
    @DisplayName("train: stochastic gradient descent (batch size 1, 5 epochs, η 0.01) reaches 90% held-out accuracy")
    void trainWithBatchSizeOne(@Student Training student, Seeded random) {
        Split split = blobs(random);
        TrainingConfig config = new TrainingConfig(5, 0.01, 1, 1e-3, random.nextSeed());
        Classifier model = student.train(split.train().X(), split.train().y(), K, config);
        Check.atLeast(TARGET, heldOutAccuracy(model, split.test()), "held-out accuracy after train(X, y, " + K + ", "
                + describe(config) + ") on " + split.train().size() + " blobs (the reference reaches about 0.99; "
                + IF_LOW + ")");
    }

    @Test
    @Order(8)
    @Points(3)
    @Visibility(AFTER_PUBLISHED)
    @TimeLimit(15)
    @Tag("training")
    @DisplayName("train: with batch size n it is batch gradient descent, the same parameters as the reference"
            + " (50 epochs, η 0.1, λ 0.001; rtol 1e-6)")
    void trainWithWholeBatchMatchesReference(@Student Training student, @Reference Training reference, Seeded random) {
        Split split = blobs(random);
        Dataset train = split.train();
        // One batch per epoch: the shuffle cannot change the gradient, so the result is determined.
        TrainingConfig config = new TrainingConfig(50, 0.1, train.size(), 1e-3, random.nextSeed());
        Params expected = reference.train(train.X(), train.y(), K, config).params();
        Params actual = student.train(train.X(), train.y(), K, config).params();
        String after = " after train(X, y, " + K + ", " + describe(config) + ") on " + train.size()
                + " examples (batch gradient descent: start from zeros, one step on the whole batch per epoch)";
        Check.allClose(expected.W(), actual.W(), 1e-6, 1e-9, "params().W()" + after);
        Check.allClose(expected.b(), actual.b(), 1e-6, 1e-9, "params().b()" + after);
    }

    // ---- the trained classifier --------------------------------------------------------------

    @Test
    @Order(9)
    @Points(2)
    @Visibility(AFTER_PUBLISHED)
    @TimeLimit(15)
    @DisplayName("Classifier: probabilities are softmax(W x + b) of its params() (rtol 1e-9), predict is their argmax")
    void classifierPredictsWithItsParams(@Student Training student, Seeded random) {
        Split split = blobs(random);
        TrainingConfig config = new TrainingConfig(2, 0.05, 16, 1e-3, random.nextSeed());
        Classifier model = student.train(split.train().X(), split.train().y(), K, config);
        Params p = model.params();
        double[][] X = split.test().X();
        double[][] expected = new double[X.length][];
        for (int i = 0; i < X.length; i++) {
            expected[i] = Inputs.softmax(Inputs.scores(p, X[i]));
        }
        Check.allClose(expected, model.probabilities(Check.copy(X)), 1e-9, 1e-12,
                "probabilities(X) of the classifier that train returned, for " + X.length + " examples and " + K
                        + " classes");
        Check.equal(Inputs.predictions(p, X), model.predict(Check.copy(X)),
                "predict(X) of the classifier that train returned (argmax of W x + b, for " + X.length + " examples)");
    }

    // ---- inputs ------------------------------------------------------------------------------

    @Test
    @Order(10)
    @Points(0.5)
    @Visibility(AFTER_PUBLISHED)
    @TimeLimit(15)
    @DisplayName("step, train and accuracy leave their inputs unchanged")
    void inputsAreNotChanged(@Student Training student, Seeded random) {
        Params p = Inputs.params(random, 3, 2, 1.0);
        Params gradient = Inputs.params(random, 3, 2, 1.0);
        Params pBefore = Inputs.copy(p);
        Params gradientBefore = Inputs.copy(gradient);
        student.step(p, gradient, 0.1);
        Inputs.unchanged(pBefore, p, "p passed to step(p, gradient, η)");
        Inputs.unchanged(gradientBefore, gradient, "gradient passed to step(p, gradient, η)");

        Split split = blobs(random);
        double[][] X = split.train().X();
        int[] y = split.train().y();
        double[][] XBefore = Check.copy(X);
        int[] yBefore = y.clone();
        student.train(X, y, K, new TrainingConfig(1, 0.1, 16, 0, random.nextSeed()));
        Check.unchanged(XBefore, X, "X passed to train(X, y, k, config) (shuffle an index order, not the rows)");
        Check.unchanged(yBefore, y, "y passed to train(X, y, k, config) (shuffle an index order, not the labels)");

        int[] predicted = random.labels(10, 3);
        int[] labels = random.labels(10, 3);
        int[] predictedBefore = predicted.clone();
        int[] labelsBefore = labels.clone();
        student.accuracy(predicted, labels);
        Check.unchanged(predictedBefore, predicted, "predicted passed to accuracy(predicted, y)");
        Check.unchanged(labelsBefore, labels, "y passed to accuracy(predicted, y)");
    }
}
