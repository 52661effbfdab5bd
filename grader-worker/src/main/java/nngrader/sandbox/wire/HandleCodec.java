package nngrader.sandbox.wire;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import java.io.IOException;
import java.lang.reflect.ParameterizedType;
import java.lang.reflect.Type;

/** A value declared as an API interface: it stays where it lives and crosses as {"handle": id, "class": name}. */
final class HandleCodec implements Codec {
    private final Class<?> api;

    HandleCodec(Class<?> api) {
        this.api = api;
    }

    /** The codec of an API interface, generic or not; null for any other type. */
    static Codec codecOf(Type type, ValueCodec values) {
        Class<?> raw = type instanceof ParameterizedType p ? (Class<?>) p.getRawType() : type instanceof Class<?> c ? c : null;
        return raw != null && isApiInterface(raw) ? new HandleCodec(raw) : null;
    }

    /** An interface of the course's API; java.* interfaces (Map, Iterator...) are not handles. */
    private static boolean isApiInterface(Class<?> c) {
        return c.isInterface() && !c.isAnnotation() && !c.getName().startsWith("java.") && !c.getName().startsWith("javax.");
    }

    @Override
    public void write(JsonGenerator out, Object value, Handles handles) throws IOException {
        RemoteRef ref = handles.export(value, api);
        out.writeStartObject();
        out.writeNumberField("handle", ref.id());
        out.writeStringField("class", ref.className());
        out.writeEndObject();
    }

    @Override
    public Object read(JsonParser in, Handles handles) throws IOException {
        Scalars.expect(in, JsonToken.START_OBJECT, "a handle of " + api.getSimpleName());
        Long id = null;
        String className = api.getName();
        while (in.nextToken() == JsonToken.FIELD_NAME) {
            String field = in.currentName();
            in.nextToken();
            if (field.equals("handle")) {
                id = (Long) Scalars.LONG.read(in, handles);
            } else if (field.equals("class")) {
                className = (String) Scalars.STRING.read(in, handles);
            } else {
                throw new WireException("unexpected field " + field + " in a handle");
            }
        }
        if (id == null) {
            throw new WireException("a handle without an id");
        }
        if (!isClassName(className)) {
            throw new WireException("a handle's class is not a class name");
        }
        return handles.resolve(new RemoteRef(id, className), api);
    }

    /**
     * A binary class name as the worker's JVM spells it (nn.Layer, nn.Net$1, a lambda's nn.Net$$Lambda$7/0x...):
     * the grader names the object by it in messages, so it must not be free text.
     */
    static boolean isClassName(String name) {
        return !name.isEmpty() && name.length() <= 500 && name.chars()
                .allMatch(c -> Character.isJavaIdentifierPart(c) && !Character.isIdentifierIgnorable(c) || c == '.' || c == '/');
    }
}
