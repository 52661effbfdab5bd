package nn.autograd.grading;

import java.util.List;
import nn.autograd.Activation;
import nn.autograd.GraphProgram;
import nn.autograd.GraphProgram.Op;

/**
 * The arithmetic the tests trust, in plain loops in the grader's JVM: the forward and reverse pass
 * of a {@link GraphProgram}, centered differences, and a sequential network's loss. Nothing here
 * calls student code or the reference.
 */
final class Maths {

    /** Centered differences: f'(x) ≈ (f(x + h) − f(x − h)) / 2h, with h relative to |x|. */
    static final double STEP = 1e-6;

    private Maths() {
    }

    // ---- graphs ------------------------------------------------------------------------------

    /**
     * ∂node[output]/∂node[j] for every node j, by the reverse pass over the program's steps (a
     * program's steps are already in topological order): grad[output] = 1, then for s from the last
     * step down, grad[a] += grad[out] · ∂out/∂a and likewise for b. Nodes the output does not depend
     * on get 0.
     */
    static double[] gradients(GraphProgram g, int output) {
        double[] v = g.values();
        double[] grad = new double[g.size()];
        grad[output] = 1;
        int leaves = g.leaves().length;
        for (int s = Math.min(g.ops().length, output - leaves + 1) - 1; s >= 0; s--) {
            double dOut = grad[leaves + s];
            if (dOut == 0) {
                continue;
            }
            int a = g.a()[s];
            int b = g.b()[s];
            double x = v[a];
            double out = v[leaves + s];
            switch (g.ops()[s]) {
                case ADD -> {
                    grad[a] += dOut;
                    grad[b] += dOut;
                }
                case SUB -> {
                    grad[a] += dOut;
                    grad[b] -= dOut;
                }
                case MUL -> {
                    grad[a] += v[b] * dOut;
                    grad[b] += x * dOut;
                }
                case DIV -> {
                    grad[a] += dOut / v[b];
                    grad[b] -= x / (v[b] * v[b]) * dOut;
                }
                case NEG -> grad[a] -= dOut;
                case POW -> grad[a] += g.p()[s] * Math.pow(x, g.p()[s] - 1) * dOut;
                case EXP -> grad[a] += out * dOut;
                case LOG -> grad[a] += dOut / x;
                case TANH -> grad[a] += (1 - out * out) * dOut;
                case SIGMOID -> grad[a] += out * (1 - out) * dOut;
                case RELU -> grad[a] += x > 0 ? dOut : 0;
            }
        }
        return grad;
    }

    /** ∂node[output]/∂leaf for each leaf by centered differences of {@link GraphProgram#values()}. */
    static double[] numericalLeafGradients(GraphProgram g, int output) {
        double[] numerical = new double[g.leaves().length];
        for (int i = 0; i < numerical.length; i++) {
            double x = g.leaves()[i];
            double h = STEP * Math.max(1, Math.abs(x));
            numerical[i] = (withLeaf(g, i, x + h).values()[output] - withLeaf(g, i, x - h).values()[output]) / (2 * h);
        }
        return numerical;
    }

    private static GraphProgram withLeaf(GraphProgram g, int leaf, double value) {
        double[] leaves = g.leaves().clone();
        leaves[leaf] = value;
        return new GraphProgram(leaves, g.ops(), g.a(), g.b(), g.p(), g.outputs());
    }

    /** The op applied to plain numbers, for messages that show what a step should give. */
    static double apply(Op op, double x, double y, double p) {
        GraphProgram one = new GraphProgram(new double[] {x, y}, new Op[] {op}, new int[] {0}, new int[] {1},
                new double[] {p}, new int[] {2});
        return one.values()[2];
    }

    // ---- layers ------------------------------------------------------------------------------

    /** Z = X Wᵀ + b. */
    static double[][] affine(double[][] X, double[][] W, double[] b) {
        double[][] Z = new double[X.length][b.length];
        for (int i = 0; i < X.length; i++) {
            for (int j = 0; j < b.length; j++) {
                double z = b[j];
                for (int m = 0; m < X[i].length; m++) {
                    z += X[i][m] * W[j][m];
                }
                Z[i][j] = z;
            }
        }
        return Z;
    }

    /** g(Z) elementwise. */
    static double[][] activate(Activation g, double[][] Z) {
        double[][] A = new double[Z.length][];
        for (int i = 0; i < Z.length; i++) {
            A[i] = new double[Z[i].length];
            for (int j = 0; j < Z[i].length; j++) {
                A[i][j] = g(g, Z[i][j]);
            }
        }
        return A;
    }

    static double g(Activation g, double z) {
        return switch (g) {
            case RELU -> Math.max(0, z);
            case SIGMOID -> z >= 0 ? 1 / (1 + Math.exp(-z)) : Math.exp(z) / (1 + Math.exp(z));
            case TANH -> Math.tanh(z);
        };
    }

    /** g'(z): ReLU's is 0 at the kink. */
    static double gPrime(Activation g, double z) {
        return switch (g) {
            case RELU -> z > 0 ? 1 : 0;
            case SIGMOID -> g(g, z) * (1 - g(g, z));
            case TANH -> 1 - Math.tanh(z) * Math.tanh(z);
        };
    }

    /** L = (1/n) Σ_i −log softmax(Z_i)_{y_i}, through log-sum-exp. */
    static double softmaxCrossEntropy(double[][] Z, int[] y) {
        double L = 0;
        for (int i = 0; i < Z.length; i++) {
            double m = Double.NEGATIVE_INFINITY;
            for (double z : Z[i]) {
                m = Math.max(m, z);
            }
            double s = 0;
            for (double z : Z[i]) {
                s += Math.exp(z - m);
            }
            L -= Z[i][y[i]] - m - Math.log(s);
        }
        return L / Z.length;
    }

    /** dL/dZ = (softmax(Z) − onehot(y)) / n. */
    static double[][] softmaxCrossEntropyGradient(double[][] Z, int[] y) {
        double[][] dZ = new double[Z.length][];
        for (int i = 0; i < Z.length; i++) {
            double m = Double.NEGATIVE_INFINITY;
            for (double z : Z[i]) {
                m = Math.max(m, z);
            }
            double s = 0;
            for (double z : Z[i]) {
                s += Math.exp(z - m);
            }
            dZ[i] = new double[Z[i].length];
            for (int c = 0; c < Z[i].length; c++) {
                dZ[i][c] = (Math.exp(Z[i][c] - m) / s - (c == y[i] ? 1 : 0)) / Z.length;
            }
        }
        return dZ;
    }

    // ---- networks ----------------------------------------------------------------------------

    /**
     * A sequential network as plain arrays: affine layers (W_l, b_l) with g after every one but the
     * last.
     */
    record Net(List<double[][]> W, List<double[]> b, Activation g, double lambda) {

        /** The scores Z of the last layer. */
        double[][] scores(double[][] X) {
            double[][] A = X;
            for (int l = 0; l < W.size(); l++) {
                A = affine(A, W.get(l), b.get(l));
                if (l < W.size() - 1) {
                    A = activate(g, A);
                }
            }
            return A;
        }

        /** J = (1/n) Σ L_i + (λ/2) Σ_l ‖W_l‖². */
        double loss(double[][] X, int[] y) {
            double squares = 0;
            for (double[][] Wl : W) {
                for (double[] row : Wl) {
                    for (double w : row) {
                        squares += w * w;
                    }
                }
            }
            return softmaxCrossEntropy(scores(X), y) + lambda / 2 * squares;
        }

        /** ∂J/∂W_l by centered differences of {@link #loss}. */
        double[][] numericalW(int l, double[][] X, int[] y) {
            double[][] Wl = W.get(l);
            double[][] numerical = new double[Wl.length][];
            for (int j = 0; j < Wl.length; j++) {
                numerical[j] = new double[Wl[j].length];
                for (int m = 0; m < Wl[j].length; m++) {
                    double w = Wl[j][m];
                    double h = STEP * Math.max(1, Math.abs(w));
                    Wl[j][m] = w + h;
                    double up = loss(X, y);
                    Wl[j][m] = w - h;
                    double down = loss(X, y);
                    Wl[j][m] = w;
                    numerical[j][m] = (up - down) / (2 * h);
                }
            }
            return numerical;
        }

        /** ∂J/∂b_l by centered differences of {@link #loss}. */
        double[] numericalB(int l, double[][] X, int[] y) {
            double[] bl = b.get(l);
            double[] numerical = new double[bl.length];
            for (int j = 0; j < bl.length; j++) {
                double v = bl[j];
                double h = STEP * Math.max(1, Math.abs(v));
                bl[j] = v + h;
                double up = loss(X, y);
                bl[j] = v - h;
                double down = loss(X, y);
                bl[j] = v;
                numerical[j] = (up - down) / (2 * h);
            }
            return numerical;
        }

        /** The smallest |z| over every hidden unit and example: near 0, centered differences may cross ReLU's kink. */
        double closestToKink(double[][] X) {
            double closest = Double.POSITIVE_INFINITY;
            double[][] A = X;
            for (int l = 0; l < W.size() - 1; l++) {
                double[][] Z = affine(A, W.get(l), b.get(l));
                for (double[] row : Z) {
                    for (double z : row) {
                        closest = Math.min(closest, Math.abs(z));
                    }
                }
                A = activate(g, Z);
            }
            return closest;
        }
    }

    /** (number of i with predicted_i = y_i) / n. */
    static double accuracy(int[] predicted, int[] y) {
        int correct = 0;
        for (int i = 0; i < y.length; i++) {
            if (predicted[i] == y[i]) {
                correct++;
            }
        }
        return (double) correct / y.length;
    }

    /** argmax_c Z_ic, the lowest c on a tie. */
    static int[] classes(double[][] Z) {
        int[] classes = new int[Z.length];
        for (int i = 0; i < Z.length; i++) {
            for (int c = 1; c < Z[i].length; c++) {
                if (Z[i][c] > Z[i][classes[i]]) {
                    classes[i] = c;
                }
            }
        }
        return classes;
    }

    /** A flat copy of the entries, row by row. */
    static double[] flatten(double[][] M) {
        int size = 0;
        for (double[] row : M) {
            size += row.length;
        }
        double[] flat = new double[size];
        int k = 0;
        for (double[] row : M) {
            for (double v : row) {
                flat[k++] = v;
            }
        }
        return flat;
    }
}
