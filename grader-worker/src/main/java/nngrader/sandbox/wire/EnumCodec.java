package nngrader.sandbox.wire;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import java.io.IOException;
import java.lang.reflect.Type;
import java.util.HashMap;
import java.util.Map;

/** An enum constant: its name. */
final class EnumCodec implements Codec {
    private final Class<?> type;
    private final Map<String, Object> byName = new HashMap<>();

    EnumCodec(Class<?> type) {
        this.type = type;
        for (Object constant : type.getEnumConstants()) {
            byName.put(((Enum<?>) constant).name(), constant);
        }
    }

    /** The codec of an enum; null for any other type. */
    static Codec codecOf(Type type, ValueCodec values) {
        return type instanceof Class<?> c && c.isEnum() ? new EnumCodec(c) : null;
    }

    @Override
    public void write(JsonGenerator out, Object value, Handles handles) throws IOException {
        out.writeString(((Enum<?>) value).name());
    }

    @Override
    public Object read(JsonParser in, Handles handles) throws IOException {
        Scalars.expect(in, JsonToken.VALUE_STRING, "a constant of " + type.getSimpleName());
        Object constant = byName.get(in.getText());
        if (constant == null) {
            throw new WireException(type.getSimpleName() + " has no constant " + abbreviate(in.getText()));
        }
        return constant;
    }

    private static String abbreviate(String s) {
        return s.length() <= 40 ? s : s.substring(0, 40) + "...";
    }
}
