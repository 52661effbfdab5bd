package nngrader.run.standin;

/** A stateful API: what was added stays, so its stand-in must keep one reference object per instance. */
public interface Accumulator {
    void add(double[] v);

    double[] total();

    /** Changes {@code v} in place, so its stand-in must copy the reference's change back. */
    void negateInPlace(double[] v);
}
