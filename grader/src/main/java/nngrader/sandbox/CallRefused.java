package nngrader.sandbox;

import java.util.List;

/**
 * The worker could not make the call: the student's class is missing, does not implement the
 * interface, has no constructor without parameters, or the call's values cannot be rebuilt there.
 */
public final class CallRefused extends StudentFailure {

    public CallRefused(String message) {
        super(message, List.of());
    }
}
