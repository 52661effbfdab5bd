package nn.util;

import java.io.BufferedReader;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;

/**
 * Small datasets for trying a classifier: Gaussian blobs, a train/validation/test split, and CSV files.
 * <pre>{@code
 * Dataset data = Datasets.blobs(600, 2, 3, 1.0, 42);        // 600 points, 2 features, 3 classes
 * Split split = Datasets.split(data, 0.6, 0.2, 7);         // 360 train, 120 validation, 120 test
 * Classifier model = new Trainer().train(split.train().X(), split.train().y(), 3, config);
 * double accuracy = new Trainer().accuracy(model.predict(split.test().X()), split.test().y());
 * }</pre>
 * Everything is seeded: the same arguments give the same data.
 */
public final class Datasets {

    /** The smallest distance between two blob centers: 6 standard deviations at spread 1. */
    private static final double SEPARATION = 6;

    private Datasets() {
    }

    /**
     * n points in k Gaussian clusters in d dimensions. The k centers are drawn with
     * {@code new Random(seed)}, at least 6 apart from each other; point i has label y_i = i mod k
     * (so the classes are balanced, sizes differ by at most 1) and x_i = center(y_i) + spread · N(0, I).
     * At spread 1 the classes barely overlap and softmax regression classifies more than 90%
     * correctly; a larger spread makes the task harder.                shapes: -> X [n][d], y [n]
     */
    public static Dataset blobs(int n, int d, int k, double spread, long seed) {
        if (n < 0 || d < 1 || k < 1) {
            throw new IllegalArgumentException("need n >= 0, d >= 1, k >= 1, got n " + n + ", d " + d + ", k " + k);
        }
        if (!(spread >= 0) || Double.isInfinite(spread)) {
            throw new IllegalArgumentException("spread must be finite and >= 0, got " + spread);
        }
        Random random = new Random(seed);
        double[][] centers = centers(d, k, random);
        double[][] X = new double[n][d];
        int[] y = new int[n];
        for (int i = 0; i < n; i++) {
            y[i] = i % k;
            for (int j = 0; j < d; j++) {
                X[i][j] = centers[y[i]][j] + spread * random.nextGaussian();
            }
        }
        return new Dataset(X, y);
    }

    /**
     * Shuffles the examples with {@code new Random(seed)} (each x stays with its y) and cuts them
     * into train (round(n · trainFraction) examples), validation (round(n · validationFraction),
     * at most what is left) and test (the rest). E.g. 100 examples with 0.6, 0.2 give 60, 20, 20.
     * The parts hold copies of the rows: changing them does not change {@code data}.
     */
    public static Split split(Dataset data, double trainFraction, double validationFraction, long seed) {
        if (!(trainFraction >= 0) || !(validationFraction >= 0) || trainFraction + validationFraction > 1 + 1e-12) {
            throw new IllegalArgumentException("fractions must be >= 0 with a sum <= 1, got train "
                    + trainFraction + ", validation " + validationFraction);
        }
        int n = data.size();
        int[] order = new int[n];
        for (int i = 0; i < n; i++) {
            order[i] = i;
        }
        Random random = new Random(seed);
        for (int i = n - 1; i > 0; i--) {                   // Fisher–Yates
            int j = random.nextInt(i + 1);
            int swap = order[i];
            order[i] = order[j];
            order[j] = swap;
        }
        int nTrain = (int) Math.min(n, Math.round(n * trainFraction));
        int nValidation = (int) Math.min(n - nTrain, Math.round(n * validationFraction));
        return new Split(
                subset(data, order, 0, nTrain),
                subset(data, order, nTrain, nTrain + nValidation),
                subset(data, order, nTrain + nValidation, n));
    }

    /**
     * Reads a CSV file of numbers, one example per line, the label (an integer ≥ 0) in column
     * {@code labelColumn} (0 is the first; −1 the last) and the features in the other columns,
     * in order. Fields are separated by commas (no quoting); blank lines are skipped; with
     * {@code header} the first line is skipped. E.g. the line {@code 5.1,3.5,0} with labelColumn −1
     * is x = [5.1, 3.5], y = 0.
     *
     * @throws IOException              if the file cannot be read (the message names the file)
     * @throws IllegalArgumentException if a line is malformed: the message names the file and the
     *                                  line number, e.g. "data.csv line 7: column 2 'abc' is not a number"
     */
    public static Dataset readCsv(Path file, int labelColumn, boolean header) throws IOException {
        List<double[]> rows = new ArrayList<>();
        List<Integer> labels = new ArrayList<>();
        int columns = -1;
        int columnsLine = 0;
        try (BufferedReader reader = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            String line;
            int number = 0;
            while ((line = reader.readLine()) != null) {
                number++;
                if (header && number == 1 || line.isBlank()) {
                    continue;
                }
                String where = file.getFileName() + " line " + number + ": ";
                String[] fields = line.split(",", -1);
                if (columns < 0) {
                    columns = fields.length;
                    columnsLine = number;
                } else if (fields.length != columns) {
                    throw new IllegalArgumentException(where + "expected " + columns + " columns (as on line "
                            + columnsLine + ") but found " + fields.length);
                }
                int label = labelColumn < 0 ? columns + labelColumn : labelColumn;
                if (label < 0 || label >= columns) {
                    throw new IllegalArgumentException(where + "label column " + labelColumn
                            + " does not exist, the line has " + columns + " columns");
                }
                double[] x = new double[columns - 1];
                for (int c = 0, j = 0; c < columns; c++) {
                    String field = fields[c].trim();
                    if (c == label) {
                        labels.add(parseLabel(field, where, c));
                    } else {
                        x[j++] = parseNumber(field, where, c);
                    }
                }
                rows.add(x);
            }
        } catch (NoSuchFileException e) {
            throw new NoSuchFileException(file.toString(), null, "no such file");
        } catch (IOException e) {
            throw new IOException("cannot read " + file + ": " + e.getMessage(), e);
        }
        if (rows.isEmpty()) {
            throw new IllegalArgumentException(file.getFileName() + ": no data lines" + (header ? " after the header" : ""));
        }
        double[][] X = rows.toArray(new double[0][]);
        int[] y = labels.stream().mapToInt(Integer::intValue).toArray();
        return new Dataset(X, y);
    }

    // ---- helpers -----------------------------------------------------------------------------

    /** k centers drawn uniformly in a cube, each at least SEPARATION from the others; the cube grows if they do not fit. */
    private static double[][] centers(int d, int k, Random random) {
        double[][] centers = new double[k][d];
        double halfSide = SEPARATION;
        for (int c = 0; c < k; c++) {
            boolean placed = false;
            while (!placed) {
                for (int attempt = 0; attempt < 100 && !placed; attempt++) {
                    for (int j = 0; j < d; j++) {
                        centers[c][j] = halfSide * (2 * random.nextDouble() - 1);
                    }
                    placed = farFromOthers(centers, c);
                }
                if (!placed) {
                    halfSide *= 1.5;
                }
            }
        }
        return centers;
    }

    /** Whether centers[c] is at least SEPARATION from centers[0..c−1]. */
    private static boolean farFromOthers(double[][] centers, int c) {
        for (int other = 0; other < c; other++) {
            double squared = 0;
            for (int j = 0; j < centers[c].length; j++) {
                double difference = centers[c][j] - centers[other][j];
                squared += difference * difference;
            }
            if (squared < SEPARATION * SEPARATION) {
                return false;
            }
        }
        return true;
    }

    /** The examples order[from..to), with copied rows. */
    private static Dataset subset(Dataset data, int[] order, int from, int to) {
        double[][] X = new double[to - from][];
        int[] y = new int[to - from];
        for (int i = from; i < to; i++) {
            X[i - from] = data.X()[order[i]].clone();
            y[i - from] = data.y()[order[i]];
        }
        return new Dataset(X, y);
    }

    private static double parseNumber(String field, String where, int column) {
        try {
            return Double.parseDouble(field);
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException(where + "column " + column + " '" + field + "' is not a number");
        }
    }

    private static int parseLabel(String field, String where, int column) {
        double value;
        try {
            value = Double.parseDouble(field);
        } catch (NumberFormatException e) {
            value = Double.NaN;
        }
        if (!(value >= 0) || value != Math.rint(value) || value > Integer.MAX_VALUE) {
            throw new IllegalArgumentException(where + "label (column " + column + ") '" + field
                    + "' is not an integer >= 0");
        }
        return (int) value;
    }
}
