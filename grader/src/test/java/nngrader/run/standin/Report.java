package nngrader.run.standin;

/** The API of the file that uses an Accumulator. */
public interface Report {
    double[] sumOf(double[][] rows);

    double[] negated(double[] v);
}
