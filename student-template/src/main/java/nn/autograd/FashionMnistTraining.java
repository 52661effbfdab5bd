package nn.autograd;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import nn.util.Dataset;
import nn.util.Idx;

/**
 * Trains a network with two hidden layers on Fashion-MNIST and prints its test accuracy (given):
 * <pre>
 *   java -cp target/classes nn.autograd.FashionMnistTraining [folder with the four .gz files]
 * </pre>
 * The folder defaults to /usr/share/datasets/fashion-mnist ({@code apt install dataset-fashion-mnist}).
 */
public final class FashionMnistTraining {

    /** Two hidden layers of 128 and 64 ReLU units, momentum 0.9, batches of 64. */
    public static final TrainingConfig CONFIG = new TrainingConfig(new int[] {128, 64}, Activation.RELU, 10, 0.02, 0.9,
            64, 1e-4, 1);

    private FashionMnistTraining() {
    }

    public static void main(String[] args) throws IOException {
        Path dir = Path.of(args.length > 0 ? args[0] : "/usr/share/datasets/fashion-mnist");
        if (!Files.isDirectory(dir)) {
            System.err.println(dir + " is not a folder: give the folder of Fashion-MNIST's four .gz files");
            System.exit(2);
        }
        Dataset train = Idx.read(dir.resolve("train-images-idx3-ubyte.gz"), dir.resolve("train-labels-idx1-ubyte.gz"));
        Dataset test = Idx.read(dir.resolve("t10k-images-idx3-ubyte.gz"), dir.resolve("t10k-labels-idx1-ubyte.gz"));
        Training trainer = new Trainer();
        long start = System.nanoTime();
        Network net = trainer.train(train.X(), train.y(), 10, CONFIG);
        double seconds = (System.nanoTime() - start) / 1e9;
        double accuracy = trainer.accuracy(net.classes(test.X()), test.y());
        System.out.printf("%d training images, %d epochs: test accuracy %.3f on %d images, %.1f s of training%n",
                train.size(), CONFIG.epochs(), accuracy, test.size(), seconds);
    }
}
