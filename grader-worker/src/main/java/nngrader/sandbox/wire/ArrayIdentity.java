package nngrader.sandbox.wire;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonParser;
import java.io.IOException;

/**
 * Whether the arrays of one frame keep their identity: the array codecs know how to write and read
 * an array's items, and ask the frame's {@code ArrayIdentity} whether to send those items or a
 * reference to an array the other side already has (see the package documentation).
 */
public abstract class ArrayIdentity {
    /** Arrays cross as their items only: each one arrives as a new array. */
    public static final ArrayIdentity PLAIN = new ArrayIdentity() {
        @Override
        void write(JsonGenerator out, Object array, Codec items, Handles handles) throws IOException {
            items.write(out, array, handles);
        }

        @Override
        Object read(JsonParser in, Class<?> arrayClass, Codec items, Handles handles) throws IOException {
            return items.read(in, handles);
        }
    };

    ArrayIdentity() {
    }

    /** Writes {@code array} (not null), its items through {@code items} or a reference to it. */
    abstract void write(JsonGenerator out, Object array, Codec items, Handles handles) throws IOException;

    /** Reads an array of {@code arrayClass} (not null): its items through {@code items}, or a reference. */
    abstract Object read(JsonParser in, Class<?> arrayClass, Codec items, Handles handles) throws IOException;
}
