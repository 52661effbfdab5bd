package nngrader.sandbox.wire;

import java.io.IOException;

/**
 * How interface-typed values cross: the worker keeps the object and sends a handle, the grader
 * turns a handle into a proxy. Each side implements its half. The handles of one frame also say
 * how its arrays keep their identity ({@link #arrays}).
 */
public interface Handles {

    /** The handle to send for {@code value}, declared as {@code api}. */
    RemoteRef export(Object value, Class<?> api) throws IOException;

    /** The object a received handle stands for, as an {@code api}. */
    Object resolve(RemoteRef ref, Class<?> api) throws IOException;

    /** Whether the frame's arrays keep their identity; by default each arrives as a new array. */
    default ArrayIdentity arrays() {
        return ArrayIdentity.PLAIN;
    }

    /** These handles, with {@code arrays} for the identity of the frame's arrays. */
    static Handles with(Handles handles, ArrayIdentity arrays) {
        return new Handles() {
            @Override
            public RemoteRef export(Object value, Class<?> api) throws IOException {
                return handles.export(value, api);
            }

            @Override
            public Object resolve(RemoteRef ref, Class<?> api) throws IOException {
                return handles.resolve(ref, api);
            }

            @Override
            public ArrayIdentity arrays() {
                return arrays;
            }
        };
    }

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
