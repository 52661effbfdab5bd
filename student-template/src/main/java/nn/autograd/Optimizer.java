package nn.autograd;

/** Updates a network's parameters from their gradients; keeps its own state between steps. */
public interface Optimizer {

    /** One update of every parameter from the grad the last backward left in it. */
    void step();
}
