package nngrader.sandbox.wire;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import java.io.IOException;
import java.lang.reflect.ParameterizedType;
import java.lang.reflect.Type;
import java.util.ArrayList;
import java.util.List;

/** {@code List<E>}: a JSON array; it arrives as a mutable ArrayList. */
final class ListCodec implements Codec {
    private final Codec elements;

    ListCodec(Codec elements) {
        this.elements = elements;
    }

    /** The codec of {@code List<E>}; null for any other type. */
    static Codec codecOf(Type type, ValueCodec values) {
        if (type == List.class) {
            throw new UnsupportedTypeException(type, "a List must say what it holds, e.g. List<double[]>");
        }
        if (type instanceof ParameterizedType p && p.getRawType() == List.class) {
            return new ListCodec(values.codecFor(p.getActualTypeArguments()[0]));
        }
        return null;
    }

    @Override
    public void write(JsonGenerator out, Object value, Handles handles) throws IOException {
        out.writeStartArray();
        for (Object item : (List<?>) value) {
            elements.write(out, item, handles);
        }
        out.writeEndArray();
    }

    @Override
    public Object read(JsonParser in, Handles handles) throws IOException {
        Scalars.expect(in, JsonToken.START_ARRAY, "a list");
        List<Object> items = new ArrayList<>();
        while (in.nextToken() != JsonToken.END_ARRAY) {
            items.add(elements.read(in, handles));
        }
        return items;
    }

    @Override
    public boolean changesInPlace() {
        return true;
    }

    @Override
    public Object snapshot(Object value) {
        List<?> list = (List<?>) value;
        List<Object> copy = new ArrayList<>(list.size());
        list.forEach(item -> copy.add(elements.snapshot(item)));
        return copy;
    }

    @Override
    public boolean changed(Object before, Object now) {
        List<?> was = (List<?>) before;
        if (!(now instanceof List<?> is) || is.size() != was.size()) {
            return true;
        }
        for (int i = 0; i < was.size(); i++) {
            if (elements.changed(was.get(i), is.get(i))) {
                return true;
            }
        }
        return false;
    }

    /** The caller's list gets the items sent back (the same items, not copies into its old ones). */
    @Override
    @SuppressWarnings("unchecked")
    public void copyInto(Object target, Object source) {
        List<Object> to = (List<Object>) target;
        try {
            to.clear();
            to.addAll((List<Object>) source);
        } catch (UnsupportedOperationException immutable) {
            // the caller passed an unmodifiable list: nothing to mirror
        }
    }
}
