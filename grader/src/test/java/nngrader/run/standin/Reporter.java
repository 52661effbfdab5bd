package nngrader.run.standin;

/** The reference Report. */
public class Reporter implements Report {
    @Override
    public double[] sumOf(double[][] rows) {
        Accumulator sum = new Summer();
        for (double[] row : rows) {
            sum.add(row);
        }
        return sum.total();
    }

    @Override
    public double[] negated(double[] v) {
        double[] copy = v.clone();
        new Summer().negateInPlace(copy);
        return copy;
    }
}
