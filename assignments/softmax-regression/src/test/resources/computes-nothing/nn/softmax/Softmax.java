package nn.softmax;

public class Softmax implements SoftmaxRegression {
    public double[] scores(Params p, double[] x) { return new double[p.b().length]; }
    public double[] softmax(double[] z) { return new double[z.length]; }
    public double[] logSoftmax(double[] z) { return new double[z.length]; }
    public double crossEntropy(double[] z, int y) { return 0; }
    public double[] oneHot(int y, int k) { return new double[k]; }
    public double[] dL_da(double[] a, int y) { return new double[a.length]; }
    public double[][] softmaxJacobian(double[] a) { return new double[a.length][a.length]; }
    public double[] dL_dz(double[] z, int y) { return new double[z.length]; }
    public double[][] dL_dW(double[] dL_dz, double[] x) { return new double[dL_dz.length][x.length]; }
    public double[] dL_db(double[] dL_dz) { return new double[dL_dz.length]; }
    public double loss(Params p, double[][] X, int[] y, double lambda) { return 0; }
    public Params lossGradient(Params p, double[][] X, int[] y, double lambda) {
        return Params.zeros(p.b().length, p.W().length == 0 ? 0 : p.W()[0].length);
    }
}
