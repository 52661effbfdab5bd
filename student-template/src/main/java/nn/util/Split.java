package nn.util;

/**
 * A dataset cut in three disjoint parts: fit the parameters on {@code train}, choose
 * hyperparameters (learning rate, λ, epochs) on {@code validation}, and report {@code test} once.
 */
public record Split(Dataset train, Dataset validation, Dataset test) {
}
