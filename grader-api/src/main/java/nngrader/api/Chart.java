package nngrader.api;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Objects;

/**
 * A plot for a test's feedback, as data: the grader draws it where the platform shows images
 * (Gradescope's {@code html} output, PrairieLearn, the Markdown report) and gives its {@link #alt()
 * description in words} everywhere. A test adds one with {@link Grade#chart(Chart)}:
 *
 * <pre>{@code
 * grade.chart(Chart.lines("Training loss per epoch, blobs, seed " + seed, "epoch", "loss J")
 *         .series("your train", studentLoss)      // studentLoss[e] = J after epoch e + 1
 *         .series("reference", referenceLoss));
 * grade.chart(Chart.confusion("Fashion-MNIST test images", counts, FashionMnist.CLASS_NAMES));
 * }</pre>
 *
 * A failed comparison of two arrays needs no chart from the suite: the grader adds a table of the
 * entries that differ most, and for a matrix a heat map of the error per entry, by itself.
 */
public sealed interface Chart permits Chart.Lines, Chart.HeatMap, Chart.Confusion {

    /** The heading shown above the plot. */
    String title();

    /** What the plot shows, in one or two sentences: its alt text, and the text of formats without images. */
    String alt();

    /** A line chart with no series yet; add them with {@link Lines#series(String, double[])}. */
    static Lines lines(String title, String xLabel, String yLabel) {
        return new Lines(title, xLabel, yLabel, List.of());
    }

    /**
     * A heat map of one value per entry of a matrix, e.g. the relative error of each entry of a gradient.
     *
     * @param valueLabel what a cell's colour means, e.g. {@code "relative error"}
     */
    static HeatMap heatMap(String title, double[][] values, String valueLabel) {
        return new HeatMap(title, values, valueLabel);
    }

    /**
     * A confusion matrix: {@code counts[i][j]} examples of true class {@code i} were predicted as class {@code j}.
     *
     * @param classes the name of each class, in index order
     */
    static Confusion confusion(String title, int[][] counts, List<String> classes) {
        return new Confusion(title, counts, classes);
    }

    /**
     * The confusion matrix of {@code predicted} classes against the true ones, {@code y}.
     *
     * <pre>{@code
     * grade.chart(Chart.confusion("Test images", test.y(), Maths.classes(net, test.X()), CLASS_NAMES));
     * }</pre>
     */
    static Confusion confusion(String title, int[] y, int[] predicted, List<String> classes) {
        if (y.length != predicted.length) {
            throw new IllegalArgumentException(y.length + " labels but " + predicted.length + " predictions");
        }
        int[][] counts = new int[classes.size()][classes.size()];
        for (int i = 0; i < y.length; i++) {
            counts[y[i]][predicted[i]]++;
        }
        return new Confusion(title, counts, classes);
    }

    /**
     * Lines over x = 1, 2, …, n (e.g. epochs), one per series; a series' non-finite values are gaps.
     *
     * @param series the lines, in the order of the legend
     */
    record Lines(String title, String xLabel, String yLabel, List<Series> series) implements Chart {
        public Lines {
            Objects.requireNonNull(title, "title");
            Objects.requireNonNull(xLabel, "xLabel");
            Objects.requireNonNull(yLabel, "yLabel");
            series = List.copyOf(series);
        }

        /** These lines and one more, drawn at x = 1 … {@code y.length}. */
        public Lines series(String name, double[] y) {
            List<Series> more = new ArrayList<>(series);
            more.add(new Series(name, y));
            return new Lines(title, xLabel, yLabel, more);
        }

        /** "Training loss: loss J against epoch. your train: 0.69 at epoch 1, 0.68 at epoch 20. reference: …" */
        @Override
        public String alt() {
            StringBuilder text = new StringBuilder(title).append(": ").append(yLabel).append(" against ").append(xLabel)
                    .append('.');
            for (Series s : series) {
                text.append(' ').append(s.name()).append(": ");
                if (s.y().length == 0) {
                    text.append("no values.");
                } else {
                    text.append(Show.number(s.y()[0], 3)).append(" at ").append(xLabel).append(" 1, ")
                            .append(Show.number(s.y()[s.y().length - 1], 3)).append(" at ").append(xLabel).append(' ')
                            .append(s.y().length).append('.');
                }
            }
            return text.toString();
        }
    }

    /** One line of a {@link Lines} chart: its legend name and its y values. */
    record Series(String name, double[] y) {
        public Series {
            Objects.requireNonNull(name, "name");
            y = y.clone();
        }

        @Override
        public double[] y() {
            return y.clone();
        }
    }

    /** One value per entry of a matrix (rows of any equal length), drawn as colours; see {@link #heatMap}. */
    record HeatMap(String title, double[][] values, String valueLabel) implements Chart {
        public HeatMap {
            Objects.requireNonNull(title, "title");
            Objects.requireNonNull(valueLabel, "valueLabel");
            values = Arrays.stream(values).map(double[]::clone).toArray(double[][]::new);
            for (double[] row : values) {
                if (row.length != values[0].length) {
                    throw new IllegalArgumentException("a heat map's rows must have one length");
                }
            }
        }

        @Override
        public double[][] values() {
            return Arrays.stream(values).map(double[]::clone).toArray(double[][]::new);
        }

        /** "Relative error per entry of dW: one cell per entry (3 × 4), coloured by relative error; the largest, 2.0, is at [1][2]." */
        @Override
        public String alt() {
            int rows = values.length;
            int cols = rows == 0 ? 0 : values[0].length;
            int worstI = -1;
            int worstJ = -1;
            double worst = Double.NEGATIVE_INFINITY;
            for (int i = 0; i < rows; i++) {
                for (int j = 0; j < cols; j++) {
                    double v = Double.isNaN(values[i][j]) ? Double.POSITIVE_INFINITY : values[i][j];
                    if (v > worst) {
                        worst = v;
                        worstI = i;
                        worstJ = j;
                    }
                }
            }
            String shape = rows + " × " + cols;
            if (worstI < 0) {
                return title + ": a heat map of " + valueLabel + " over " + shape + " entries (empty).";
            }
            // a vector is drawn as one row, and named with one index, as the suite names its entries
            String where = rows == 1 ? Show.where(worstJ, -1) : Show.where(worstI, worstJ);
            return String.format(Locale.ROOT, "%s: one cell per entry (%s), coloured by %s; the largest, %s, is at %s.",
                    title, shape, valueLabel, Show.number(values[worstI][worstJ], 3), where);
        }
    }

    /** A confusion matrix; see {@link #confusion}. */
    record Confusion(String title, int[][] counts, List<String> classes) implements Chart {
        public Confusion {
            Objects.requireNonNull(title, "title");
            classes = List.copyOf(classes);
            counts = Arrays.stream(counts).map(int[]::clone).toArray(int[][]::new);
            for (int[] row : counts) {
                if (row.length != classes.size()) {
                    throw new IllegalArgumentException("a confusion matrix needs one column per class ("
                            + classes.size() + "), not " + row.length);
                }
            }
            if (counts.length != classes.size()) {
                throw new IllegalArgumentException("a confusion matrix needs one row per class (" + classes.size()
                        + "), not " + counts.length);
            }
        }

        @Override
        public int[][] counts() {
            return Arrays.stream(counts).map(int[]::clone).toArray(int[][]::new);
        }

        /** "Fashion-MNIST: a confusion matrix of 10 classes; 812 of 1000 right; most confused: Shirt taken for T-shirt (41)." */
        @Override
        public String alt() {
            long total = 0;
            long right = 0;
            int worstI = -1;
            int worstJ = -1;
            for (int i = 0; i < counts.length; i++) {
                for (int j = 0; j < counts[i].length; j++) {
                    total += counts[i][j];
                    if (i == j) {
                        right += counts[i][j];
                    } else if (worstI < 0 || counts[i][j] > counts[worstI][worstJ]) {
                        worstI = i;
                        worstJ = j;
                    }
                }
            }
            String text = title + ": a confusion matrix of " + classes.size() + " classes (rows: true class, columns:"
                    + " predicted); " + right + " of " + total + " examples on the diagonal, predicted right.";
            if (worstI >= 0 && counts[worstI][worstJ] > 0) {
                text += " Most often confused: " + classes.get(worstI) + " predicted as " + classes.get(worstJ) + " ("
                        + counts[worstI][worstJ] + ").";
            }
            return text;
        }
    }
}
