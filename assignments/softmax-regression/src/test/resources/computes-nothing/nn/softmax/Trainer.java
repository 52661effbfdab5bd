package nn.softmax;

public class Trainer implements Training {
    public Params step(Params p, Params gradient, double learningRate) {
        return Params.zeros(p.b().length, p.W().length == 0 ? 0 : p.W()[0].length);
    }
    public Classifier train(double[][] X, int[] y, int k, TrainingConfig config) {
        Params p = Params.zeros(k, X.length == 0 ? 0 : X[0].length);
        return new Classifier() {
            public Params params() { return p; }
            public int[] predict(double[][] X) { return new int[X.length]; }
            public double[][] probabilities(double[][] X) { return new double[X.length][k]; }
        };
    }
    public double accuracy(int[] predicted, int[] y) { return 0; }
}
