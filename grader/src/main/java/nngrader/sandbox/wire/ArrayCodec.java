package nngrader.sandbox.wire;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import java.io.IOException;
import java.lang.reflect.Array;
import java.util.ArrayList;
import java.util.List;

/** Any other array, of any dimension: a JSON array of its elements, each by the component's codec. */
final class ArrayCodec implements Codec {
    private final Class<?> component;
    private final Codec elements;

    ArrayCodec(Class<?> component, Codec elements) {
        this.component = component;
        this.elements = elements;
    }

    @Override
    public void write(JsonGenerator out, Object value, Handles handles) throws IOException {
        if (value == null) {
            out.writeNull();
            return;
        }
        int n = Array.getLength(value);
        out.writeStartArray(value, n);
        for (int i = 0; i < n; i++) {
            elements.write(out, Array.get(value, i), handles);
        }
        out.writeEndArray();
    }

    @Override
    public Object read(JsonParser in, Handles handles) throws IOException {
        if (in.currentToken() == JsonToken.VALUE_NULL) {
            return null;
        }
        Scalars.expect(in, JsonToken.START_ARRAY, "an array");
        List<Object> items = new ArrayList<>();
        while (in.nextToken() != JsonToken.END_ARRAY) {
            items.add(elements.read(in, handles));
        }
        Object array = Array.newInstance(component, items.size());
        for (int i = 0; i < items.size(); i++) {
            Array.set(array, i, items.get(i));
        }
        return array;
    }
}
