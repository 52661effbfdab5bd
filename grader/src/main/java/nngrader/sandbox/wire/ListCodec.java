package nngrader.sandbox.wire;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;

/** {@code List<E>}: a JSON array; it arrives as a mutable ArrayList. */
final class ListCodec implements Codec {
    private final Codec elements;

    ListCodec(Codec elements) {
        this.elements = elements;
    }

    @Override
    public void write(JsonGenerator out, Object value, Handles handles) throws IOException {
        if (value == null) {
            out.writeNull();
            return;
        }
        out.writeStartArray();
        for (Object item : (List<?>) value) {
            elements.write(out, item, handles);
        }
        out.writeEndArray();
    }

    @Override
    public Object read(JsonParser in, Handles handles) throws IOException {
        if (in.currentToken() == JsonToken.VALUE_NULL) {
            return null;
        }
        Scalars.expect(in, JsonToken.START_ARRAY, "a list");
        List<Object> items = new ArrayList<>();
        while (in.nextToken() != JsonToken.END_ARRAY) {
            items.add(elements.read(in, handles));
        }
        return items;
    }
}
