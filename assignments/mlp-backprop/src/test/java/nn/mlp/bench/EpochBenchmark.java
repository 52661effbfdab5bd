package nn.mlp.bench;

import nn.mlp.Activation;
import nn.mlp.Backprop;
import nn.mlp.Network;
import nn.mlp.Output;
import nn.mlp.Parameters;
import nn.mlp.Sgd;
import nn.util.Dataset;
import nn.util.Idx;

import com.sun.management.OperatingSystemMXBean;

import java.lang.management.ManagementFactory;
import java.nio.file.Path;
import java.util.Random;

/**
 * The reference's training speed and accuracy on the full Fashion-MNIST: a 784-100-10 ReLU network,
 * softmax output, minibatch SGD with batch 64, the same algorithm as bench/numpy_epoch.py. Prints
 * wall and CPU seconds (all threads: the reference's gradients share a batch out among the cores)
 * and test accuracy per epoch. Not a test: run it with bench/epochs.sh.
 *
 * The learning rate of epoch e (from 1) is η / (1 + decay · (e − 1)): with decay 0 it is constant;
 * a decaying rate lets SGD settle instead of wandering around the minimum at the last epochs.
 *
 * <pre>args: EPOCHS LEARNING_RATE LAMBDA DECAY [DATA_DIR]</pre>
 */
public final class EpochBenchmark {
    private static final int HIDDEN = 100;
    private static final int CLASSES = 10;
    private static final int BATCH = 64;

    public static void main(String[] args) throws Exception {
        int epochs = Integer.parseInt(args[0]);
        double learningRate = Double.parseDouble(args[1]);
        double lambda = Double.parseDouble(args[2]);
        double decay = Double.parseDouble(args[3]);
        Path dir = Path.of(args.length > 4 ? args[4] : "/usr/share/datasets/fashion-mnist");
        Dataset train = Idx.read(dir.resolve("train-images-idx3-ubyte.gz"), dir.resolve("train-labels-idx1-ubyte.gz"));
        Dataset test = Idx.read(dir.resolve("t10k-images-idx3-ubyte.gz"), dir.resolve("t10k-labels-idx1-ubyte.gz"));
        int n = train.size();
        double[][] Y = new double[n][CLASSES];
        for (int i = 0; i < n; i++) {
            Y[i][train.y()[i]] = 1;
        }
        Sgd sgd = new Sgd();
        Backprop backprop = new Backprop();
        Parameters p = sgd.initialize(train.features(), HIDDEN, CLASSES, 1);
        Random random = new Random(1);
        int[] order = new int[n];
        for (int i = 0; i < n; i++) {
            order[i] = i;
        }
        OperatingSystemMXBean process = ManagementFactory.getPlatformMXBean(OperatingSystemMXBean.class);
        for (int epoch = 1; epoch <= epochs; epoch++) {
            long wall = System.nanoTime();
            long cpu = process.getProcessCpuTime();
            double rate = learningRate / (1 + decay * (epoch - 1));
            for (int i = n - 1; i > 0; i--) {
                int j = random.nextInt(i + 1);
                int t = order[i];
                order[i] = order[j];
                order[j] = t;
            }
            for (int start = 0; start < n; start += BATCH) {
                int size = Math.min(BATCH, n - start);
                double[][] Xb = new double[size][];
                double[][] Yb = new double[size][];
                for (int i = 0; i < size; i++) {
                    Xb[i] = train.X()[order[start + i]];
                    Yb[i] = Y[order[start + i]];
                }
                Network net = new Network(p, Activation.RELU, Output.SOFTMAX_CROSS_ENTROPY);
                p = sgd.step(p, backprop.gradients(net, Xb, Yb, lambda), rate);
            }
            double wallSeconds = (System.nanoTime() - wall) / 1e9;
            double cpuSeconds = (process.getProcessCpuTime() - cpu) / 1e9;
            System.out.printf("java  epoch %d: %.2f s wall, %.2f s cpu, test accuracy %.4f%n", epoch, wallSeconds,
                    cpuSeconds, accuracy(backprop, new Network(p, Activation.RELU, Output.SOFTMAX_CROSS_ENTROPY), test));
        }
    }

    private static double accuracy(Backprop backprop, Network net, Dataset test) {
        int correct = 0;
        for (int i = 0; i < test.size(); i++) {
            double[] a2 = backprop.forward(net, test.X()[i]).a2();
            int best = 0;
            for (int c = 1; c < a2.length; c++) {
                if (a2[c] > a2[best]) {
                    best = c;
                }
            }
            if (best == test.y()[i]) {
                correct++;
            }
        }
        return correct / (double) test.size();
    }
}
