package nngrader.sandbox.wire;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import java.io.IOException;
import java.lang.reflect.Array;
import java.lang.reflect.GenericArrayType;
import java.lang.reflect.Type;
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

    /** The codec of an array type (double[] and int[] have their own); null for any other type. */
    static Codec codecOf(Type type, ValueCodec values) {
        Type component;
        if (type instanceof Class<?> c && c.isArray()) {
            component = c.getComponentType();
        } else if (type instanceof GenericArrayType g) {
            component = g.getGenericComponentType();
        } else {
            return null;
        }
        Codec elements = values.codecFor(component);
        return new IdentityArrayCodec(ValueCodec.rawClass(type), new ArrayCodec(ValueCodec.rawClass(component), elements));
    }

    @Override
    public void write(JsonGenerator out, Object value, Handles handles) throws IOException {
        int n = Array.getLength(value);
        out.writeStartArray(value, n);
        for (int i = 0; i < n; i++) {
            elements.write(out, Array.get(value, i), handles);
        }
        out.writeEndArray();
    }

    @Override
    public Object read(JsonParser in, Handles handles) throws IOException {
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

    @Override
    public boolean changesInPlace() {
        return true;
    }

    /** The snapshots of the entries, as they were before the call. */
    @Override
    public Object snapshot(Object value) {
        Object[] entries = new Object[Array.getLength(value)];
        for (int i = 0; i < entries.length; i++) {
            entries[i] = elements.snapshot(Array.get(value, i));
        }
        return entries;
    }

    @Override
    public boolean changed(Object before, Object now) {
        Object[] entries = (Object[]) before;
        if (Array.getLength(now) != entries.length) {
            return true;
        }
        for (int i = 0; i < entries.length; i++) {
            if (elements.changed(entries[i], Array.get(now, i))) {
                return true;
            }
        }
        return false;
    }

    /** A row of the same length is updated in place (a test holding it sees the change); other entries are replaced. */
    @Override
    public void copyInto(Object target, Object source) {
        int n = Math.min(Array.getLength(target), Array.getLength(source));
        for (int i = 0; i < n; i++) {
            Object to = Array.get(target, i);
            Object from = Array.get(source, i);
            if (elements.fitsInPlace(to, from)) {
                elements.copyInto(to, from);
            } else {
                Array.set(target, i, from);
            }
        }
    }

    @Override
    public boolean fitsInPlace(Object target, Object source) {
        return Array.getLength(target) == Array.getLength(source);
    }
}
