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
            throw new UnsupportedOperationException("TODO: not implemented yet: keep this.X = X; Z[i][j] = b[j] + sum over m of X[i][m] * W[j][m]");
        }

        /**
         * dW = dZᵀ X (dW_jm = Σ_i dZ_ij X_im), db = Σ_i dZ_i, into the gradients (replacing them);
         * returns dX = dZ W (dX_im = Σ_j dZ_ij W_jm).              shapes: dZ [n][h] -> dX [n][d]
         */
        @Override
        public double[][] backward(double[][] dL_dZ) {
            throw new UnsupportedOperationException("TODO: not implemented yet: set dW and db to 0, then for each example i add dZ[i][j] * X[i][m] to dW[j][m] and dZ[i][j] to db[j]; dX[i][m] = sum over j of dZ[i][j] * W[j][m]");
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
            throw new UnsupportedOperationException("TODO: not implemented yet: keep this.Z = Z; A[i][j] = Math.max(0, Z[i][j])");
        }

        /** dZ_ij = dA_ij if Z_ij &gt; 0, else 0 (0 at the kink).                   shapes: [n][h] -> [n][h] */
        @Override
        public double[][] backward(double[][] dL_dA) {
            throw new UnsupportedOperationException("TODO: not implemented yet: dZ[i][j] = Z[i][j] > 0 ? dA[i][j] : 0, with the Z kept by forward");
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
            throw new UnsupportedOperationException("TODO: not implemented yet: A[i][j] = sigma(Z[i][j]) branching on the sign of Z[i][j]; keep this.A = A");
        }

        /** dZ_ij = dA_ij · A_ij (1 − A_ij).                                    shapes: [n][h] -> [n][h] */
        @Override
        public double[][] backward(double[][] dL_dA) {
            throw new UnsupportedOperationException("TODO: not implemented yet: dZ[i][j] = dA[i][j] * A[i][j] * (1 - A[i][j]), with the A kept by forward");
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
            throw new UnsupportedOperationException("TODO: not implemented yet: A[i][j] = Math.tanh(Z[i][j]); keep this.A = A");
        }

        /** dZ_ij = dA_ij · (1 − A_ij²).                                        shapes: [n][h] -> [n][h] */
        @Override
        public double[][] backward(double[][] dL_dA) {
            throw new UnsupportedOperationException("TODO: not implemented yet: dZ[i][j] = dA[i][j] * (1 - A[i][j] * A[i][j]), with the A kept by forward");
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
            throw new UnsupportedOperationException("TODO: not implemented yet: for each row: m = max, s = sum of exp(Z - m), P = exp(Z - m) / s, loss -= Z[y] - m - log s; keep P and y; return the mean");
        }

        /** dL/dZ_ic = (P_ic − [c = y_i]) / n.                                    shapes: -> [n][k] */
        @Override
        public double[][] backward() {
            throw new UnsupportedOperationException("TODO: not implemented yet: dZ = P - onehot(y), divided by n (the loss is a mean)");
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
            throw new UnsupportedOperationException("TODO: not implemented yet: A = X; A = layer.forward(A) for each layer in order; return A");
        }

        /** J = loss.forward(forward(X), y) + (λ/2) Σ over decayed parameters of Σ θ².     -> scalar */
        @Override
        public double loss(double[][] X, int[] y) {
            throw new UnsupportedOperationException("TODO: not implemented yet: the loss of forward(X), plus lambda/2 times the sum of squares of every parameter with decay() (not the biases)");
        }

        /** dZ = loss.backward(), then dA = layer.backward(dA) from the last layer to the first; grad += λ θ where decay. */
        @Override
        public void backward() {
            throw new UnsupportedOperationException("TODO: not implemented yet: dA = loss.backward(); dA = layer.backward(dA) for the layers in reverse order; then grad += lambda * value for each parameter with decay()");
        }

        @Override
        public List<Parameter> parameters() {
            return parameters;
        }

        /** argmax_c of forward(X)_i for each row (ties: the lowest c).              shapes: X [n][d] -> [n] */
        @Override
        public int[] classes(double[][] X) {
            throw new UnsupportedOperationException("TODO: not implemented yet: for each row of forward(X), the index of its largest score (the first on a tie)");
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
