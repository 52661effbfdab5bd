package nngrader.sandbox.wire;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import java.io.IOException;
import java.lang.reflect.Constructor;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.lang.reflect.RecordComponent;
import java.lang.reflect.Type;
import java.util.HashMap;
import java.util.Map;

/**
 * A record: a JSON object of its components by name, rebuilt through the canonical constructor,
 * so the record's own checks run on what arrives. A call can change it in place only inside its
 * components (an array a record holds).
 */
final class RecordCodec implements Codec {
    private final Class<?> type;
    private final RecordComponent[] components;
    private final String[] names;
    private final Method[] accessors;
    private final Codec[] codecs;
    private final Map<String, Integer> index = new HashMap<>();
    private final Constructor<?> constructor;

    private RecordCodec(Class<?> type, ValueCodec values) {
        this.type = type;
        components = type.getRecordComponents();
        names = new String[components.length];
        accessors = new Method[components.length];
        codecs = new Codec[components.length];
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

    /** The codec of a record of supported components; null for any other type. */
    static Codec codecOf(Type type, ValueCodec values) {
        return type instanceof Class<?> c && c.isRecord() ? new RecordCodec(c, values) : null;
    }

    @Override
    public void write(JsonGenerator out, Object value, Handles handles) throws IOException {
        out.writeStartObject();
        for (int i = 0; i < names.length; i++) {
            out.writeFieldName(names[i]);
            Object component;
            try {
                component = component(value, i);
            } catch (InvocationTargetException e) {
                throw new WireException(type.getSimpleName() + "." + names[i] + "() threw " + e.getCause(), e.getCause());
            } catch (IllegalAccessException e) {
                throw new WireException("cannot read " + type.getSimpleName() + "." + names[i], e);
            }
            codecs[i].write(out, component, handles);
        }
        out.writeEndObject();
    }

    @Override
    public Object read(JsonParser in, Handles handles) throws IOException {
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

    @Override
    public boolean changesInPlace() {
        return true;
    }

    /** The snapshots of the components. */
    @Override
    public Object snapshot(Object value) {
        Object[] parts = new Object[components.length];
        for (int i = 0; i < parts.length; i++) {
            parts[i] = codecs[i].snapshot(componentOf(value, i));
        }
        return parts;
    }

    @Override
    public boolean changed(Object before, Object now) {
        Object[] parts = (Object[]) before;
        for (int i = 0; i < parts.length; i++) {
            if (codecs[i].changed(parts[i], componentOf(now, i))) {
                return true;
            }
        }
        return false;
    }

    @Override
    public void copyInto(Object target, Object source) {
        for (int i = 0; i < components.length; i++) {
            codecs[i].copyInto(componentOf(target, i), componentOf(source, i));
        }
    }

    private Object component(Object record, int i) throws InvocationTargetException, IllegalAccessException {
        return accessors[i].invoke(record);
    }

    /** A component for tracking changes, which happens outside any frame: a failure is unchecked. */
    private Object componentOf(Object record, int i) {
        try {
            return component(record, i);
        } catch (ReflectiveOperationException e) {
            throw new IllegalStateException("cannot read " + components[i] + ": " + e, e);
        }
    }
}
