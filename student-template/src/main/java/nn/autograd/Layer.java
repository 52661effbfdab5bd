package nn.autograd;

import java.util.List;

/**
 * One layer of a network, on a batch with one example per row. {@code forward} keeps in the
 * layer what {@code backward} needs (its cache); {@code backward} uses the cache of the last
 * forward. Neither changes its argument; both return new arrays.
 */
public interface Layer {

    /** Y = f(X), keeping what backward needs.                              shapes: X [n][d] -> Y [n][h] */
    double[][] forward(double[][] X);

    /**
     * dL/dX from dL/dY by the chain rule, for the X of the last forward; a layer with parameters
     * also stores dL/dθ in its parameters' {@code grad} (replacing what was there).
     *                                                               shapes: dL_dY [n][h] -> dL_dX [n][d]
     */
    double[][] backward(double[][] dL_dY);

    /** The layer's parameters (the same objects every time); none for an activation. */
    List<Parameter> parameters();
}
