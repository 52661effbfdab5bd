package nn.softmax;

import static nn.util.AllClose.assertAllClose;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import nn.util.Dataset;
import nn.util.Datasets;
import nn.util.Split;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/** Public tests of Trainer and its classifier. The graders' suite has more. */
class TrainerTest {

    private final Training trainer = new Trainer();

    @Test
    @DisplayName("step: θ − η ∇θ for W and b")
    void step() {
        Params p = new Params(new double[][] {{1, 2}}, new double[] {3});
        Params gradient = new Params(new double[][] {{10, 20}}, new double[] {-1});
        Params next = trainer.step(p, gradient, 0.1);
        assertAllClose(new double[][] {{0, 0}}, next.W(), 0, 1e-12, "step(...).W() with W=[[1, 2]], dW=[[10, 20]], η=0.1");
        assertAllClose(new double[] {3.1}, next.b(), 1e-12, 0, "step(...).b() with b=[3], db=[-1], η=0.1");
        assertAllClose(new double[][] {{1, 2}}, p.W(), 0, 0, "W after step (step must not change its input)");
    }

    @Test
    @DisplayName("accuracy: 3 of 4 predictions right is 0.75")
    void accuracy() {
        assertAllClose(0.75, trainer.accuracy(new int[] {0, 1, 2, 1}, new int[] {0, 1, 1, 1}), 1e-12, 0,
                "accuracy(predicted=[0, 1, 2, 1], y=[0, 1, 1, 1])");
    }

    @Test
    @DisplayName("train: more than 90% test accuracy on 3 blobs, in well under a few seconds")
    void trainOnBlobs() {
        Split split = Datasets.split(Datasets.blobs(600, 2, 3, 1.0, 42), 0.6, 0.2, 7);
        Dataset train = split.train();
        Dataset test = split.test();
        TrainingConfig config = new TrainingConfig(50, 0.1, 32, 1e-4, 1);
        Classifier model = assertTimeoutPreemptively(Duration.ofSeconds(5),
                () -> trainer.train(train.X(), train.y(), 3, config), "train took more than 5 s");
        double accuracy = trainer.accuracy(model.predict(test.X()), test.y());
        assertTrue(accuracy > 0.9, "test accuracy after training on 3 well-separated blobs is " + accuracy + ", expected > 0.9");
    }

    @Test
    @DisplayName("the trained classifier: probabilities sum to 1 and predict is their argmax")
    void classifier() {
        Dataset data = Datasets.blobs(90, 3, 3, 1.0, 5);
        Classifier model = trainer.train(data.X(), data.y(), 3, new TrainingConfig(20, 0.1, 10, 0, 3));
        double[][] a = model.probabilities(data.X());
        int[] predicted = model.predict(data.X());
        for (int i = 0; i < a.length; i++) {
            assertAllClose(1.0, a[i][0] + a[i][1] + a[i][2], 1e-9, 0, "sum of probabilities of example " + i);
            int argmax = a[i][0] >= a[i][1] && a[i][0] >= a[i][2] ? 0 : a[i][1] >= a[i][2] ? 1 : 2;
            assertTrue(predicted[i] == argmax, "example " + i + ": predict gave " + predicted[i]
                    + " but the most probable class is " + argmax);
        }
    }

    @Test
    @DisplayName("train is deterministic: the same seed gives the same parameters, and X, y are unchanged")
    void deterministic() {
        Dataset data = Datasets.blobs(60, 2, 3, 1.0, 9);
        double[][] X = data.X();
        int[] y = data.y();
        double[][] xBefore = Datasets.blobs(60, 2, 3, 1.0, 9).X();
        TrainingConfig config = new TrainingConfig(5, 0.1, 7, 0.01, 11);
        Params first = trainer.train(X, y, 3, config).params();
        Params second = trainer.train(X, y, 3, config).params();
        assertAllClose(first.W(), second.W(), 0, 0, "W of two trainings with the same seed");
        assertAllClose(first.b(), second.b(), 0, 0, "b of two trainings with the same seed");
        assertAllClose(xBefore, X, 0, 0, "X after training (train must not change its input)");
        assertArrayEquals(Datasets.blobs(60, 2, 3, 1.0, 9).y(), y, "y after training (train must not change its input)");
    }
}
