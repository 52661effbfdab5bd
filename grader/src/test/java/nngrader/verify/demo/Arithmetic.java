package nngrader.verify.demo;

/** The API of the demo assignment that {@code grader verify}'s tests audit. */
public interface Arithmetic {
    int add(int a, int b);

    int negate(int a);
}
