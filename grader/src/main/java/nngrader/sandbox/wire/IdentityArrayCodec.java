package nngrader.sandbox.wire;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import java.io.IOException;

/** An array of any kind: its items by {@code items}, unless the frame's {@link ArrayIdentity} sends a reference. */
final class IdentityArrayCodec implements Codec {
    private final Class<?> arrayClass;
    private final Codec items;

    IdentityArrayCodec(Class<?> arrayClass, Codec items) {
        this.arrayClass = arrayClass;
        this.items = items;
    }

    @Override
    public void write(JsonGenerator out, Object value, Handles handles) throws IOException {
        if (value == null) {
            out.writeNull();
        } else {
            handles.arrays().write(out, value, items, handles);
        }
    }

    @Override
    public Object read(JsonParser in, Handles handles) throws IOException {
        if (in.currentToken() == JsonToken.VALUE_NULL) {
            return null;
        }
        return handles.arrays().read(in, arrayClass, items, handles);
    }
}
