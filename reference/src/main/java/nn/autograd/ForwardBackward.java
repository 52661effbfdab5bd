package nn.autograd;

import java.util.ArrayList;
import java.util.List;

/**
 * Layers as forward/backward pairs on batches (one example per row), each forward keeping in the
 * layer what its backward needs, and a sequential network made of them. Every method returns new
 * arrays and changes none of its arguments.
 */
public class ForwardBackward implements Layers {

    @Override
    public Layer affine(double[][] W, double[] b) {
        return new Affine(W, b);
    }

    @Override
    public Layer relu() {
        return new Relu();
    }

    @Override
    public Layer sigmoid() {
        return new Sigmoid();
    }

    @Override
    public Layer tanh() {
        return new Tanh();
    }

    @Override
    public Loss softmaxCrossEntropy() {
        return new SoftmaxCrossEntropy();
    }

    @Override
    public Network sequential(List<Layer> layers, double lambda) {
        return new Sequential(layers, lambda);
    }

    /** Z = X Wᵀ + b with W [h][d], b [h]; its cache is X. */
    static final class Affine implements Layer {
        private final double[][] W;
        private final double[] b;
        private final double[][] dW;
        private final double[] db;
        private final List<Parameter> parameters;
        private double[][] X;

        Affine(double[][] W, double[] b) {
            this.W = new double[W.length][];
            for (int j = 0; j < W.length; j++) {
                this.W[j] = W[j].clone();
            }
            this.b = b.clone();
            dW = new double[W.length][W.length == 0 ? 0 : W[0].length];
            db = new double[b.length];
            parameters = List.of(new Parameter("W", this.W, dW, true), new Parameter("b", new double[][] {this.b},
                    new double[][] {db}, false));
        }

        /** Z_ij = Σ_m X_im W_jm + b_j; keeps X.                        shapes: X [n][d] -> Z [n][h] */
        @Override
        public double[][] forward(double[][] X) {
            // BEGIN SOLUTION keep this.X = X; Z[i][j] = b[j] + sum over m of X[i][m] * W[j][m]
            this.X = X;
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
            // END SOLUTION
        }

        /**
         * dW = dZᵀ X (dW_jm = Σ_i dZ_ij X_im), db = Σ_i dZ_i, into the gradients (replacing them);
         * returns dX = dZ W (dX_im = Σ_j dZ_ij W_jm).              shapes: dZ [n][h] -> dX [n][d]
         */
        @Override
        public double[][] backward(double[][] dL_dZ) {
            // BEGIN SOLUTION set dW and db to 0, then for each example i add dZ[i][j] * X[i][m] to dW[j][m] and dZ[i][j] to db[j]; dX[i][m] = sum over j of dZ[i][j] * W[j][m]
            for (double[] row : dW) {
                java.util.Arrays.fill(row, 0);
            }
            java.util.Arrays.fill(db, 0);
            int d = W.length == 0 ? 0 : W[0].length;
            double[][] dL_dX = new double[dL_dZ.length][d];
            for (int i = 0; i < dL_dZ.length; i++) {
                for (int j = 0; j < b.length; j++) {
                    double dZ_ij = dL_dZ[i][j];
                    db[j] += dZ_ij;
                    if (dZ_ij == 0) {
                        continue;                           // a unit ReLU switched off: nothing to add
                    }
                    for (int m = 0; m < d; m++) {
                        dW[j][m] += dZ_ij * X[i][m];
                        dL_dX[i][m] += dZ_ij * W[j][m];
                    }
                }
            }
            return dL_dX;
            // END SOLUTION
        }

        @Override
        public List<Parameter> parameters() {
            return parameters;
        }
    }

    /** A = max(0, Z); its cache is Z. */
    static final class Relu implements Layer {
        private double[][] Z;

        /** A_ij = max(0, Z_ij); keeps Z.                                       shapes: [n][h] -> [n][h] */
        @Override
        public double[][] forward(double[][] Z) {
            // BEGIN SOLUTION keep this.Z = Z; A[i][j] = Math.max(0, Z[i][j])
            this.Z = Z;
            double[][] A = new double[Z.length][];
            for (int i = 0; i < Z.length; i++) {
                A[i] = new double[Z[i].length];
                for (int j = 0; j < Z[i].length; j++) {
                    A[i][j] = Math.max(0, Z[i][j]);
                }
            }
            return A;
            // END SOLUTION
        }

        /** dZ_ij = dA_ij if Z_ij &gt; 0, else 0 (0 at the kink).                   shapes: [n][h] -> [n][h] */
        @Override
        public double[][] backward(double[][] dL_dA) {
            // BEGIN SOLUTION dZ[i][j] = Z[i][j] > 0 ? dA[i][j] : 0, with the Z kept by forward
            double[][] dL_dZ = new double[dL_dA.length][];
            for (int i = 0; i < dL_dA.length; i++) {
                dL_dZ[i] = new double[dL_dA[i].length];
                for (int j = 0; j < dL_dA[i].length; j++) {
                    dL_dZ[i][j] = Z[i][j] > 0 ? dL_dA[i][j] : 0;
                }
            }
            return dL_dZ;
            // END SOLUTION
        }

        @Override
        public List<Parameter> parameters() {
            return List.of();
        }
    }

    /** A = σ(Z); its cache is A (σ' = A(1 − A) needs no second exp). */
    static final class Sigmoid implements Layer {
        private double[][] A;

        /** A_ij = σ(Z_ij), stable for large |Z_ij|; keeps A.                    shapes: [n][h] -> [n][h] */
        @Override
        public double[][] forward(double[][] Z) {
            // BEGIN SOLUTION A[i][j] = sigma(Z[i][j]) branching on the sign of Z[i][j]; keep this.A = A
            double[][] A = new double[Z.length][];
            for (int i = 0; i < Z.length; i++) {
                A[i] = new double[Z[i].length];
                for (int j = 0; j < Z[i].length; j++) {
                    double z = Z[i][j];
                    A[i][j] = z >= 0 ? 1 / (1 + Math.exp(-z)) : Math.exp(z) / (1 + Math.exp(z));
                }
            }
            this.A = A;
            return copy(A);
            // END SOLUTION
        }

        /** dZ_ij = dA_ij · A_ij (1 − A_ij).                                    shapes: [n][h] -> [n][h] */
        @Override
        public double[][] backward(double[][] dL_dA) {
            // BEGIN SOLUTION dZ[i][j] = dA[i][j] * A[i][j] * (1 - A[i][j]), with the A kept by forward
            double[][] dL_dZ = new double[dL_dA.length][];
            for (int i = 0; i < dL_dA.length; i++) {
                dL_dZ[i] = new double[dL_dA[i].length];
                for (int j = 0; j < dL_dA[i].length; j++) {
                    dL_dZ[i][j] = dL_dA[i][j] * A[i][j] * (1 - A[i][j]);
                }
            }
            return dL_dZ;
            // END SOLUTION
        }

        @Override
        public List<Parameter> parameters() {
            return List.of();
        }
    }

    /** A = tanh(Z); its cache is A (tanh' = 1 − A²). */
    static final class Tanh implements Layer {
        private double[][] A;

        /** A_ij = tanh(Z_ij); keeps A.                                         shapes: [n][h] -> [n][h] */
        @Override
        public double[][] forward(double[][] Z) {
            // BEGIN SOLUTION A[i][j] = Math.tanh(Z[i][j]); keep this.A = A
            double[][] A = new double[Z.length][];
            for (int i = 0; i < Z.length; i++) {
                A[i] = new double[Z[i].length];
                for (int j = 0; j < Z[i].length; j++) {
                    A[i][j] = Math.tanh(Z[i][j]);
                }
            }
            this.A = A;
            return copy(A);
            // END SOLUTION
        }

        /** dZ_ij = dA_ij · (1 − A_ij²).                                        shapes: [n][h] -> [n][h] */
        @Override
        public double[][] backward(double[][] dL_dA) {
            // BEGIN SOLUTION dZ[i][j] = dA[i][j] * (1 - A[i][j] * A[i][j]), with the A kept by forward
            double[][] dL_dZ = new double[dL_dA.length][];
            for (int i = 0; i < dL_dA.length; i++) {
                dL_dZ[i] = new double[dL_dA[i].length];
                for (int j = 0; j < dL_dA[i].length; j++) {
                    dL_dZ[i][j] = dL_dA[i][j] * (1 - A[i][j] * A[i][j]);
                }
            }
            return dL_dZ;
            // END SOLUTION
        }

        @Override
        public List<Parameter> parameters() {
            return List.of();
        }
    }

    /** L = (1/n) Σ_i −log softmax(Z_i)_{y_i}; its cache is P = softmax(Z) and y. */
    static final class SoftmaxCrossEntropy implements Loss {
        private double[][] P;
        private int[] y;

        /**
         * P_ic = exp(Z_ic − m_i) / Σ_c' exp(Z_ic' − m_i) with m_i = max_c Z_ic, and
         * L = (1/n) Σ_i −(Z_iy_i − m_i − log Σ_c exp(Z_ic − m_i)); keeps P and y.
         *                                                          shapes: Z [n][k], y [n] -> scalar
         */
        @Override
        public double forward(double[][] Z, int[] y) {
            // BEGIN SOLUTION for each row: m = max, s = sum of exp(Z - m), P = exp(Z - m) / s, loss -= Z[y] - m - log s; keep P and y; return the mean
            int n = Z.length;
            P = new double[n][];
            this.y = y.clone();
            double L = 0;
            for (int i = 0; i < n; i++) {
                double m = Double.NEGATIVE_INFINITY;
                for (double z : Z[i]) {
                    m = Math.max(m, z);
                }
                double s = 0;
                P[i] = new double[Z[i].length];
                for (int c = 0; c < Z[i].length; c++) {
                    P[i][c] = Math.exp(Z[i][c] - m);
                    s += P[i][c];
                }
                for (int c = 0; c < Z[i].length; c++) {
                    P[i][c] /= s;
                }
                L -= Z[i][y[i]] - m - Math.log(s);
            }
            return L / n;
            // END SOLUTION
        }

        /** dL/dZ_ic = (P_ic − [c = y_i]) / n.                                    shapes: -> [n][k] */
        @Override
        public double[][] backward() {
            // BEGIN SOLUTION dZ = P - onehot(y), divided by n (the loss is a mean)
            int n = P.length;
            double[][] dL_dZ = new double[n][];
            for (int i = 0; i < n; i++) {
                dL_dZ[i] = new double[P[i].length];
                for (int c = 0; c < P[i].length; c++) {
                    dL_dZ[i][c] = (P[i][c] - (c == y[i] ? 1 : 0)) / n;
                }
            }
            return dL_dZ;
            // END SOLUTION
        }
    }

    /** Layers in order, softmax cross-entropy, and (λ/2) Σ ‖W‖² on the parameters marked for decay. */
    static final class Sequential implements Network {
        private final List<Layer> layers;
        private final Loss loss = new SoftmaxCrossEntropy();
        private final double lambda;
        private final List<Parameter> parameters = new ArrayList<>();

        Sequential(List<Layer> layers, double lambda) {
            this.layers = List.copyOf(layers);
            this.lambda = lambda;
            for (Layer layer : this.layers) {
                parameters.addAll(layer.parameters());
            }
        }

        /** Z = layer_L(… layer_1(X)).                                  shapes: X [n][d] -> Z [n][k] */
        @Override
        public double[][] forward(double[][] X) {
            // BEGIN SOLUTION A = X; A = layer.forward(A) for each layer in order; return A
            double[][] A = X;
            for (Layer layer : layers) {
                A = layer.forward(A);
            }
            return A;
            // END SOLUTION
        }

        /** J = loss.forward(forward(X), y) + (λ/2) Σ over decayed parameters of Σ θ².     -> scalar */
        @Override
        public double loss(double[][] X, int[] y) {
            // BEGIN SOLUTION the loss of forward(X), plus lambda/2 times the sum of squares of every parameter with decay() (not the biases)
            double J = loss.forward(forward(X), y);
            double squares = 0;
            for (Parameter p : parameters) {
                if (p.decay()) {
                    for (double[] row : p.value()) {
                        for (double theta : row) {
                            squares += theta * theta;
                        }
                    }
                }
            }
            return J + lambda / 2 * squares;
            // END SOLUTION
        }

        /** dZ = loss.backward(), then dA = layer.backward(dA) from the last layer to the first; grad += λ θ where decay. */
        @Override
        public void backward() {
            // BEGIN SOLUTION dA = loss.backward(); dA = layer.backward(dA) for the layers in reverse order; then grad += lambda * value for each parameter with decay()
            double[][] dA = loss.backward();
            for (int l = layers.size() - 1; l >= 0; l--) {
                dA = layers.get(l).backward(dA);
            }
            for (Parameter p : parameters) {
                if (p.decay()) {
                    for (int i = 0; i < p.value().length; i++) {
                        for (int j = 0; j < p.value()[i].length; j++) {
                            p.grad()[i][j] += lambda * p.value()[i][j];
                        }
                    }
                }
            }
            // END SOLUTION
        }

        @Override
        public List<Parameter> parameters() {
            return parameters;
        }

        /** argmax_c of forward(X)_i for each row (ties: the lowest c).              shapes: X [n][d] -> [n] */
        @Override
        public int[] classes(double[][] X) {
            // BEGIN SOLUTION for each row of forward(X), the index of its largest score (the first on a tie)
            double[][] Z = forward(X);
            int[] classes = new int[Z.length];
            for (int i = 0; i < Z.length; i++) {
                int best = 0;
                for (int c = 1; c < Z[i].length; c++) {
                    if (Z[i][c] > Z[i][best]) {
                        best = c;
                    }
                }
                classes[i] = best;
            }
            return classes;
            // END SOLUTION
        }
    }

    private static double[][] copy(double[][] A) {
        double[][] copy = new double[A.length][];
        for (int i = 0; i < A.length; i++) {
            copy[i] = A[i].clone();
        }
        return copy;
    }
}
