package nngrader.run.demo;

/** The reference implementation of the demo assignment. */
public class Calc implements Calculator {
    @Override
    public int add(int a, int b) {
        return a + b;
    }

    @Override
    public double[] scale(double[] v, double factor) {
        double[] out = new double[v.length];
        for (int i = 0; i < v.length; i++) {
            out[i] = v[i] * factor;
        }
        return out;
    }

    @Override
    public int spin() {
        return 0;
    }
}
