package nngrader.run.demo;

/** The API of the demo assignment that tests the run stage. */
public interface Calculator {
    int add(int a, int b);

    double[] scale(double[] v, double factor);

    /** Never returns in the "spinning" submission. */
    int spin();
}
