package nn.autograd;

/** A loss on the scores of a batch; {@code forward} keeps what {@code backward} needs. */
public interface Loss {

    /** The mean loss L = (1/n) Σ_i L_i(Z_i, y_i).                      shapes: Z [n][k], y [n] -> scalar */
    double forward(double[][] Z, int[] y);

    /** dL/dZ for the Z and y of the last forward, a new array.                      shapes: -> [n][k] */
    double[][] backward();
}
