package nngrader.api;

import java.util.Random;

/**
 * Random inputs for a hidden test, seeded from the submission's code and the test, so that a student
 * cannot hard-code answers and a rerun of the same code gives the same inputs, even when only its
 * comments or layout changed. Inject it as a parameter.
 *
 * <pre>{@code
 * @Test @Points(2)
 * void softmaxSumsToOne(@Student SoftmaxRegression s, Seeded random) {
 *     for (int trial = 0; trial < 20; trial++) {
 *         double[] z = random.gaussian(random.between(2, 12), 5.0);
 *         Check.allClose(1.0, sum(s.softmax(z)), 1e-9, 0, "sum of softmax(" + Check.show(z) + ")");
 *     }
 * }
 * }</pre>
 */
public final class Seeded {
    private final long seed;
    private final Random random;

    public Seeded(long seed) {
        this.seed = seed;
        this.random = new Random(seed);
    }

    /** The seed, e.g. to hand on to code that takes one. */
    public long seed() {
        return seed;
    }

    /** A new seed drawn from this stream, for a call that takes a seed of its own. */
    public long nextSeed() {
        return random.nextLong();
    }

    /** A whole number in [lo, hi], both ends included. */
    public int between(int lo, int hi) {
        if (hi < lo) {
            throw new IllegalArgumentException("between(" + lo + ", " + hi + "): hi < lo");
        }
        return lo + random.nextInt(hi - lo + 1);
    }

    /** A number uniform in [lo, hi). */
    public double uniform(double lo, double hi) {
        return lo + (hi - lo) * random.nextDouble();
    }

    /** n numbers uniform in [lo, hi). */
    public double[] uniform(int n, double lo, double hi) {
        double[] v = new double[n];
        for (int i = 0; i < n; i++) {
            v[i] = uniform(lo, hi);
        }
        return v;
    }

    /** One draw of N(0, sd²). */
    public double gaussian(double sd) {
        return sd * random.nextGaussian();
    }

    /** n independent draws of N(0, sd²). */
    public double[] gaussian(int n, double sd) {
        double[] v = new double[n];
        for (int i = 0; i < n; i++) {
            v[i] = gaussian(sd);
        }
        return v;
    }

    /** A rows × cols matrix of independent N(0, sd²) draws. */
    public double[][] gaussian(int rows, int cols, double sd) {
        double[][] m = new double[rows][];
        for (int r = 0; r < rows; r++) {
            m[r] = gaussian(cols, sd);
        }
        return m;
    }

    /** n class labels, each uniform in [0, k). */
    public int[] labels(int n, int k) {
        int[] y = new int[n];
        for (int i = 0; i < n; i++) {
            y[i] = random.nextInt(k);
        }
        return y;
    }

    /** One class label uniform in [0, k). */
    public int label(int k) {
        return random.nextInt(k);
    }
}
