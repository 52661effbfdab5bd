package nn.mlp.grading;

import static nn.mlp.grading.Inputs.FEW_ROUNDINGS;
import static nn.mlp.grading.Inputs.ROUNDING;
import static nn.mlp.grading.Inputs.TRAINING;
import static nn.mlp.grading.Inputs.TRIALS;
import static nngrader.api.Check.show;

import nn.mlp.Activation;
import nn.mlp.Model;
import nn.mlp.Network;
import nn.mlp.Output;
import nn.mlp.Parameters;
import nn.mlp.Training;
import nn.mlp.TrainingConfig;
import nn.util.Dataset;
import nn.util.Datasets;
import nn.util.Split;
import nngrader.api.Chart;
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
 * Initialization, the gradient step, and minibatch SGD: against gradient descent computed here,
 * on Gaussian blobs, on XOR, and on a Fashion-MNIST subset. Accuracies are computed by the grader
 * from the trained network's parameters, so a wrong {@code accuracy} or {@code classes} costs only
 * its own test.
 */
@Order(5)
@DisplayName("Initialization and minibatch SGD")
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class TrainingTests {

    /** Blobs: 600 points, 3 features, 4 classes, spread 1.25, split 70% / 30%. */
    private static final int BLOB_D = 3;
    private static final int BLOB_K = 4;

    /** Fashion-MNIST: full credit from TARGET test accuracy up, none below FLOOR, linear between. */
    static final double TARGET = 0.72;
    static final double FLOOR = 0.5;

    /** What to look at when training falls short. */
    private static final String IF_LOW = "train steps with your gradients, so make their tests pass first; shuffle an"
            + " index order and take each x with its own y";

    private static Split blobs(Seeded random) {
        return Datasets.split(Datasets.blobs(600, BLOB_D, BLOB_K, 1.25, random.nextSeed()), 0.7, 0, random.nextSeed());
    }

    private static String describe(TrainingConfig c) {
        return "hidden " + c.hidden() + ", " + c.g() + ", " + c.output() + ", epochs " + c.epochs() + ", η "
                + show(c.learningRate()) + ", batch size " + c.batchSize() + ", λ " + show(c.lambda());
    }

    /** The trained network's parameters, checked for shape. */
    private static Network trained(Model model, int d, int h, int k, String call) {
        Check.isTrue(model != null, call + " returned null");
        Network net = model.network();
        Check.isTrue(net != null && net.p() != null, call + ".network() (or its p()) is null");
        Parameters p = net.p();
        Check.shape(h, d, p.W1(), call + ".network().p().W1()");
        Check.shape(h, p.b1(), call + ".network().p().b1()");
        Check.shape(k, h, p.W2(), call + ".network().p().W2()");
        Check.shape(k, p.b2(), call + ".network().p().b2()");
        return net;
    }

    // ---- initialize --------------------------------------------------------------------------

    @Test
    @Order(1)
    @Points(1)
    @DisplayName("initialize: shapes [h][d], [h], [k][h], [k]; zero biases; random, not equal, weights")
    void initializeHasShapesZeroBiasesAndRandomWeights(@Student Training student, Seeded random) {
        int d = 5;
        int h = 4;
        int k = 3;
        long seed = random.nextSeed();
        Parameters p = student.initialize(d, h, k, seed);
        String call = "initialize(d = 5, h = 4, k = 3, seed " + seed + ")";
        Check.isTrue(p != null, call + " returned null");
        Check.shape(h, d, p.W1(), call + ".W1()");
        Check.shape(h, p.b1(), call + ".b1()");
        Check.shape(k, h, p.W2(), call + ".W2()");
        Check.shape(k, p.b2(), call + ".b2()");
        Check.allClose(new double[h], p.b1(), Tolerance.EXACT, call + ".b1() (biases start at zero)");
        Check.allClose(new double[k], p.b2(), Tolerance.EXACT, call + ".b2() (biases start at zero)");
        for (double[][] W : new double[][][] {p.W1(), p.W2()}) {
            String which = W == p.W1() ? ".W1()" : ".W2()";
            Check.finite(W, call + which);
            java.util.Set<Double> distinct = new java.util.HashSet<>();
            for (double[] row : W) {
                for (double w : row) {
                    distinct.add(w);
                }
            }
            Check.isTrue(distinct.size() == W.length * W[0].length,
                    () -> call + which + " = " + show(W) + ": the weights"
                    + " must be drawn at random, all different (with equal weights every hidden unit computes the same"
                    + " function and gets the same gradient, so the units never become different)");
        }
    }

    @HiddenUntilPublished
    @Order(2)
    @Points(1)
    @DisplayName("initialize: seeded, the same seed gives the same parameters and another seed others")
    void initializeIsSeeded(@Student Training student, Seeded random) {
        long seed = random.nextSeed();
        Parameters first = student.initialize(3, 4, 2, seed);
        Parameters again = student.initialize(3, 4, 2, seed);
        Parameters other = student.initialize(3, 4, 2, seed + 1);
        Check.isTrue(first != null && again != null && other != null, "initialize(3, 4, 2, seed) returned null");
        Inputs.allClose(first, again, Tolerance.EXACT,
                () -> "initialize(3, 4, 2, seed " + seed + ") called twice: the second");
        Check.isTrue(!java.util.Arrays.deepEquals(first.W1(), other.W1()), "initialize(3, 4, 2, seed " + seed
                + ") and initialize(3, 4, 2, seed " + (seed + 1) + ") give the same W1: draw from new Random(seed)");
    }

    @HiddenUntilPublished
    @Order(3)
    @Points(1)
    @DisplayName("initialize: He scale, the weights' standard deviation is √(2/d) for W1 and √(2/h) for W2"
            + " (within 10%, d = 400, h = 100, k = 50)")
    void initializeUsesHeScale(@Student Training student, Seeded random) {
        int d = 400;
        int h = 100;
        int k = 50;
        Parameters p = student.initialize(d, h, k, random.nextSeed());
        Check.isTrue(p != null, "initialize(400, 100, 50, seed) returned null");
        Check.shape(h, d, p.W1(), "initialize(400, 100, 50, seed).W1()");
        Check.shape(k, h, p.W2(), "initialize(400, 100, 50, seed).W2()");
        checkScale(p.W1(), Math.sqrt(2.0 / d), "W1 of initialize(d = 400, h = 100, k = 50, seed), fan_in d = 400");
        checkScale(p.W2(), Math.sqrt(2.0 / h), "W2 of initialize(d = 400, h = 100, k = 50, seed), fan_in h = 100");
    }

    private static void checkScale(double[][] W, double sd, String what) {
        double[] w = Maths.flatten(W);
        double mean = 0;
        for (double v : w) {
            mean += v / w.length;
        }
        double variance = 0;
        for (double v : w) {
            variance += (v - mean) * (v - mean) / w.length;
        }
        Check.allClose(0, mean, Tolerance.rtol(0).atol(0.1 * sd),
                "the mean of " + what + " (N(0, 2/fan_in) has mean 0)");
        Check.allClose(sd, Math.sqrt(variance), Tolerance.rtol(0.1), () -> "the standard deviation of " + what
                + " (He initialization: N(0, 2/fan_in), so √(2/fan_in) = " + show(sd) + ")");
    }

    // ---- step, accuracy ----------------------------------------------------------------------

    @Test
    @Order(4)
    @Points(1)
    @DisplayName("step: θ − η ∇θ for W1, b1, W2 and b2, on fixed parameters")
    void stepOnFixedParameters(@Student Training student) {
        Parameters p = new Parameters(new double[][] {{1, 2}, {3, 4}}, new double[] {0.5, -0.5},
                new double[][] {{1, -1}}, new double[] {2});
        Parameters gradient = new Parameters(new double[][] {{0.1, -0.2}, {0, 1}}, new double[] {1, 0},
                new double[][] {{2, 0.5}}, new double[] {-2});
        Parameters expected = new Parameters(new double[][] {{0.95, 2.1}, {3, 3.5}}, new double[] {0, -0.5},
                new double[][] {{0, -1.25}}, new double[] {3});
        Inputs.allClose(expected, student.step(Inputs.copy(p), Inputs.copy(gradient), 0.5), FEW_ROUNDINGS,
                () -> "step(" + Inputs.show(p) + ", gradient " + Inputs.show(gradient) + ", η = 0.5)");
    }

    @HiddenUntilPublished
    @Order(5)
    @Points(1)
    @DisplayName("step: matches the reference for 20 random parameters, gradients and η (rtol 1e-12)")
    void stepMatchesReference(@Student Training student, @Reference Training reference, Seeded random) {
        for (int trial = 0; trial < TRIALS; trial++) {
            int d = random.between(1, 5);
            int h = random.between(1, 5);
            int k = random.between(1, 4);
            Parameters p = Inputs.params(random, d, h, k, 1.0);
            Parameters gradient = Inputs.params(random, d, h, k, 1.0);
            double eta = random.uniform(0.001, 1);
            Parameters expected = reference.step(p, gradient, eta);
            Inputs.allClose(expected, student.step(Inputs.copy(p), Inputs.copy(gradient), eta), FEW_ROUNDINGS,
                    () -> "step(" + Inputs.show(p) + ", gradient " + Inputs.show(gradient) + ", η = " + show(eta) + ")");
        }
    }

    @Test
    @Order(6)
    @Points(1)
    @DisplayName("accuracy: the share of correct predictions, on fixed and on 20 random label vectors")
    void accuracyIsTheShareOfCorrectPredictions(@Student Training student, Seeded random) {
        Check.allClose(0.75, student.accuracy(new int[] {0, 1, 2, 1}, new int[] {0, 1, 1, 1}), Tolerance.rtol(1e-12),
                "accuracy(predicted = [0, 1, 2, 1], y = [0, 1, 1, 1])");
        Check.allClose(0.0, student.accuracy(new int[] {2, 2}, new int[] {0, 1}), Tolerance.rtol(1e-12),
                "accuracy(predicted = [2, 2], y = [0, 1])");
        for (int trial = 0; trial < TRIALS; trial++) {
            int n = random.between(1, 50);
            int[] predicted = random.labels(n, 3);
            int[] y = random.labels(n, 3);
            Check.allClose(Maths.accuracy(predicted, y), student.accuracy(predicted.clone(), y.clone()),
                    Tolerance.rtol(1e-12),
                    () -> "accuracy(predicted = " + show(predicted) + ", y = " + show(y) + ")");
        }
    }

    // ---- train -------------------------------------------------------------------------------

    @HiddenUntilPublished
    @Order(7)
    @Points(2)
    @Tag("training")
    @DisplayName("train: with batch size n it is batch gradient descent from your initialize, the same parameters"
            + " as computed here (blobs, each activation, 30 epochs, η 0.5, λ 0.01; rtol 1e-6)")
    void trainWithWholeBatchIsGradientDescent(@Student Training student, Seeded random) {
        Dataset train = blobs(random).train();
        double[][] Y = Inputs.oneHot(train.y(), BLOB_K);
        for (Activation g : Activation.values()) {
            TrainingConfig config = new TrainingConfig(6, g, Output.SOFTMAX_CROSS_ENTROPY, 30, 0.5, train.size(), 0.01,
                    random.nextSeed());
            Parameters start = student.initialize(BLOB_D, config.hidden(), BLOB_K, config.seed());
            Check.isTrue(start != null, "initialize(" + BLOB_D + ", " + config.hidden() + ", " + BLOB_K + ", seed)"
                    + " returned null");
            Network expected = new Network(start, g, config.output());
            for (int epoch = 0; epoch < config.epochs(); epoch++) {     // one step on the whole batch per epoch
                Parameters gradient = Maths.gradients(expected, train.X(), Y, config.lambda(), Maths.Bug.NONE);
                expected = new Network(descend(expected.p(), gradient, config.learningRate()), g, config.output());
            }
            String call = "train(X, Y, " + describe(config) + ") on " + train.size() + " examples";
            Network actual = trained(student.train(Check.copy(train.X()), Check.copy(Y), config), BLOB_D,
                    config.hidden(), BLOB_K, call);
            Inputs.allClose(expected.p(), actual.p(), TRAINING, () -> call + " (batch gradient descent: start from"
                    + " initialize(d, hidden, k, seed), then one step on the whole batch, each x with its y, per epoch)"
                    + ": network().p()");
        }
    }

    @HiddenUntilPublished
    @Order(8)
    @Points(1)
    @Tag("training")
    @DisplayName("train: deterministic, the same data and seed give the same network twice")
    void trainIsDeterministic(@Student Training student, Seeded random) {
        Dataset train = blobs(random).train();
        double[][] Y = Inputs.oneHot(train.y(), BLOB_K);
        TrainingConfig config = new TrainingConfig(6, Activation.RELU, Output.SOFTMAX_CROSS_ENTROPY, 3, 0.1, 8, 1e-3,
                random.nextSeed());
        String call = "train(X, Y, " + describe(config) + ", seed " + config.seed() + ")";
        Network first = trained(student.train(Check.copy(train.X()), Check.copy(Y), config), BLOB_D, 6, BLOB_K, call);
        Network second = trained(student.train(Check.copy(train.X()), Check.copy(Y), config), BLOB_D, 6, BLOB_K, call);
        Inputs.computes(Inputs.nonZero(first.p()), call + ".network().p()");
        Inputs.allClose(first.p(), second.p(), Tolerance.EXACT,
                () -> call + " called twice: the second run's network().p() (seed"
                + " the initialization and the shuffling from config.seed() inside train, not from a generator kept"
                + " from an earlier call)");
    }

    @HiddenUntilPublished
    @Order(9)
    @Points(3)
    @Tag("training")
    @DisplayName("train: minibatch SGD (batch 16, 20 epochs, η 0.1) reaches 90% accuracy on held-out blobs (a second"
            + " seed if the first fails)")
    void trainWithMinibatchesLearnsBlobs(@Student Training student, @Reference Training reference, Seeded random,
                                         Grade grade) {
        long testStart = System.nanoTime();
        // A second attempt, on blobs and a seed drawn on from the same stream: the reference falls below 0.9 under 5
        // of 1000 seeds (lowest 0.80, median 0.99), and never twice in a row (best of two ≥ 0.97 over 1000 seeds);
        // a threshold low enough for one attempt would let through a train that learns half as well.
        double accuracy = 0;
        String call = null;
        Dataset train = null;
        TrainingConfig config = null;
        for (int attempt = 0; attempt < 2 && accuracy < 0.9; attempt++) {
            Split split = blobs(random);
            train = split.train();
            config = new TrainingConfig(8, Activation.RELU, Output.SOFTMAX_CROSS_ENTROPY, 20, 0.1, 16, 1e-3,
                    random.nextSeed());
            call = "train(X, Y, " + describe(config) + ", seed " + config.seed() + ")";
            Network net = trained(student.train(Check.copy(train.X()), Inputs.oneHot(train.y(), BLOB_K), config),
                    BLOB_D, 8, BLOB_K, call);
            accuracy = Maths.accuracy(Maths.classes(net, split.test().X()), split.test().y());
            grade.note((attempt == 0 ? "" : "second seed: ") + "held-out accuracy " + show(accuracy) + " on "
                    + split.test().size() + " blobs");
        }
        if (accuracy < 0.9) {
            showLossCurve(student, reference, train, config, testStart, grade);
        }
        Check.atLeast(0.9, accuracy, "held-out accuracy after " + call + " on " + train.size() + " blobs, the second"
                + " of two seeds (the reference reaches about 0.99; " + IF_LOW + ")");
    }

    /** The training loss J per epoch of the student's train beside the reference's, on the same data and seed. */
    private static void showLossCurve(Training student, Training reference, Dataset train, TrainingConfig config,
                                      long testStart, Grade grade) {
        double[][] Y = Inputs.oneHot(train.y(), BLOB_K);
        LossCurve.show(grade, "blobs", config.seed(), config.epochs(), testStart,
                epochs -> lossAfter(student, train.X(), Y, config, epochs),
                epochs -> lossAfter(reference, train.X(), Y, config, epochs));
    }

    /** J on the training data, computed here, of the network that train gives after the first {@code epochs}. */
    private static double lossAfter(Training training, double[][] X, double[][] Y, TrainingConfig config, int epochs) {
        TrainingConfig shorter = new TrainingConfig(config.hidden(), config.g(), config.output(), epochs,
                config.learningRate(), config.batchSize(), config.lambda(), config.seed());
        Network net = training.train(Check.copy(X), Check.copy(Y), shorter).network();
        return Maths.cost(new Network(net.p(), config.g(), config.output()), X, Y, config.lambda());
    }

    @Test
    @Order(10)
    @Points(3)
    @Tag("training")
    @DisplayName("train: learns XOR from random weights (8 tanh units, sigmoid output, 1000 epochs, η 0.5, batches of"
            + " 4; a second seed if the first fails)")
    void trainLearnsXor(@Student Training student, Seeded random) {
        double[][] X = {{0, 0}, {0, 1}, {1, 0}, {1, 1}};
        double[][] Y = {{0}, {1}, {1}, {0}};
        // The handout's recipe: the reference learns XOR from each of 2000 seeds tried; the second chance is a margin.
        String failures = "";
        for (int attempt = 0; attempt < 2; attempt++) {
            TrainingConfig config = new TrainingConfig(8, Activation.TANH, Output.SIGMOID_BINARY_CROSS_ENTROPY, 1000,
                    0.5, 4, 0, random.nextSeed());
            String call = "train(XOR, " + describe(config) + ", seed " + config.seed() + ")";
            Network net = trained(student.train(Check.copy(X), Check.copy(Y), config), 2, 8, 1, call);
            int[] classes = Maths.classes(net, X);
            if (java.util.Arrays.equals(new int[] {0, 1, 1, 0}, classes)) {
                return;
            }
            failures += (failures.isEmpty() ? "" : "; ") + "after " + call + " the classes [a2 ≥ 0.5] of the inputs "
                    + show(X) + " are " + show(classes) + " (a2 = " + show(Maths.forward(net, X[0])[3][0]) + ", "
                    + show(Maths.forward(net, X[1])[3][0]) + ", " + show(Maths.forward(net, X[2])[3][0]) + ", "
                    + show(Maths.forward(net, X[3])[3][0]) + ")";
        }
        Check.isTrue(false, "XOR is [0, 1, 1, 0], but " + failures + " (" + IF_LOW + ")");
    }

    @HiddenUntilPublished
    @Order(11)
    @Points(1)
    @Tag("training")
    @DisplayName("Model: outputs are the forward pass of its network (rtol 1e-9), classes their argmax")
    void modelPredictsWithItsNetwork(@Student Training student, Seeded random) {
        Split split = blobs(random);
        TrainingConfig config = new TrainingConfig(5, Activation.SIGMOID, Output.SOFTMAX_CROSS_ENTROPY, 2, 0.1, 16, 0,
                random.nextSeed());
        Model model = student.train(Check.copy(split.train().X()), Inputs.oneHot(split.train().y(), BLOB_K), config);
        Network net = trained(model, BLOB_D, 5, BLOB_K, "train(X, Y, " + describe(config) + ")");
        double[][] X = split.test().X();
        double[][] expected = new double[X.length][];
        for (int i = 0; i < X.length; i++) {
            expected[i] = Maths.forward(net, X[i])[3];
        }
        double[][] XCopy = Check.copy(X);
        double[][] outputs = model.outputs(XCopy);
        Check.newArray(outputs, "outputs(X) of the trained model", (Object) XCopy);
        Check.allClose(expected, outputs, ROUNDING, "outputs(X) of the trained model, for " + X.length
                + " examples (a2 of forward(network(), x) for each row x)");
        Check.equal(Maths.classes(net, X), model.classes(Check.copy(X)),
                "classes(X) of the trained model (argmax of a2,"
                + " for " + X.length + " examples)");
    }

    @Test
    @Order(12)
    @Points(8)
    @TimeLimit(40)
    @Tag("training")
    @DisplayName("train on Fashion-MNIST (2500 images; 784-32-10 ReLU, 8 epochs, η 0.02, batch 4): full credit from"
            + " 72% test accuracy, partial from 50% (a second seed if the first falls short)")
    void trainOnFashionMnist(@Student Training student, Seeded random, Grade grade) {
        Dataset train = FashionMnist.train();
        Dataset test = FashionMnist.test();
        // A second attempt with a seed drawn on from the same stream when the first falls short of TARGET, and the
        // better counts: the reference's test accuracy over 1000 seeds has median 0.80 and sd 0.016, but fell to
        // 0.714 under one seed in about 350, which cost a right submission part of a point. Only when the first
        // train took under a quarter of the time limit, so that a slow train never times out on its second chance.
        double accuracy = -1;
        String call = null;
        Chart confusion = null;
        for (int attempt = 0; attempt < 2; attempt++) {
            TrainingConfig config = new TrainingConfig(32, Activation.RELU, Output.SOFTMAX_CROSS_ENTROPY, 8, 0.02, 4,
                    1e-3, random.nextSeed());
            String thisCall = "train(X, Y, " + describe(config) + ")";
            long start = System.nanoTime();
            Model model = student.train(Check.copy(train.X()), Inputs.oneHot(train.y(), FashionMnist.CLASSES), config);
            double seconds = (System.nanoTime() - start) / 1e9;
            Network net = trained(model, 784, 32, FashionMnist.CLASSES, thisCall);
            int[] predicted = Maths.classes(net, test.X());
            double thisAccuracy = Maths.accuracy(predicted, test.y());
            grade.note((attempt == 0 ? "" : "second seed: ") + "test accuracy " + show(thisAccuracy) + " on "
                    + test.size() + " Fashion-MNIST test images after " + thisCall + " on " + train.size()
                    + " training images (" + String.format(java.util.Locale.ROOT, "%.1f", seconds) + " s); full credit"
                    + " from " + TARGET + ", none below " + FLOOR + ", linear between.");
            if (thisAccuracy > accuracy) {
                accuracy = thisAccuracy;
                call = thisCall;
                confusion = Chart.confusion("Your network's predictions of the " + test.size()
                        + " Fashion-MNIST test images (seed " + config.seed() + ")", test.y(), predicted,
                        FashionMnist.CLASS_NAMES);
            }
            if (accuracy >= TARGET || seconds > 40 / 4.0) {
                break;
            }
        }
        grade.chart(confusion);
        grade.leaderboard("Fashion-MNIST test accuracy", accuracy, Grade.Order.DESCENDING);
        grade.fraction((accuracy - FLOOR) / (TARGET - FLOOR));
        Check.atLeast(FLOOR, accuracy, "test accuracy after " + call + " (the reference reaches about 0.8; " + IF_LOW
                + "; 0.1 is chance)");
    }

    // ---- inputs ------------------------------------------------------------------------------

    @HiddenUntilPublished
    @Order(13)
    @Points(0.5)
    @DisplayName("step, train, accuracy and the trained model's outputs and classes leave their inputs unchanged")
    void inputsAreNotChanged(@Student Training student, Seeded random) {
        Parameters p = Inputs.params(random, 2, 3, 2, 1.0);
        Parameters gradient = Inputs.params(random, 2, 3, 2, 1.0);
        Parameters pBefore = Inputs.copy(p);
        Parameters gradientBefore = Inputs.copy(gradient);
        Parameters stepped = student.step(p, gradient, 0.1);
        Inputs.unchanged(pBefore, p, "p passed to step(p, gradient, η)");
        Inputs.computes(Inputs.nonZero(stepped), "step(p, gradient, 0.1)");
        Inputs.unchanged(gradientBefore, gradient, "gradient passed to step(p, gradient, η)");

        Dataset train = blobs(random).train();
        double[][] X = train.X();
        double[][] Y = Inputs.oneHot(train.y(), BLOB_K);
        double[][] XBefore = Check.copy(X);
        double[][] YBefore = Check.copy(Y);
        Model model = student.train(X, Y, new TrainingConfig(4, Activation.RELU, Output.SOFTMAX_CROSS_ENTROPY, 1, 0.1,
                16, 0, random.nextSeed()));
        Check.unchanged(XBefore, X, "X passed to train(X, Y, config) (shuffle an index order, not the rows)");
        Check.unchanged(YBefore, Y, "Y passed to train(X, Y, config) (shuffle an index order, not the rows)");
        Check.isTrue(model != null, "train(X, Y, config) returned null");
        model.outputs(X);
        Check.unchanged(XBefore, X, "X passed to outputs(X) of the trained model (write a2 into a new array)");
        model.classes(X);
        Check.unchanged(XBefore, X, "X passed to classes(X) of the trained model");

        int[] predicted = random.labels(10, 3);
        int[] labels = random.labels(10, 3);
        int[] predictedBefore = predicted.clone();
        int[] labelsBefore = labels.clone();
        student.accuracy(predicted, labels);
        Check.unchanged(predictedBefore, predicted, "predicted passed to accuracy(predicted, y)");
        Check.unchanged(labelsBefore, labels, "y passed to accuracy(predicted, y)");
    }

    // ---- against the reference's own training ------------------------------------------------

    @HiddenUntilPublished
    @Order(14)
    @Points(1)
    @DisplayName("initialize: the same numbers as the reference for the same seed (W1 then W2, row by row; rtol 1e-12)")
    void initializeMatchesReference(@Student Training student, @Reference Training reference, Seeded random) {
        for (int trial = 0; trial < 5; trial++) {
            int d = random.between(1, 6);
            int h = random.between(1, 6);
            int k = random.between(1, 4);
            long seed = random.nextSeed();
            Parameters expected = reference.initialize(d, h, k, seed);
            Inputs.allClose(expected, student.initialize(d, h, k, seed), Tolerance.rtol(1e-12),
                    () -> "initialize(d = " + d + ", h = " + h
                    + ", k = " + k + ", seed " + seed + ") (from new Random(seed): W1_jm = √(2/d) · nextGaussian() row by"
                    + " row, then W2_cj = √(2/h) · nextGaussian() row by row, zero biases)");
        }
    }

    @HiddenUntilPublished
    @Order(15)
    @Points(2)
    @Tag("training")
    @DisplayName("train: minibatch SGD gives the reference's parameters after 3 epochs (50 blobs, batches of 8 and a"
            + " last one of 2, each activation, λ 0.01; rtol 1e-6)")
    void trainMatchesReferenceOverMinibatchEpochs(@Student Training student, @Reference Training reference,
                                                  Seeded random) {
        Dataset blobs = blobs(random).train();
        int n = 50;
        double[][] X = java.util.Arrays.copyOf(blobs.X(), n);
        double[][] Y = Inputs.oneHot(java.util.Arrays.copyOf(blobs.y(), n), BLOB_K);
        for (Activation g : Activation.values()) {
            TrainingConfig config = new TrainingConfig(5, g, Output.SOFTMAX_CROSS_ENTROPY, 3, 0.1, 8, 0.01,
                    random.nextSeed());
            Network expected = reference.train(Check.copy(X), Check.copy(Y), config).network();
            String call = "train(X, Y, " + describe(config) + ", seed " + config.seed() + ") on " + n + " examples";
            Network actual = trained(student.train(Check.copy(X), Check.copy(Y), config), BLOB_D, config.hidden(),
                    BLOB_K, call);
            Inputs.allClose(expected.p(), actual.p(), TRAINING,
                    () -> call + ", compared with the reference's training with"
                    + " the same seed (the handout fixes every draw: one new Random(seed) for the initialization and then"
                    + " the shuffles; each epoch a Fisher–Yates shuffle of the same order array, i from n − 1 down to 1,"
                    + " j = nextInt(i + 1); batches of batchSize consecutive indices, the last one smaller; one step with"
                    + " each batch's gradient; if the gradients tests fail, fix those first): network().p()");
        }
    }

    @HiddenUntilPublished
    @Order(16)
    @Points(1)
    @DisplayName("accuracy and train reject inputs that do not fit: lengths or rows that differ, batch size 0")
    void badInputsAreRejected(@Student Training student, Seeded random) {
        Inputs.rejects(() -> student.accuracy(new int[] {0, 1, 2}, new int[] {0, 1}),
                "accuracy(predicted = [0, 1, 2], y = [0, 1]) (3 predictions for 2 labels)");
        double[][] X = random.gaussian(5, 2, 1.0);
        double[][] Y = Inputs.oneHot(random.labels(4, 2), 2);
        Inputs.rejects(() -> student.train(Check.copy(X), Check.copy(Y), new TrainingConfig(3, Activation.RELU,
                Output.SOFTMAX_CROSS_ENTROPY, 1, 0.1, 2, 0, random.nextSeed())),
                "train(X, Y, config) with 5 rows in X and 4 in Y");
        double[][] Y5 = Inputs.oneHot(random.labels(5, 2), 2);
        Inputs.rejects(() -> student.train(Check.copy(X), Check.copy(Y5), new TrainingConfig(3, Activation.RELU,
                Output.SOFTMAX_CROSS_ENTROPY, 1, 0.1, 0, 0, random.nextSeed())),
                "train(X, Y, config) with batch size 0");
    }

    @HiddenUntilPublished
    @Order(17)
    @Points(1)
    @Tag("training")
    @DisplayName("train: the reference's parameters also at the batch edges, after 3 epochs: batch size 1, a last batch"
            + " of one example (49 examples, batches of 8), and one example with batch size 4 (rtol 1e-6)")
    void trainMatchesReferenceAtBatchEdges(@Student Training student, @Reference Training reference, Seeded random) {
        Dataset blobs = blobs(random).train();
        // Each edge with another activation and output, so that train is seen to follow config.g() and config.output().
        record Edge(int n, int batchSize, Activation g, Output output) {
        }
        for (Edge edge : new Edge[] {new Edge(20, 1, Activation.RELU, Output.SOFTMAX_CROSS_ENTROPY),
                new Edge(49, 8, Activation.TANH, Output.SIGMOID_BINARY_CROSS_ENTROPY),
                new Edge(1, 4, Activation.SIGMOID, Output.IDENTITY_SQUARED_ERROR)}) {
            double[][] X = java.util.Arrays.copyOf(blobs.X(), edge.n());
            double[][] Y = new double[edge.n()][];
            for (int i = 0; i < edge.n(); i++) {
                Y[i] = switch (edge.output()) {
                    case SOFTMAX_CROSS_ENTROPY -> Inputs.oneHot(blobs.y()[i], BLOB_K);
                    case SIGMOID_BINARY_CROSS_ENTROPY -> new double[] {blobs.y()[i] % 2};
                    case IDENTITY_SQUARED_ERROR -> random.gaussian(2, 1.0);
                };
            }
            int k = Y[0].length;
            TrainingConfig config = new TrainingConfig(5, edge.g(), edge.output(), 3, 0.1, edge.batchSize(), 0.01,
                    random.nextSeed());
            Network expected = reference.train(Check.copy(X), Check.copy(Y), config).network();
            String call = "train(X, Y, " + describe(config) + ", seed " + config.seed() + ") on " + edge.n()
                    + (edge.n() == 1 ? " example" : " examples");
            Network actual = trained(student.train(Check.copy(X), Check.copy(Y), config), BLOB_D, config.hidden(), k,
                    call);
            Inputs.allClose(expected.p(), actual.p(), TRAINING,
                    () -> call + ", compared with the reference's training with"
                    + " the same seed (batches of batchSize consecutive indices of the shuffled order, the last one"
                    + " smaller, down to one example, and none empty; a batch size of 1 is allowed; n may be below the"
                    + " batch size): network().p()");
        }
    }

    @HiddenUntilPublished
    @Order(18)
    @Points(1)
    @DisplayName("Model: classes follow outputs by the handout's rule, also on ties: a2 ≥ 0.5 with one output, the"
            + " lowest c of equal largest outputs (trained with η 0, so x = 0 gives a2 = 0.5 and equal outputs)")
    void modelClassesFollowTheRuleOnTies(@Student Training student, Seeded random) {
        // With η = 0 the network stays initialize's, whose biases are zero: for x = 0 every score is exactly 0, so
        // a sigmoid output is exactly 0.5 and softmax outputs are all equal. ReLU keeps a1 = g(0) = 0 there. The
        // outputs must be the network's own (so that a model whose outputs are all zeros earns nothing here).
        for (Output output : Output.values()) {
            int k = output == Output.SOFTMAX_CROSS_ENTROPY ? 3 : 1;
            double[][] X = random.gaussian(12, 2, 1.0);
            double[][] Y = Inputs.targets(random, output, 12, k);
            TrainingConfig config = new TrainingConfig(4, Activation.RELU, output, 1, 0, 4, 0, random.nextSeed());
            Model model = student.train(Check.copy(X), Check.copy(Y), config);
            Network net = trained(model, 2, 4, k, "train(X, Y, " + describe(config) + ")");
            double[][] probes = random.gaussian(8, 2, 1.0);
            probes[3] = new double[2];
            String which = "the model trained by train(X, Y, " + describe(config) + ")";
            double[][] a2 = model.outputs(Check.copy(probes));
            double[][] forward = new double[probes.length][];
            for (int i = 0; i < probes.length; i++) {
                forward[i] = Maths.forward(net, probes[i])[3];
            }
            Check.allClose(forward, a2, ROUNDING,
                    () -> "outputs(X) of " + which + ", for X = " + show(probes) + " (a2 of"
                    + " forward(network(), x) for each row x)");
            int[] expected = new int[probes.length];
            for (int i = 0; i < probes.length; i++) {
                int best = 0;
                for (int c = 1; c < k; c++) {
                    best = a2[i][c] > a2[i][best] ? c : best;
                }
                expected[i] = k == 1 ? (a2[i][0] >= 0.5 ? 1 : 0) : best;
            }
            Check.equal(expected, model.classes(Check.copy(probes)), () -> "classes(X) of " + which + ", for X = "
                    + show(probes) + " with outputs(X) = " + show(a2) + (k == 1 ? " (one output: 1 if a2 ≥ 0.5, else 0)"
                    : " (argmax of a2, the lowest c on a tie)"));
        }
    }

    // ---- shared ------------------------------------------------------------------------------

    /** θ − η ∇θ, computed here. */
    private static Parameters descend(Parameters p, Parameters gradient, double eta) {
        double[][] W1 = Check.copy(p.W1());
        double[] b1 = p.b1().clone();
        double[][] W2 = Check.copy(p.W2());
        double[] b2 = p.b2().clone();
        for (int j = 0; j < W1.length; j++) {
            for (int m = 0; m < W1[j].length; m++) {
                W1[j][m] -= eta * gradient.W1()[j][m];
            }
            b1[j] -= eta * gradient.b1()[j];
        }
        for (int c = 0; c < W2.length; c++) {
            for (int j = 0; j < W2[c].length; j++) {
                W2[c][j] -= eta * gradient.W2()[c][j];
            }
            b2[c] -= eta * gradient.b2()[c];
        }
        return new Parameters(W1, b1, W2, b2);
    }
}
