package nngrader.sandbox.wire;

import java.lang.reflect.Type;

/**
 * Makes the codecs of one kind of type, as Jackson's {@code Serializers} find a serializer: each
 * codec class has one, and {@link ValueCodec} asks them in turn.
 */
@FunctionalInterface
interface CodecFactory {

    /**
     * The codec of {@code type} (not yet null-safe), or null if this factory does not know the type;
     * the codecs of the types inside it (elements, components) come from {@code values}.
     */
    Codec codecOf(Type type, ValueCodec values);
}
