package nn.mlp;

/**
 * Forward and backward propagation through the lecture's two-layer network
 * <pre>
 *   z1 = W1 x + b1,   a1 = g(z1),   z2 = W2 a1 + b2,   a2 = out(z2)
 * </pre>
 * and backpropagation, one step of the chain rule per method:
 * <pre>
 *   dL/dz2 = a2 − y
 *   dL/dW2 = (dL/dz2) a1ᵀ        dL/db2 = dL/dz2
 *   dL/da1 = W2ᵀ (dL/dz2)
 *   dL/dz1 = dL/da1 ⊙ g'(z1)
 *   dL/dW1 = (dL/dz1) xᵀ         dL/db1 = dL/dz1
 * </pre>
 * Shapes: x [d], W1 [h][d], b1 [h], W2 [k][h], b2 [k], y [k]. Every method returns new arrays.
 */
public class Backprop implements TwoLayerNetwork {

    /** g, g' and the output units. */
    private static final Activations ACTIVATIONS = new ActivationFunctions();

    /** z1_j = Σ_m W1_jm x_m + b1_j, one row of W1 per hidden unit.             shapes: x [d] -> z1 [h] */
    @Override
    public double[] z1(Parameters p, double[] x) {
        // BEGIN SOLUTION z1[j] = b1[j] plus the dot product of row W1[j] with x, for each hidden unit j
        double[][] W1 = p.W1();
        double[] b1 = p.b1();
        double[] z1 = new double[b1.length];
        for (int j = 0; j < z1.length; j++) {
            double sum = b1[j];
            for (int m = 0; m < x.length; m++) {
                sum += W1[j][m] * x[m];
            }
            z1[j] = sum;
        }
        return z1;
        // END SOLUTION
    }

    /** z2_c = Σ_j W2_cj a1_j + b2_c, one row of W2 per output.               shapes: a1 [h] -> z2 [k] */
    @Override
    public double[] z2(Parameters p, double[] a1) {
        // BEGIN SOLUTION z2[c] = b2[c] plus the dot product of row W2[c] with a1, for each output c
        double[][] W2 = p.W2();
        double[] b2 = p.b2();
        double[] z2 = new double[b2.length];
        for (int c = 0; c < z2.length; c++) {
            double sum = b2[c];
            for (int j = 0; j < a1.length; j++) {
                sum += W2[c][j] * a1[j];
            }
            z2[c] = sum;
        }
        return z2;
        // END SOLUTION
    }

    /** z1 = W1 x + b1, a1 = g(z1), z2 = W2 a1 + b2, a2 = out(z2), all kept.      shapes: x [d] -> Forward */
    @Override
    public Forward forward(Network net, double[] x) {
        // BEGIN SOLUTION z1 = z1(p, x), a1 = ACTIVATIONS.g(net.g(), z1), z2 = z2(p, a1), a2 = ACTIVATIONS.out(net.output(), z2)
        double[] z1 = z1(net.p(), x);
        double[] a1 = ACTIVATIONS.g(net.g(), z1);
        double[] z2 = z2(net.p(), a1);
        double[] a2 = ACTIVATIONS.out(net.output(), z2);
        return new Forward(z1, a1, z2, a2);
        // END SOLUTION
    }

    /**
     * L from the scores z2, finite even for |z2| = 1000:
     * <pre>
     *   SOFTMAX_CROSS_ENTROPY         L = −Σ_i y_i logsoftmax(z2)_i,  logsoftmax(z)_i = z_i − m − log Σ_j exp(z_j − m), m = max z
     *   SIGMOID_BINARY_CROSS_ENTROPY  L = Σ_i softplus(z2_i) − y_i z2_i = Σ_i max(z2_i, 0) − y_i z2_i + log1p(e^(−|z2_i|))
     *   IDENTITY_SQUARED_ERROR        L = ½ Σ_i (y_i − z2_i)²
     * </pre>                                                           shapes: z2 [k], y [k] -> scalar
     */
    @Override
    public double loss(Output output, double[] z2, double[] y) {
        // BEGIN SOLUTION cross-entropy with log-softmax of z2, BCE as max(z,0) - y*z + log1p(exp(-abs(z))), or half the squared error
        double L = 0;
        switch (output) {
            case SOFTMAX_CROSS_ENTROPY: {
                double m = Double.NEGATIVE_INFINITY;
                for (double z2_i : z2) {
                    m = Math.max(m, z2_i);
                }
                double sum = 0;
                for (double z2_i : z2) {
                    sum += Math.exp(z2_i - m);
                }
                double logSum = m + Math.log(sum);
                for (int i = 0; i < z2.length; i++) {
                    L -= y[i] * (z2[i] - logSum);
                }
                return L;
            }
            case SIGMOID_BINARY_CROSS_ENTROPY:
                for (int i = 0; i < z2.length; i++) {
                    L += Math.max(z2[i], 0) - y[i] * z2[i] + Math.log1p(Math.exp(-Math.abs(z2[i])));
                }
                return L;
            case IDENTITY_SQUARED_ERROR:
                for (int i = 0; i < z2.length; i++) {
                    L += 0.5 * (y[i] - z2[i]) * (y[i] - z2[i]);
                }
                return L;
            default:
                throw new IllegalArgumentException("unknown output " + output);
        }
        // END SOLUTION
    }

    /** dL/dz2_i = a2_i − y_i (softmax + CE, sigmoid + BCE and identity + ½ squared error alike). shapes: [k], [k] -> [k] */
    @Override
    public double[] dL_dz2(double[] a2, double[] y) {
        // BEGIN SOLUTION a new array with a2[i] - y[i]
        double[] dL_dz2 = new double[a2.length];
        for (int i = 0; i < a2.length; i++) {
            dL_dz2[i] = a2[i] - y[i];
        }
        return dL_dz2;
        // END SOLUTION
    }

    /** dL/dW2_cj = dL/dz2_c · a1_j, the outer product (dL/dz2) a1ᵀ.        shapes: [k], a1 [h] -> [k][h] */
    @Override
    public double[][] dL_dW2(double[] dL_dz2, double[] a1) {
        // BEGIN SOLUTION outer product: dL_dW2[c][j] = dL_dz2[c] * a1[j]
        double[][] dL_dW2 = new double[dL_dz2.length][a1.length];
        for (int c = 0; c < dL_dz2.length; c++) {
            for (int j = 0; j < a1.length; j++) {
                dL_dW2[c][j] = dL_dz2[c] * a1[j];
            }
        }
        return dL_dW2;
        // END SOLUTION
    }

    /**
     * dL/da1_j = Σ_c W2_cj dL/dz2_c, i.e. W2ᵀ (dL/dz2): every output c that a1_j feeds sends back
     * its share, and the shares add up.                          shapes: W2 [k][h], [k] -> [h]
     */
    @Override
    public double[] dL_da1(double[][] W2, double[] dL_dz2) {
        // BEGIN SOLUTION dL_da1[j] = sum over outputs c of W2[c][j] * dL_dz2[c] (W2 transposed, not W2)
        int h = W2.length == 0 ? 0 : W2[0].length;
        double[] dL_da1 = new double[h];
        for (int c = 0; c < dL_dz2.length; c++) {
            for (int j = 0; j < h; j++) {
                dL_da1[j] += W2[c][j] * dL_dz2[c];
            }
        }
        return dL_da1;
        // END SOLUTION
    }

    /** dL/dz1_j = dL/da1_j · g'(z1_j), elementwise (the chain rule through a1 = g(z1)). shapes: [h], z1 [h] -> [h] */
    @Override
    public double[] dL_dz1(Activation g, double[] dL_da1, double[] z1) {
        // BEGIN SOLUTION multiply dL_da1[j] by ACTIVATIONS.gPrime(g, z1)[j], in a new array
        double[] gPrime = ACTIVATIONS.gPrime(g, z1);
        double[] dL_dz1 = new double[z1.length];
        for (int j = 0; j < z1.length; j++) {
            dL_dz1[j] = dL_da1[j] * gPrime[j];
        }
        return dL_dz1;
        // END SOLUTION
    }

    /** dL/dW1_jm = dL/dz1_j · x_m, the outer product (dL/dz1) xᵀ.           shapes: [h], x [d] -> [h][d] */
    @Override
    public double[][] dL_dW1(double[] dL_dz1, double[] x) {
        // BEGIN SOLUTION outer product: dL_dW1[j][m] = dL_dz1[j] * x[m]
        double[][] dL_dW1 = new double[dL_dz1.length][x.length];
        for (int j = 0; j < dL_dz1.length; j++) {
            for (int m = 0; m < x.length; m++) {
                dL_dW1[j][m] = dL_dz1[j] * x[m];
            }
        }
        return dL_dW1;
        // END SOLUTION
    }

    /**
     * Backpropagation for one example: forward, then dL/dz2 = a2 − y, dL/dW2 = (dL/dz2) a1ᵀ,
     * dL/db2 = dL/dz2, dL/da1 = W2ᵀ dL/dz2, dL/dz1 = dL/da1 ⊙ g'(z1), dL/dW1 = (dL/dz1) xᵀ,
     * dL/db1 = dL/dz1.                          shapes: x [d], y [k] -> gradients shaped like the parameters
     */
    @Override
    public Parameters backward(Network net, double[] x, double[] y) {
        // BEGIN SOLUTION forward, then the step methods in the order of the chain rule, from dL_dz2 back to dL_dW1
        Forward f = forward(net, x);
        double[] dL_dz2 = dL_dz2(f.a2(), y);
        double[][] dL_dW2 = dL_dW2(dL_dz2, f.a1());
        double[] dL_da1 = dL_da1(net.p().W2(), dL_dz2);
        double[] dL_dz1 = dL_dz1(net.g(), dL_da1, f.z1());
        double[][] dL_dW1 = dL_dW1(dL_dz1, x);
        return new Parameters(dL_dW1, dL_dz1.clone(), dL_dW2, dL_dz2.clone());
        // END SOLUTION
    }

    /**
     * J = (1/n) Σ_i L(z2(x_i), y_i) + (λ / 2n) (Σ W1² + Σ W2²), biases not penalized.
     *                                                          shapes: X [n][d], Y [n][k] -> scalar
     */
    @Override
    public double cost(Network net, double[][] X, double[][] Y, double lambda) {
        // BEGIN SOLUTION mean of loss(output, forward(net, X[i]).z2(), Y[i]) plus lambda/(2n) times the squares of W1 and W2 (not b1, b2)
        int n = X.length;
        double sum = 0;
        for (int i = 0; i < n; i++) {
            sum += loss(net.output(), forward(net, X[i]).z2(), Y[i]);
        }
        double squares = 0;
        for (double[][] W : new double[][][] {net.p().W1(), net.p().W2()}) {
            for (double[] W_row : W) {
                for (double W_ij : W_row) {
                    squares += W_ij * W_ij;
                }
            }
        }
        return sum / n + lambda / (2.0 * n) * squares;
        // END SOLUTION
    }

    /**
     * ∇J = (1/n) Σ_i backward(x_i, y_i) + (λ/n) W1 and (λ/n) W2 (no term for b1, b2), for the
     * whole batch at once, as matrices with one row per example:
     * <pre>
     *   Z1 = X W1ᵀ + b1        A1 = g(Z1)        Z2 = A1 W2ᵀ + b2        A2 = out(Z2)        [n][h], [n][k]
     *   dZ2 = A2 − Y           dW2 = dZ2ᵀ A1     db2 = Σ_i dZ2_i                             [n][k], [k][h]
     *   dA1 = dZ2 W2           dZ1 = dA1 ⊙ g'(Z1)                                            [n][h]
     *   dW1 = dZ1ᵀ X           db1 = Σ_i dZ1_i                                               [h][d]
     * </pre>
     * Each product runs in i-k-j order (C_i += A_ik B_k), so that the innermost loop walks along
     * rows in memory and the JIT compiles it to vector instructions. A fast version also skips
     * zero factors (background pixels, dead ReLU units) and shares the examples out among the
     * cores. Equal to the mean of {@link #backward} up to rounding.
     *                                                        shapes: X [n][d], Y [n][k] -> like the parameters
     */
    @Override
    public Parameters gradients(Network net, double[][] X, double[][] Y, double lambda) {
        // BEGIN SOLUTION the mean of backward(net, X[i], Y[i]) over the batch, plus (lambda/n) W1 and (lambda/n) W2 for the weights only
        double[][] W1 = net.p().W1();
        double[] b1 = net.p().b1();
        double[][] W2 = net.p().W2();
        double[] b2 = net.p().b2();
        int n = X.length;
        int d = net.p().inputs();
        int h = net.p().hidden();
        int k = net.p().outputs();

        // W1ᵀ [d][h]: row m holds the weights out of input m, so z1 = Σ_m x_m (row m) + b1; built in
        // tiles of 16 rows, so that the 16 entries read from each row of W1 share a cache line or two
        double[][] W1T = new double[d][h];
        java.util.stream.IntStream.range(0, (d + 15) / 16).parallel().forEach(tile -> {
            int first = 16 * tile;
            int last = Math.min(d, first + 16);
            for (int j = 0; j < h; j++) {
                for (int m = first; m < last; m++) {
                    W1T[m][j] = W1[j][m];
                }
            }
        });

        // forward and back to dL/dz1, 16 examples at a time (the blocks are shared out among the
        // processor's cores): rows A1_i, dZ2_i, dZ1_i
        double[][] A1 = new double[n][];
        double[][] dZ2 = new double[n][];
        double[][] dZ1 = new double[n][];
        int block = 16;
        java.util.stream.IntStream.range(0, (n + block - 1) / block).parallel().forEach(b -> {
            int first = b * block;
            int last = Math.min(n, first + block);
            // Z1 = X W1ᵀ + b1 for the block, four inputs m at a time: their rows of W1ᵀ stay in cache
            // while the block's examples pass, and each z1_j is loaded and stored once for four products
            double[][] Z1 = new double[last - first][];
            double[][] Xb = new double[last - first][];
            for (int i = first; i < last; i++) {
                Z1[i - first] = b1.clone();
                Xb[i - first] = X[i].clone();
            }
            int m = 0;
            for (; m + 4 <= d; m += 4) {
                double[] W1T_0 = W1T[m], W1T_1 = W1T[m + 1], W1T_2 = W1T[m + 2], W1T_3 = W1T[m + 3];
                for (int i = first; i < last; i++) {
                    double[] x = Xb[i - first];
                    double x_0 = x[m], x_1 = x[m + 1], x_2 = x[m + 2], x_3 = x[m + 3];
                    if (x_0 == 0 && x_1 == 0 && x_2 == 0 && x_3 == 0) {
                        continue;                                   // images are mostly background
                    }
                    double[] z1 = Z1[i - first];
                    for (int j = 0; j < h; j++) {
                        z1[j] += x_0 * W1T_0[j] + x_1 * W1T_1[j] + x_2 * W1T_2[j] + x_3 * W1T_3[j];
                    }
                }
            }
            for (; m < d; m++) {
                for (int i = first; i < last; i++) {
                    double x_m = X[i][m];
                    double[] z1 = Z1[i - first];
                    for (int j = 0; j < h; j++) {
                        z1[j] += x_m * W1T[m][j];
                    }
                }
            }
            for (int i = first; i < last; i++) {
                double[] z1 = Z1[i - first];
                double[] a1 = ACTIVATIONS.g(net.g(), z1);
                double[] z2 = new double[k];
                for (int c = 0; c < k; c++) {                       // z2 = W2 a1 + b2
                    double[] W2_c = W2[c];
                    double sum = b2[c];
                    for (int j = 0; j < h; j++) {
                        sum += W2_c[j] * a1[j];
                    }
                    z2[c] = sum;
                }
                double[] a2 = ACTIVATIONS.out(net.output(), z2);
                double[] dL_dz2 = new double[k];
                double[] dL_da1 = new double[h];
                for (int c = 0; c < k; c++) {
                    dL_dz2[c] = a2[c] - Y[i][c];                    // dL/dz2 = a2 − y
                    double[] W2_c = W2[c];
                    for (int j = 0; j < h; j++) {
                        dL_da1[j] += dL_dz2[c] * W2_c[j];           // dL/da1 = W2ᵀ dL/dz2
                    }
                }
                double[] gPrime = ACTIVATIONS.gPrime(net.g(), z1);
                for (int j = 0; j < h; j++) {
                    dL_da1[j] *= gPrime[j];                         // dL/dz1 = dL/da1 ⊙ g'(z1)
                }
                A1[i] = a1;
                dZ2[i] = dL_dz2;
                dZ1[i] = dL_da1;
            }
        });

        // dW2 = dZ2ᵀ A1, db2 = Σ_i dZ2_i: small (k rows), one core is enough
        double[][] dW2 = new double[k][h];
        double[] db2 = new double[k];
        for (int i = 0; i < n; i++) {
            for (int c = 0; c < k; c++) {
                double dL_dz2_c = dZ2[i][c];
                db2[c] += dL_dz2_c;
                double[] dW2_c = dW2[c];
                for (int j = 0; j < h; j++) {
                    dW2_c[j] += dL_dz2_c * A1[i][j];
                }
            }
        }

        // dW1 = dZ1ᵀ X / n + (λ/n) W1, db1 = Σ_i dZ1_i / n, one hidden unit j (row of dW1) at a time,
        // shared out among the cores: row j stays in cache while the examples stream past
        double mean = 1.0 / n;
        double decay = lambda / n;
        double[][] dW1 = new double[h][];
        double[] db1 = new double[h];
        java.util.stream.IntStream.range(0, h).parallel().forEach(j -> {
            double[] dW1_j = new double[d];
            int[] live = new int[n];
            int count = 0;
            for (int i = 0; i < n; i++) {
                if (dZ1[i][j] != 0) {                               // a dead ReLU unit adds nothing
                    db1[j] += dZ1[i][j];
                    live[count++] = i;
                }
            }
            int t = 0;
            for (; t + 4 <= count; t += 4) {                        // four examples per pass, as above
                int i0 = live[t], i1 = live[t + 1], i2 = live[t + 2], i3 = live[t + 3];
                double dz_0 = dZ1[i0][j], dz_1 = dZ1[i1][j], dz_2 = dZ1[i2][j], dz_3 = dZ1[i3][j];
                double[] x_0 = X[i0], x_1 = X[i1], x_2 = X[i2], x_3 = X[i3];
                for (int m = 0; m < d; m++) {
                    dW1_j[m] += dz_0 * x_0[m] + dz_1 * x_1[m] + dz_2 * x_2[m] + dz_3 * x_3[m];
                }
            }
            for (; t < count; t++) {
                double dz = dZ1[live[t]][j];
                double[] x = X[live[t]];
                for (int m = 0; m < d; m++) {
                    dW1_j[m] += dz * x[m];
                }
            }
            for (int m = 0; m < d; m++) {
                dW1_j[m] = mean * dW1_j[m] + decay * W1[j][m];
            }
            db1[j] *= mean;
            dW1[j] = dW1_j;
        });
        for (int c = 0; c < k; c++) {                               // the same mean and L2 term for W2, b2
            for (int j = 0; j < h; j++) {
                dW2[c][j] = mean * dW2[c][j] + decay * W2[c][j];
            }
            db2[c] *= mean;
        }
        return new Parameters(dW1, db1, dW2, db2);
        // END SOLUTION
    }
}
