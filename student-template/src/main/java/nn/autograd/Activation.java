package nn.autograd;

/** The hidden layers' nonlinearity. */
public enum Activation {
    RELU, SIGMOID, TANH
}
