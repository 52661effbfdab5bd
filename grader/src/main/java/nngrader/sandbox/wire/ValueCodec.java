package nngrader.sandbox.wire;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonParser;
import java.io.IOException;
import java.lang.reflect.GenericArrayType;
import java.lang.reflect.ParameterizedType;
import java.lang.reflect.Type;
import java.lang.reflect.WildcardType;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Writes and reads values by their declared type, the same on both sides: each JVM has the API
 * interface (the grader from the reference, the worker from the template), so the declared type
 * of a parameter or return value says what to expect and nothing in the data names a class.
 *
 * <p>Supported: primitives and their boxes, String, enums, arrays of any dimension, records of
 * supported types, {@code List<supported>}, null for references; an interface that is not a
 * java.* type crosses as a handle (see {@link Handles}). Anything else is an {@link
 * UnsupportedTypeException}.
 */
public final class ValueCodec {
    private final Map<Type, Codec> codecs = new HashMap<>();

    public void write(JsonGenerator out, Type type, Object value, Handles handles) throws IOException {
        codecFor(type).write(out, value, handles);
    }

    /** Reads one value; the parser's current token is the value's first token, and is left on its last. */
    public Object read(JsonParser in, Type type, Handles handles) throws IOException {
        return codecFor(type).read(in, handles);
    }

    /** Fails with {@link UnsupportedTypeException} unless values of {@code type} can cross. */
    public void check(Type type) {
        codecFor(type);
    }

    synchronized Codec codecFor(Type type) {
        Codec known = codecs.get(type);
        if (known != null) {
            return known;
        }
        if (type instanceof Class<?> c && c.isRecord()) {
            // registered before its components, so that a record may refer to itself
            RecordCodec record = new RecordCodec(c);
            codecs.put(type, new Scalars.Nullable(record));
            try {
                record.complete(this);
            } catch (RuntimeException e) {
                codecs.remove(type);
                throw e;
            }
            return codecs.get(type);
        }
        Codec made = make(type);
        codecs.put(type, made);
        return made;
    }

    private Codec make(Type type) {
        if (type instanceof Class<?> c) {
            return forClass(c);
        }
        if (type instanceof ParameterizedType p) {
            Class<?> raw = (Class<?>) p.getRawType();
            if (raw == List.class) {
                return new ListCodec(codecFor(p.getActualTypeArguments()[0]));
            }
            if (isApiInterface(raw)) {
                return new HandleCodec(raw);
            }
            throw new UnsupportedTypeException(type, "only List and API interfaces may be generic");
        }
        if (type instanceof GenericArrayType g) {
            Type component = g.getGenericComponentType();
            return new IdentityArrayCodec(rawClass(type), new ArrayCodec(rawClass(component), codecFor(component)));
        }
        if (type instanceof WildcardType w && w.getLowerBounds().length == 0) {
            return codecFor(w.getUpperBounds()[0]);
        }
        throw new UnsupportedTypeException(type, "the type must be known where it is declared");
    }

    private Codec forClass(Class<?> c) {
        Codec scalar = Scalars.forClass(c);
        if (scalar != null) {
            return scalar;
        }
        if (c == double[].class) {
            return new IdentityArrayCodec(c, PrimitiveArrayCodecs.DOUBLES);
        }
        if (c == int[].class) {
            return new IdentityArrayCodec(c, PrimitiveArrayCodecs.INTS);
        }
        if (c.isArray()) {
            return new IdentityArrayCodec(c, new ArrayCodec(c.getComponentType(), codecFor(c.getComponentType())));
        }
        if (c.isEnum()) {
            return new EnumCodec(c);
        }
        if (c == List.class) {
            throw new UnsupportedTypeException(c, "a List must say what it holds, e.g. List<double[]>");
        }
        if (isApiInterface(c)) {
            return new HandleCodec(c);
        }
        if (c == void.class || c == Void.class) {
            throw new UnsupportedTypeException(c, "there is no value");
        }
        throw new UnsupportedTypeException(c, "use primitives, String, enums, arrays, records, List or an API interface");
    }

    /** An interface of the course's API; java.* interfaces (Map, Iterator...) are not handles. */
    private static boolean isApiInterface(Class<?> c) {
        return c.isInterface() && !c.isAnnotation() && !c.getName().startsWith("java.") && !c.getName().startsWith("javax.");
    }

    private static Class<?> rawClass(Type type) {
        if (type instanceof Class<?> c) {
            return c;
        }
        if (type instanceof ParameterizedType p) {
            return (Class<?>) p.getRawType();
        }
        if (type instanceof GenericArrayType g) {
            return rawClass(g.getGenericComponentType()).arrayType();
        }
        throw new UnsupportedTypeException(type, "the type must be known where it is declared");
    }
}
