package nn.mlp.data;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;
import java.util.Random;
import nn.util.Dataset;
import nn.util.Idx;

/**
 * Makes the Fashion-MNIST subset that the hidden suite trains on, from Debian's package
 * {@code dataset-fashion-mnist} (60k training and 10k test images in
 * {@code /usr/share/datasets/fashion-mnist}): 250 training images of each of the 10 classes and
 * 50 test images of each, drawn with {@code new Random(SEED)} without replacement and kept in
 * their original order, written as gzip IDX files into
 * {@code src/main/resources/nn/mlp/grading/fashion-mnist/} (about 1.3 MB in all). Grading reads
 * only those files, so it works where the package is absent. Rerun (same output, byte for byte
 * up to gzip headers) from the assignment folder, after {@code mvn -o -q -DskipTests install} at the top:
 * <pre>
 *   java -cp target/test-classes:../../reference/target/classes nn.mlp.data.MakeSubset [source dir] [target dir]
 * </pre>
 */
public final class MakeSubset {

    /** Seeds the choice of images. */
    public static final long SEED = 20261122L;
    public static final int TRAIN_PER_CLASS = 250;
    public static final int TEST_PER_CLASS = 50;
    public static final int CLASSES = 10;

    private MakeSubset() {
    }

    public static void main(String[] args) throws IOException {
        Path source = Path.of(args.length > 0 ? args[0] : "/usr/share/datasets/fashion-mnist");
        Path target = Path.of(args.length > 1 ? args[1] : "src/main/resources/nn/mlp/grading/fashion-mnist");
        Files.createDirectories(target);
        Random random = new Random(SEED);
        write(Idx.read(source.resolve("train-images-idx3-ubyte.gz"), source.resolve("train-labels-idx1-ubyte.gz")),
                TRAIN_PER_CLASS, random, target, "train");
        write(Idx.read(source.resolve("t10k-images-idx3-ubyte.gz"), source.resolve("t10k-labels-idx1-ubyte.gz")),
                TEST_PER_CLASS, random, target, "t10k");
    }

    /** perClass examples of each class, chosen at random, in their original order. */
    static Dataset subset(Dataset all, int perClass, Random random) {
        List<Integer> chosen = new ArrayList<>();
        for (int c = 0; c < CLASSES; c++) {
            List<Integer> ofClass = new ArrayList<>();
            for (int i = 0; i < all.size(); i++) {
                if (all.y()[i] == c) {
                    ofClass.add(i);
                }
            }
            Collections.shuffle(ofClass, random);
            chosen.addAll(ofClass.subList(0, perClass));
        }
        int[] indices = chosen.stream().mapToInt(Integer::intValue).sorted().toArray();
        double[][] X = new double[indices.length][];
        int[] y = new int[indices.length];
        for (int i = 0; i < indices.length; i++) {
            X[i] = all.X()[indices[i]];
            y[i] = all.y()[indices[i]];
        }
        return new Dataset(X, y);
    }

    private static void write(Dataset all, int perClass, Random random, Path target, String prefix) throws IOException {
        Dataset part = subset(all, perClass, random);
        Idx.write(target.resolve(prefix + "-images-idx3-ubyte.gz"), target.resolve(prefix + "-labels-idx1-ubyte.gz"),
                part, 28, 28);
        System.out.println(prefix + ": " + part.size() + " images, labels per class "
                + Arrays.toString(count(part.y())));
    }

    private static int[] count(int[] y) {
        int[] counts = new int[CLASSES];
        for (int label : y) {
            counts[label]++;
        }
        return counts;
    }
}
