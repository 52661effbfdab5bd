package nn.autograd;

/**
 * A scalar node u of a computation graph: its value, the gradient ∂out/∂u that {@link #backward}
 * left in it, and the operations that make new nodes from it. Every operation returns a new node
 * and changes no node; the new node remembers its inputs and how to send a gradient back to them.
 *
 * <p>Nodes live where the code that made them runs. A test in another JVM holds them as remote
 * handles, one round trip per call; {@link #build} builds a whole graph in one call (see
 * {@link GraphProgram}).
 */
public interface Node {

    /** The value computed in the forward pass. */
    double value();

    /**
     * ∂out/∂(this node) from the last {@link #backward} of an output that depends on it; a leaf sums
     * it over every backward since the last {@link #zeroGrad} (0 before any).
     */
    double grad();

    /** this + other. */
    Node add(Node other);

    /** this − other. */
    Node sub(Node other);

    /** this · other. */
    Node mul(Node other);

    /** this / other. */
    Node div(Node other);

    /** −this. */
    Node neg();

    /** this^p for a constant exponent p (not a node: no gradient flows to p). */
    Node pow(double p);

    /** e^this. */
    Node exp();

    /** ln(this), the natural logarithm. */
    Node log();

    /** tanh(this). */
    Node tanh();

    /** σ(this) = 1 / (1 + e^(−this)), without overflow for large |this|. */
    Node sigmoid();

    /** max(0, this); its derivative is 0 at the kink 0. */
    Node relu();

    /**
     * Reverse-mode differentiation from this node as the output: every node u it depends on
     * receives ∂this/∂u, summed over every path from u to this node. Leaves (nodes made from a
     * number) add it to the gradient they already hold; every other node starts from 0.
     */
    void backward();

    /** Sets the gradient of this node and of every node it depends on to 0. */
    void zeroGrad();

    /** A new leaf holding {@code value}, of the same class as this node. */
    Node leaf(double value);

    /**
     * Builds the graph that {@code program} describes out of new leaves and this class's
     * operations, here where the nodes live, and returns the nodes the program lists as outputs.
     * Given: a test in another JVM builds a graph of 10⁵ nodes with one call instead of 10⁵.
     */
    default Node[] build(GraphProgram program) {
        return program.build(this);
    }
}
