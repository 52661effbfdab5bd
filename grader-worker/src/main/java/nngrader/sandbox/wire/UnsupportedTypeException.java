package nngrader.sandbox.wire;

import java.lang.reflect.Type;

/** A declared type whose values cannot cross between the JVMs; a mistake in the API, not in a submission. */
public final class UnsupportedTypeException extends IllegalArgumentException {

    public UnsupportedTypeException(Type type, String why) {
        super("values of type " + type.getTypeName() + " cannot cross to the worker: " + why);
    }
}
