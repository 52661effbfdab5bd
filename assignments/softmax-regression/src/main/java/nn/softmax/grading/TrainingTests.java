package nn.softmax.grading;

import static nn.softmax.grading.Inputs.FEW_ROUNDINGS;
import static nn.softmax.grading.Inputs.ROUNDING;
import static nn.softmax.grading.Inputs.TRAINING;
import static nn.softmax.grading.Inputs.TRIALS;
import static nngrader.api.Check.show;

import java.util.Arrays;
import java.util.List;
import java.util.function.Supplier;
import nn.softmax.Classifier;
import nn.softmax.Params;
import nn.softmax.Training;
import nn.softmax.TrainingConfig;
import nn.util.Dataset;
import nn.util.Datasets;
import nn.util.Split;
import nngrader.api.Check;
import nngrader.api.Grade;
import nngrader.api.HiddenUntilPublished;
import nngrader.api.LossCurve;
import nngrader.api.Points;
import nngrader.api.Reference;
import nngrader.api.Seeded;
import nngrader.api.Student;
import nngrader.api.TimeLimit;
import nngrader.api.Tolerance;
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

    /** How to get the reference's parameters, said when a student's training does not. */
    private static final String HOW_TO_MATCH = "follow step 3 of the handout exactly: start from zeros, one new"
            + " Random(seed) before the first epoch, at the start of every epoch a Fisher–Yates shuffle of the index"
            + " order with j = random.nextInt(i + 1) for i = n−1 down to 1, then one step per batch of batchSize"
            + " consecutive indices of that order, the last batch smaller";

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
        Check.allClose(new double[][] {{0.95, 2.1}, {3, 3.5}, {4, 5.75}}, next.W(), FEW_ROUNDINGS,
                () -> "step(" + Inputs.show(p) + ", gradient " + Inputs.show(gradient) + ", η = 0.5).W()");
        Check.allClose(new double[] {0, -0.5, 2}, next.b(), FEW_ROUNDINGS,
                () -> "step(" + Inputs.show(p) + ", gradient " + Inputs.show(gradient) + ", η = 0.5).b()");
    }

    @HiddenUntilPublished
    @Order(2)
    @Points(1)
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
            Supplier<String> what = () -> "step(" + Inputs.show(p) + ", gradient " + Inputs.show(gradient) + ", η = "
                    + show(eta) + ")";
            Check.allClose(expected.W(), actual.W(), FEW_ROUNDINGS, () -> what.get() + ".W()");
            Check.allClose(expected.b(), actual.b(), FEW_ROUNDINGS, () -> what.get() + ".b()");
        }
    }

    // ---- accuracy ----------------------------------------------------------------------------

    @Test
    @Order(3)
    @Points(1)
    @DisplayName("accuracy: the share of correct predictions, on fixed labels")
    void accuracyOnFixedLabels(@Student Training student) {
        Check.allClose(0.75, student.accuracy(new int[] {0, 1, 2, 1}, new int[] {0, 1, 1, 1}), Tolerance.rtol(1e-12),
                "accuracy(predicted = [0, 1, 2, 1], y = [0, 1, 1, 1])");
        Check.allClose(0.0, student.accuracy(new int[] {2, 2}, new int[] {0, 1}), Tolerance.rtol(1e-12),
                "accuracy(predicted = [2, 2], y = [0, 1])");
        Check.allClose(1.0, student.accuracy(new int[] {3, 0, 3}, new int[] {3, 0, 3}), Tolerance.rtol(1e-12),
                "accuracy(predicted = [3, 0, 3], y = [3, 0, 3])");
    }

    @HiddenUntilPublished
    @Order(4)
    @Points(1)
    @DisplayName("accuracy: matches the reference on 20 random label vectors (rtol 1e-12)")
    void accuracyMatchesReference(@Student Training student, @Reference Training reference, Seeded random) {
        for (int trial = 0; trial < TRIALS; trial++) {
            int n = random.between(1, 50);
            int k = random.between(2, 4);
            int[] predicted = random.labels(n, k);
            int[] y = random.labels(n, k);
            Check.allClose(reference.accuracy(predicted, y), student.accuracy(predicted.clone(), y.clone()),
                    Tolerance.rtol(1e-12),
                    () -> "accuracy(predicted = " + show(predicted) + ", y = " + show(y) + ")");
        }
    }

    // ---- train -------------------------------------------------------------------------------

    @Test
    @Order(5)
    @Points(3)
    @TimeLimit(15)
    @Tag("training")
    @DisplayName("train: reaches 90% accuracy on held-out blobs (4 classes, 20 epochs, η 0.1, batch 16, λ 0.001);"
            + " partial credit from 70%")
    void trainReachesTargetAccuracy(@Student Training student, @Reference Training reference, Seeded random,
                                    Grade grade) {
        long testStart = System.nanoTime();
        Split split = blobs(random);
        TrainingConfig config = new TrainingConfig(20, 0.1, 16, 1e-3, random.nextSeed());
        Classifier model = student.train(split.train().X(), split.train().y(), K, config);
        double accuracy = heldOutAccuracy(model, split.test());
        grade.leaderboard("held-out accuracy", accuracy, Grade.Order.DESCENDING);
        grade.note("held-out accuracy " + show(accuracy) + " on " + split.test().size() + " examples after training on "
                + split.train().size() + " (" + describe(config) + "); full credit from " + TARGET + ", none below "
                + FLOOR + ".");
        grade.fraction((accuracy - FLOOR) / (TARGET - FLOOR));
        if (accuracy < TARGET) {
            showLossCurve(student, reference, split.train(), config, testStart, grade);
        }
        Check.atLeast(FLOOR, accuracy, "held-out accuracy after train(X, y, " + K + ", " + describe(config)
                + ") on " + split.train().size() + " blobs (the reference reaches about 0.99; " + IF_LOW + ")");
    }

    /** The training loss J per epoch of the student's train beside the reference's, on the same data and seed. */
    private static void showLossCurve(Training student, Training reference, Dataset train, TrainingConfig config,
                                      long testStart, Grade grade) {
        LossCurve.show(grade, "blobs", config.seed(), config.epochs(), testStart,
                epochs -> lossAfter(student, train, config, epochs),
                epochs -> lossAfter(reference, train, config, epochs));
    }

    /** J on the training data, computed here, of the parameters that train gives after the first {@code epochs}. */
    private static double lossAfter(Training training, Dataset train, TrainingConfig config, int epochs) {
        TrainingConfig shorter = new TrainingConfig(epochs, config.learningRate(), config.batchSize(), config.lambda(),
                config.seed());
        Params p = training.train(Check.copy(train.X()), train.y().clone(), K, shorter).params();
        return Inputs.cost(p, train.X(), train.y(), config.lambda());
    }

    @HiddenUntilPublished
    @Order(6)
    @Points(1.5)
    @TimeLimit(15)
    @Tag("training")
    @DisplayName("train: is deterministic, the same data and seed give the same parameters twice (parameters that"
            + " classify at least 70% of the training set)")
    void trainIsDeterministic(@Student Training student, Seeded random) {
        Dataset train = blobs(random).train();
        TrainingConfig config = new TrainingConfig(3, 0.1, 8, 1e-3, random.nextSeed());
        Params first = student.train(Check.copy(train.X()), train.y().clone(), K, config).params();
        Params second = student.train(Check.copy(train.X()), train.y().clone(), K, config).params();
        String what = "train(X, y, " + K + ", " + describe(config) + ", seed " + config.seed()
                + ") called twice: the second run's params()";
        Check.allClose(first.W(), second.W(), Tolerance.EXACT,
                what + ".W() (shuffle with new Random(config.seed()) inside train,"
                + " not with a generator kept from an earlier call)");
        Check.allClose(first.b(), second.b(), Tolerance.EXACT, what + ".b()");
        // Determinism is worth something only in a model that learns: zeros are deterministic too.
        Check.atLeast(FLOOR, Inputs.accuracy(Inputs.predictions(first, train.X()), train.y()),
                "accuracy on its own training examples of the params() that train(X, y, " + K + ", " + describe(config)
                        + ") returned (the reference reaches about 0.99; " + IF_LOW + ")");
    }

    @HiddenUntilPublished
    @Order(7)
    @Points(1)
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

    @HiddenUntilPublished
    @Order(8)
    @Points(1.5)
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
        Check.allClose(expected.W(), actual.W(), TRAINING, "params().W()" + after);
        Check.allClose(expected.b(), actual.b(), TRAINING, "params().b()" + after);
    }

    // ---- the trained classifier --------------------------------------------------------------

    @HiddenUntilPublished
    @Order(9)
    @Points(2)
    @TimeLimit(15)
    @DisplayName("Classifier: probabilities are softmax(W x + b) of its params() (rtol 1e-9), predict is their argmax")
    void classifierPredictsWithItsParams(@Student Training student, Seeded random) {
        Split split = blobs(random);
        TrainingConfig config = new TrainingConfig(2, 0.05, 16, 1e-3, random.nextSeed());
        Classifier model = student.train(split.train().X(), split.train().y(), K, config);
        Params p = model.params();
        double[][] X = lastPredictedAboveZero(p, split.test().X());
        double[][] expected = new double[X.length][];
        for (int i = 0; i < X.length; i++) {
            expected[i] = Inputs.softmax(Inputs.scores(p, X[i]));
        }
        Check.allClose(expected, model.probabilities(Check.copy(X)), ROUNDING,
                "probabilities(X) of the classifier that train returned, for " + X.length + " examples and " + K
                        + " classes");
        Check.equal(Inputs.predictions(p, X), model.predict(Check.copy(X)),
                "predict(X) of the classifier that train returned (argmax of W x + b, for " + X.length + " examples)");
    }

    /**
     * The rows of X with one that p classifies as a class above 0 moved to the end: a loop over the rows that
     * stops one short leaves the last prediction at 0, which is seen only where the right answer is not 0.
     */
    private static double[][] lastPredictedAboveZero(Params p, double[][] X) {
        double[][] rows = X.clone();
        int[] predicted = Inputs.predictions(p, rows);
        for (int i = 0; i < rows.length; i++) {
            if (predicted[i] > 0) {
                double[] last = rows[rows.length - 1];
                rows[rows.length - 1] = rows[i];
                rows[i] = last;
                break;
            }
        }
        return rows;
    }

    // ---- inputs ------------------------------------------------------------------------------

    @HiddenUntilPublished
    @Order(10)
    @Points(0.5)
    @TimeLimit(15)
    @DisplayName("step, train and accuracy leave their inputs unchanged (and return the right values)")
    void inputsAreNotChanged(@Student Training student, @Reference Training reference, Seeded random) {
        // The results must be right too: code that computes nothing also leaves its inputs alone.
        Params p = Inputs.params(random, 3, 2, 1.0);
        Params gradient = Inputs.params(random, 3, 2, 1.0);
        Params pBefore = Inputs.copy(p);
        Params gradientBefore = Inputs.copy(gradient);
        Params next = student.step(p, gradient, 0.1);
        Inputs.unchanged(pBefore, p, "p passed to step(p, gradient, η)");
        Inputs.unchanged(gradientBefore, gradient, "gradient passed to step(p, gradient, η)");
        Check.isTrue(next != null, "step(p, gradient, 0.1) returned null");
        Params expected = reference.step(pBefore, gradientBefore, 0.1);
        Check.allClose(expected.W(), next.W(), FEW_ROUNDINGS, "step(p, gradient, 0.1).W()");
        Check.allClose(expected.b(), next.b(), FEW_ROUNDINGS, "step(p, gradient, 0.1).b()");

        Split split = blobs(random);
        double[][] X = split.train().X();
        int[] y = split.train().y();
        double[][] XBefore = Check.copy(X);
        int[] yBefore = y.clone();
        TrainingConfig config = new TrainingConfig(1, 0.1, 16, 0, random.nextSeed());
        Params trained = student.train(X, y, K, config).params();
        Check.unchanged(XBefore, X, "X passed to train(X, y, k, config) (shuffle an index order, not the rows)");
        Check.unchanged(yBefore, y, "y passed to train(X, y, k, config) (shuffle an index order, not the labels)");
        Check.isTrue(trained != null && Inputs.squaredNorm(trained.W()) > 0, "params().W() after train(X, y, " + K
                + ", " + describe(config) + ") is null or 0 in every entry, but one epoch of steps moves it away from 0");

        int[] predicted = random.labels(10, 3);
        int[] labels = random.labels(10, 3);
        int[] predictedBefore = predicted.clone();
        int[] labelsBefore = labels.clone();
        double accuracy = student.accuracy(predicted, labels);
        Check.unchanged(predictedBefore, predicted, "predicted passed to accuracy(predicted, y)");
        Check.unchanged(labelsBefore, labels, "y passed to accuracy(predicted, y)");
        Check.allClose(reference.accuracy(predictedBefore, labelsBefore), accuracy, Tolerance.rtol(1e-12),
                () -> "accuracy(predicted = " + show(predictedBefore) + ", y = " + show(labelsBefore) + ")");
    }

    // ---- the training loop, step by step -----------------------------------------------------

    @HiddenUntilPublished
    @Order(11)
    @Points(2.5)
    @TimeLimit(15)
    @Tag("training")
    @DisplayName("train: the same parameters as the reference after 1 and 3 epochs of minibatch gradient descent"
            + " (batch 16, η 0.1, λ 0.001; and batch 50, η 0.05, λ 0.01), shuffled as in step 3 of the handout"
            + " (rtol 1e-6)")
    void trainMatchesReferenceEpochByEpoch(@Student Training student, @Reference Training reference, Seeded random) {
        // 420 training examples: the last batch of an epoch has 4 (or 20) examples.
        Dataset train = blobs(random).train();
        long seed = random.nextSeed();
        for (TrainingConfig oneEpoch : List.of(new TrainingConfig(1, 0.1, 16, 1e-3, seed),
                new TrainingConfig(1, 0.05, 50, 1e-2, seed))) {
            matchesReference(student, reference, train, oneEpoch, HOW_TO_MATCH);
            // The first epoch matched, so what is left to differ is what carries over from one epoch to the next.
            matchesReference(student, reference, train, new TrainingConfig(3, oneEpoch.learningRate(),
                    oneEpoch.batchSize(), oneEpoch.lambda(), seed), "after 1 epoch they matched the reference's, so"
                    + " look at what carries over between epochs: the same Random for every epoch, a new shuffle of the"
                    + " order at the start of each epoch, the parameters kept from the epoch before");
        }
    }

    private static void matchesReference(Training student, Training reference, Dataset train, TrainingConfig config,
                                         String hint) {
        Params expected = reference.train(train.X(), train.y(), K, config).params();
        Params actual = student.train(Check.copy(train.X()), train.y().clone(), K, config).params();
        String after = " after train(X, y, " + K + ", " + describe(config) + ", seed " + config.seed() + ") on "
                + train.size() + " examples (" + hint + ")";
        Check.isTrue(actual != null, "the Classifier that train returned has params() == null");
        Check.allClose(expected.W(), actual.W(), TRAINING, "params().W()" + after);
        Check.allClose(expected.b(), actual.b(), TRAINING, "params().b()" + after);
    }

    @HiddenUntilPublished
    @Order(12)
    @Points(1)
    @TimeLimit(15)
    @Tag("training")
    @DisplayName("train: starts from zero parameters (η 0 leaves them there); then predict gives every tie to class"
            + " 0 and probabilities are 1/k")
    void trainStartsFromZerosAndPredictBreaksTiesLow(@Student Training student, Seeded random) {
        Split split = blobs(random);
        TrainingConfig config = new TrainingConfig(1, 0, 16, 1e-3, random.nextSeed());
        Classifier model = student.train(split.train().X(), split.train().y(), K, config);
        Params p = model.params();
        String after = " after train(X, y, " + K + ", " + describe(config) + ")";
        Check.isTrue(p != null, "the Classifier that train returned has params() == null");
        Check.allClose(new double[K][D], p.W(), Tolerance.EXACT,
                "params().W()" + after + " (start from Params.zeros(k, d))");
        Check.allClose(new double[K], p.b(), Tolerance.EXACT,
                "params().b()" + after + " (start from Params.zeros(k, d))");
        double[][] X = split.test().X();
        Check.equal(new int[X.length], model.predict(Check.copy(X)), "predict(X)" + after
                + ", where every class has the score 0 (on a tie, the lowest class index wins)");
        double[][] uniform = new double[X.length][K];
        for (double[] row : uniform) {
            Arrays.fill(row, 1.0 / K);
        }
        Check.allClose(uniform, model.probabilities(Check.copy(X)), Tolerance.rtol(1e-12), "probabilities(X)" + after
                + ", where every class has the score 0");
    }

    @HiddenUntilPublished
    @Order(13)
    @Points(1)
    @TimeLimit(15)
    @Tag("stability")
    @DisplayName("Classifier: probabilities are finite and correct for inputs 1000 times larger (scores in the"
            + " thousands)")
    void classifierProbabilitiesAreStable(@Student Training student, Seeded random) {
        Split split = blobs(random);
        TrainingConfig config = new TrainingConfig(2, 0.05, 16, 1e-3, random.nextSeed());
        Classifier model = student.train(split.train().X(), split.train().y(), K, config);
        Params p = model.params();
        Check.isTrue(p != null, "the Classifier that train returned has params() == null");
        double[][] X = Check.copy(split.test().X());
        for (double[] x : X) {
            for (int j = 0; j < x.length; j++) {
                x[j] *= 1000;
            }
        }
        double[][] expected = new double[X.length][];
        for (int i = 0; i < X.length; i++) {
            expected[i] = Inputs.softmax(Inputs.scores(p, X[i]));
        }
        String what = "probabilities(X) of the classifier that train returned, for " + X.length
                + " test examples times 1000 (scores such as " + show(Inputs.scores(p, X[0]))
                + "; subtract max z before exp, or call your softmax)";
        double[][] probabilities = model.probabilities(Check.copy(X));
        Check.finite(probabilities, what);
        Check.allClose(expected, probabilities, ROUNDING, what);
    }

    @HiddenUntilPublished
    @Order(14)
    @Points(1)
    @DisplayName("accuracy: rejects predictions and labels of different lengths with an IllegalArgumentException")
    void accuracyRejectsLengthsThatDiffer(@Student Training student) {
        Inputs.rejects(IllegalArgumentException.class, () -> student.accuracy(new int[] {0, 1, 2}, new int[] {0, 1}),
                "accuracy(predicted = [0, 1, 2], y = [0, 1])");
        Inputs.rejects(IllegalArgumentException.class, () -> student.accuracy(new int[] {1}, new int[] {1, 0}),
                "accuracy(predicted = [1], y = [1, 0])");
    }

    // ---- the edges of the batches ------------------------------------------------------------

    @HiddenUntilPublished
    @Order(15)
    @Points(1.5)
    @TimeLimit(15)
    @Tag("training")
    @DisplayName("train: the same parameters as the reference where the batches meet the ends of the data: a last"
            + " batch of one example, batch size 1, a batch larger than n, a single example (3 epochs; rtol 1e-6)")
    void trainMatchesReferenceAtTheEdgesOfTheBatches(@Student Training student, @Reference Training reference,
                                                    Seeded random) {
        // n = 9 with batches of 4 ends each epoch on a batch of 1, which a loop bound off by one drops; the
        // single example is where code that reads d from a row other than X[0] fails.
        int[][] sizeAndBatch = {{9, 4}, {9, 1}, {5, 8}, {1, 1}};
        for (int[] c : sizeAndBatch) {
            int n = c[0];
            double[][] X = random.gaussian(n, D, 1.0);
            int[] y = random.labels(n, K);
            TrainingConfig config = new TrainingConfig(3, 0.5, c[1], 1e-2, random.nextSeed());
            matchesReference(student, reference, new Dataset(X, y), config, HOW_TO_MATCH);
        }
    }

    @HiddenUntilPublished
    @Order(16)
    @Points(1)
    @TimeLimit(15)
    @DisplayName("train: rejects a batch size below 1, and X and y of different lengths, with an"
            + " IllegalArgumentException")
    void trainRejectsConfigsAndDataItCannotTrainOn(@Student Training student, Seeded random) {
        double[][] X = random.gaussian(6, D, 1.0);
        int[] y = random.labels(6, K);
        for (int batchSize : new int[] {0, -1}) {
            TrainingConfig config = new TrainingConfig(2, 0.1, batchSize, 0, random.nextSeed());
            Inputs.rejects(IllegalArgumentException.class, () -> student.train(Check.copy(X), y.clone(), K, config),
                    "train(X, y, " + K + ", " + describe(config) + ") (a batch size of " + batchSize
                            + " has no examples to step on)");
        }
        TrainingConfig config = new TrainingConfig(2, 0.1, 2, 0, random.nextSeed());
        Inputs.rejects(IllegalArgumentException.class,
                () -> student.train(Check.copy(X), Arrays.copyOf(y, 5), K, config),
                "train(X with 6 rows, y with 5 labels, " + K + ", " + describe(config) + ")");
        Inputs.rejects(IllegalArgumentException.class,
                () -> student.train(Arrays.copyOf(Check.copy(X), 5), y.clone(), K,
                config), "train(X with 5 rows, y with 6 labels, " + K + ", " + describe(config) + ")");
    }
}
