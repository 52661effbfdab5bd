package nngrader.sandbox.wire;

import java.io.IOException;

/**
 * How interface-typed values cross: the worker keeps the object and sends a handle, the grader
 * turns a handle into a proxy. Each side implements its half.
 */
public interface Handles {

    /** The handle to send for {@code value}, declared as {@code api}. */
    RemoteRef export(Object value, Class<?> api) throws IOException;

    /** The object a received handle stands for, as an {@code api}. */
    Object resolve(RemoteRef ref, Class<?> api) throws IOException;

    /** For values that cannot hold handles. */
    Handles NONE = new Handles() {
        @Override
        public RemoteRef export(Object value, Class<?> api) throws IOException {
            throw new WireException("no handles here");
        }

        @Override
        public Object resolve(RemoteRef ref, Class<?> api) throws IOException {
            throw new WireException("no handles here");
        }
    };
}
