package nn.mlp.grading;

import java.util.ArrayList;
import java.util.List;
import nn.mlp.Activation;
import nn.mlp.Network;
import nn.mlp.Output;
import nn.mlp.Parameters;

/**
 * The trusted arithmetic of the hidden tests, written here once more so that a test's expected
 * values never come from student code: the forward pass, the loss, the cost, its gradient — and
 * the gradient as the classic bugs compute it, to name a likely cause when a student's gradient
 * is wrong.
 */
final class Maths {

    private Maths() {
    }

    // ---- forward -----------------------------------------------------------------------------

    /** g(z) elementwise. */
    static double[] g(Activation g, double[] z) {
        double[] a = new double[z.length];
        for (int i = 0; i < z.length; i++) {
            a[i] = switch (g) {
                case SIGMOID -> sigmoid(z[i]);
                case TANH -> Math.tanh(z[i]);
                case RELU -> Math.max(0, z[i]);
            };
        }
        return a;
    }

    /** g'(z) elementwise, 0 at ReLU's kink. */
    static double[] gPrime(Activation g, double[] z) {
        double[] d = new double[z.length];
        for (int i = 0; i < z.length; i++) {
            d[i] = switch (g) {
                case SIGMOID -> sigmoid(z[i]) * (1 - sigmoid(z[i]));
                case TANH -> 1 - Math.tanh(z[i]) * Math.tanh(z[i]);
                case RELU -> z[i] > 0 ? 1 : 0;
            };
        }
        return d;
    }

    /** σ(z), stable at both ends. */
    static double sigmoid(double z) {
        return z >= 0 ? 1 / (1 + Math.exp(-z)) : Math.exp(z) / (1 + Math.exp(z));
    }

    /** softmax(z), σ(z) or z. */
    static double[] out(Output output, double[] z2) {
        switch (output) {
            case SOFTMAX_CROSS_ENTROPY: {
                double logSum = logSumExp(z2);
                double[] a = new double[z2.length];
                for (int i = 0; i < a.length; i++) {
                    a[i] = Math.exp(z2[i] - logSum);
                }
                return a;
            }
            case SIGMOID_BINARY_CROSS_ENTROPY: {
                double[] a = new double[z2.length];
                for (int i = 0; i < a.length; i++) {
                    a[i] = sigmoid(z2[i]);
                }
                return a;
            }
            default:
                return z2.clone();
        }
    }

    /** W v + b. */
    static double[] affine(double[][] W, double[] v, double[] b) {
        double[] z = new double[b.length];
        for (int i = 0; i < z.length; i++) {
            double s = b[i];
            for (int j = 0; j < v.length; j++) {
                s += W[i][j] * v[j];
            }
            z[i] = s;
        }
        return z;
    }

    /** The four values of a forward pass: z1, a1, z2, a2. */
    static double[][] forward(Network net, double[] x) {
        double[] z1 = affine(net.p().W1(), x, net.p().b1());
        double[] a1 = g(net.g(), z1);
        double[] z2 = affine(net.p().W2(), a1, net.p().b2());
        return new double[][] {z1, a1, z2, out(net.output(), z2)};
    }

    /** log Σ exp(z_j), stably. */
    static double logSumExp(double[] z) {
        double m = Double.NEGATIVE_INFINITY;
        for (double v : z) {
            m = Math.max(m, v);
        }
        double s = 0;
        for (double v : z) {
            s += Math.exp(v - m);
        }
        return m + Math.log(s);
    }

    /** log(1 + e^z), stably. */
    static double softplus(double z) {
        return Math.max(z, 0) + Math.log1p(Math.exp(-Math.abs(z)));
    }

    /** The loss of one example from its scores. */
    static double loss(Output output, double[] z2, double[] y) {
        double L = 0;
        switch (output) {
            case SOFTMAX_CROSS_ENTROPY: {
                double logSum = logSumExp(z2);
                for (int i = 0; i < z2.length; i++) {
                    L -= y[i] * (z2[i] - logSum);
                }
                return L;
            }
            case SIGMOID_BINARY_CROSS_ENTROPY:
                for (int i = 0; i < z2.length; i++) {       // −[y log σ(z) + (1 − y) log(1 − σ(z))]
                    L += y[i] * softplus(-z2[i]) + (1 - y[i]) * softplus(z2[i]);
                }
                return L;
            default:
                for (int i = 0; i < z2.length; i++) {
                    L += 0.5 * (y[i] - z2[i]) * (y[i] - z2[i]);
                }
                return L;
        }
    }

    /** Σ W1² + Σ W2². */
    static double squaredWeights(Parameters p) {
        return squaredNorm(p.W1()) + squaredNorm(p.W2());
    }

    static double squaredNorm(double[][] W) {
        double s = 0;
        for (double[] row : W) {
            for (double w : row) {
                s += w * w;
            }
        }
        return s;
    }

    /** J = (1/n) Σ L + (λ/2n)(Σ W1² + Σ W2²). */
    static double cost(Network net, double[][] X, double[][] Y, double lambda) {
        double sum = 0;
        for (int i = 0; i < X.length; i++) {
            sum += loss(net.output(), forward(net, X[i])[2], Y[i]);
        }
        int n = X.length;
        return sum / n + lambda / (2.0 * n) * squaredWeights(net.p());
    }

    /** argmax of each row's outputs, or [a2 ≥ 0.5] for a single output (a sigmoid, or a regression on 0/1). */
    static int[] classes(Network net, double[][] X) {
        int[] c = new int[X.length];
        for (int i = 0; i < X.length; i++) {
            double[] a2 = forward(net, X[i])[3];
            if (a2.length == 1) {
                c[i] = a2[0] >= 0.5 ? 1 : 0;
            } else {
                int best = 0;
                for (int j = 1; j < a2.length; j++) {
                    best = a2[j] > a2[best] ? j : best;
                }
                c[i] = best;
            }
        }
        return c;
    }

    /** The share of equal entries. */
    static double accuracy(int[] predicted, int[] y) {
        int correct = 0;
        for (int i = 0; i < y.length; i++) {
            correct += predicted[i] == y[i] ? 1 : 0;
        }
        return (double) correct / y.length;
    }

    // ---- gradients, right and wrong ----------------------------------------------------------

    /** How a gradient is computed: right, or with one classic bug. */
    enum Bug {
        NONE(null),
        FORGOT_G_PRIME("dL/dz1 equals dL/da1: the factor g'(z1) is missing (dL/dz1 = dL/da1 ⊙ g'(z1))"),
        G_PRIME_OF_A1("g' was evaluated at a1 = g(z1) instead of at z1: g is applied twice"
                + " (e.g. σ(a1)(1 − σ(a1)) instead of σ(z1)(1 − σ(z1)))"),
        RELU_TIMES_A1("dL/dz1 equals dL/da1 ⊙ a1: ReLU'(z1) is the unit step (1 where z1 > 0, else 0), not a1"),
        W2_NOT_TRANSPOSED("dL/da1 was computed with W2 instead of W2ᵀ: dL/da1_j = Σ_i W2[i][j] dL/dz2_i"),
        SUM_NOT_MEAN("the gradient is n times too large: J is the mean over the batch, so divide the sum of the"
                + " examples' gradients by n"),
        BIAS_REGULARIZED("db is off by (λ/n) b: the biases are not regularized, only W1 and W2 are"),
        LAMBDA_NOT_DIVIDED("dW is off by λ W − (λ/n) W: the penalty (λ/2n) Σ W² has the gradient (λ/n) W"),
        NO_REGULARIZATION("dW lacks the penalty's gradient (λ/n) W"),
        WRONG_SIGN("it has the opposite sign: look for a flipped sign, e.g. y − a2 instead of a2 − y");

        final String cause;

        Bug(String cause) {
            this.cause = cause;
        }
    }

    /** The gradient of the cost J over a batch, computed with one bug (or none); W2_NOT_TRANSPOSED needs h = k. */
    static Parameters gradients(Network net, double[][] X, double[][] Y, double lambda, Bug bug) {
        Parameters p = net.p();
        int d = p.inputs();
        int h = p.hidden();
        int k = p.outputs();
        int n = X.length;
        Parameters sum = Parameters.zeros(d, h, k);
        for (int e = 0; e < n; e++) {
            double[][] f = forward(net, X[e]);
            double[] z1 = f[0];
            double[] a1 = f[1];
            double[] dz2 = new double[k];
            for (int i = 0; i < k; i++) {
                dz2[i] = f[3][i] - Y[e][i];
            }
            double[] da1 = new double[h];
            for (int j = 0; j < h; j++) {
                for (int i = 0; i < k; i++) {
                    da1[j] += (bug == Bug.W2_NOT_TRANSPOSED ? p.W2()[j][i] : p.W2()[i][j]) * dz2[i];
                }
            }
            double[] gp = switch (bug) {
                case FORGOT_G_PRIME -> ones(h);
                case G_PRIME_OF_A1 -> gPrime(net.g(), a1);
                case RELU_TIMES_A1 -> net.g() == Activation.RELU ? a1 : gPrime(net.g(), z1);
                default -> gPrime(net.g(), z1);
            };
            for (int j = 0; j < h; j++) {
                double dz1 = da1[j] * gp[j];
                sum.b1()[j] += dz1;
                for (int c = 0; c < d; c++) {
                    sum.W1()[j][c] += dz1 * X[e][c];
                }
            }
            for (int i = 0; i < k; i++) {
                sum.b2()[i] += dz2[i];
                for (int j = 0; j < h; j++) {
                    sum.W2()[i][j] += dz2[i] * a1[j];
                }
            }
        }
        double scale = bug == Bug.SUM_NOT_MEAN ? 1 : 1.0 / n;
        double penalty = switch (bug) {
            case LAMBDA_NOT_DIVIDED -> lambda;
            case NO_REGULARIZATION -> 0;
            default -> lambda / n;
        };
        double sign = bug == Bug.WRONG_SIGN ? -1 : 1;
        double biasPenalty = bug == Bug.BIAS_REGULARIZED ? lambda / n : 0;
        return new Parameters(
                combine(sum.W1(), scale, p.W1(), penalty, sign),
                combine(sum.b1(), scale, p.b1(), biasPenalty, sign),
                combine(sum.W2(), scale, p.W2(), penalty, sign),
                combine(sum.b2(), scale, p.b2(), biasPenalty, sign));
    }

    /** The gradient of one example's loss (no regularization). */
    static Parameters backward(Network net, double[] x, double[] y, Bug bug) {
        return gradients(net, new double[][] {x}, new double[][] {y}, 0, bug);
    }

    private static double[][] combine(double[][] sum, double scale, double[][] W, double penalty, double sign) {
        double[][] r = new double[sum.length][];
        for (int i = 0; i < sum.length; i++) {
            r[i] = combine(sum[i], scale, W[i], penalty, sign);
        }
        return r;
    }

    private static double[] combine(double[] sum, double scale, double[] w, double penalty, double sign) {
        double[] r = new double[sum.length];
        for (int i = 0; i < sum.length; i++) {
            r[i] = sign * (scale * sum[i] + penalty * w[i]);
        }
        return r;
    }

    private static double[] ones(int n) {
        double[] v = new double[n];
        java.util.Arrays.fill(v, 1);
        return v;
    }

    // ---- naming a likely cause ---------------------------------------------------------------

    /** Which parameter of {@link Parameters}. */
    enum Part {
        W1, b1, W2, b2;

        double[] flat(Parameters p) {
            return switch (this) {
                case W1 -> flatten(p.W1());
                case b1 -> p.b1();
                case W2 -> flatten(p.W2());
                case b2 -> p.b2();
            };
        }
    }

    /**
     * The classic bugs whose gradient equals the student's {@code part} (relative 1e-6) while the
     * right gradient does not: e.g. "Likely cause: the factor g'(z1) is missing". Empty when no
     * classic bug fits.
     */
    static String likelyCause(Network net, double[][] X, double[][] Y, double lambda, Parameters actual, Part part) {
        if (actual == null) {
            return "";
        }
        double[] got = part.flat(actual);
        double[] right = part.flat(gradients(net, X, Y, lambda, Bug.NONE));
        if (got == null || got.length != right.length || close(right, got)) {
            return "";
        }
        List<String> causes = new ArrayList<>();
        for (Bug bug : Bug.values()) {
            if (bug == Bug.NONE || (bug == Bug.W2_NOT_TRANSPOSED && net.p().hidden() != net.p().outputs())) {
                continue;
            }
            double[] wrong = part.flat(gradients(net, X, Y, lambda, bug));
            if (!close(right, wrong) && close(wrong, got)) {
                causes.add(bug.cause);
            }
        }
        return causes.isEmpty() ? "" : "Likely cause: " + String.join("; or ", causes) + ".";
    }

    /** The same for one example's backward pass. */
    static String likelyCause(Network net, double[] x, double[] y, Parameters actual, Part part) {
        return likelyCause(net, new double[][] {x}, new double[][] {y}, 0, actual, part);
    }

    private static boolean close(double[] a, double[] b) {
        for (int i = 0; i < a.length; i++) {
            if (!(Math.abs(a[i] - b[i]) <= 1e-9 + 1e-6 * Math.abs(a[i]))) {
                return false;
            }
        }
        return true;
    }

    static double[] flatten(double[][] m) {
        if (m == null) {
            return null;
        }
        int n = 0;
        for (double[] row : m) {
            if (row == null) {
                return null;
            }
            n += row.length;
        }
        double[] v = new double[n];
        int i = 0;
        for (double[] row : m) {
            for (double x : row) {
                v[i++] = x;
            }
        }
        return v;
    }
}
