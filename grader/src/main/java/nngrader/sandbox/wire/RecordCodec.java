package nngrader.sandbox.wire;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import java.io.IOException;
import java.lang.reflect.Constructor;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.lang.reflect.RecordComponent;
import java.util.HashMap;
import java.util.Map;

/**
 * A record: a JSON object of its components by name, rebuilt through the canonical constructor,
 * so the record's own checks run on what arrives.
 */
final class RecordCodec implements Codec {
    private final Class<?> type;
    private final String[] names;
    private final Method[] accessors;
    private final Codec[] codecs;
    private final Map<String, Integer> index = new HashMap<>();
    private Constructor<?> constructor;

    /** Filled in by {@link #complete} so that a record may contain itself (a linked list, a tree). */
    RecordCodec(Class<?> type) {
        this.type = type;
        RecordComponent[] components = type.getRecordComponents();
        names = new String[components.length];
        accessors = new Method[components.length];
        codecs = new Codec[components.length];
    }

    void complete(ValueCodec values) {
        RecordComponent[] components = type.getRecordComponents();
        Class<?>[] raw = new Class<?>[components.length];
        for (int i = 0; i < components.length; i++) {
            names[i] = components[i].getName();
            accessors[i] = components[i].getAccessor();
            accessors[i].setAccessible(true);
            codecs[i] = values.codecFor(components[i].getGenericType());
            raw[i] = components[i].getType();
            index.put(names[i], i);
        }
        try {
            constructor = type.getDeclaredConstructor(raw);
            constructor.setAccessible(true);
        } catch (NoSuchMethodException e) {
            throw new UnsupportedTypeException(type, "no canonical constructor");
        }
    }

    @Override
    public void write(JsonGenerator out, Object value, Handles handles) throws IOException {
        if (value == null) {
            out.writeNull();
            return;
        }
        out.writeStartObject();
        for (int i = 0; i < names.length; i++) {
            out.writeFieldName(names[i]);
            codecs[i].write(out, component(value, i), handles);
        }
        out.writeEndObject();
    }

    @Override
    public Object read(JsonParser in, Handles handles) throws IOException {
        if (in.currentToken() == JsonToken.VALUE_NULL) {
            return null;
        }
        Scalars.expect(in, JsonToken.START_OBJECT, "a " + type.getSimpleName());
        Object[] args = new Object[names.length];
        boolean[] seen = new boolean[names.length];
        while (in.nextToken() == JsonToken.FIELD_NAME) {
            Integer i = index.get(in.currentName());
            if (i == null) {
                throw new WireException(type.getSimpleName() + " has no component " + in.currentName());
            }
            if (seen[i]) {
                throw new WireException(type.getSimpleName() + "." + names[i] + " appears twice");
            }
            in.nextToken();
            try {
                args[i] = codecs[i].read(in, handles);
            } catch (WireException e) {
                throw new WireException(type.getSimpleName() + "." + names[i] + ": " + e.getMessage(), e);
            }
            seen[i] = true;
        }
        for (int i = 0; i < names.length; i++) {
            if (!seen[i]) {
                throw new WireException(type.getSimpleName() + " without " + names[i]);
            }
        }
        try {
            return constructor.newInstance(args);
        } catch (InvocationTargetException e) {
            throw new WireException(type.getSimpleName() + " rejected its components: " + e.getCause(), e.getCause());
        } catch (ReflectiveOperationException | IllegalArgumentException e) {
            throw new WireException("cannot build a " + type.getSimpleName() + ": " + e, e);
        }
    }

    private Object component(Object record, int i) throws IOException {
        try {
            return accessors[i].invoke(record);
        } catch (InvocationTargetException e) {
            throw new WireException(type.getSimpleName() + "." + names[i] + "() threw " + e.getCause(), e.getCause());
        } catch (IllegalAccessException e) {
            throw new WireException("cannot read " + type.getSimpleName() + "." + names[i], e);
        }
    }
}
