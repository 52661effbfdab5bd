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
 * UnsupportedTypeException}. Each kind has its own {@link Codec}, found here (see the package
 * documentation for how to add one).
 */
public final class ValueCodec {
    /**
     * Every kind of value that can cross, asked in this order; the first that knows a type makes
     * its codec. The one place a new wire type is registered (see the package documentation).
     */
    private static final List<CodecFactory> FACTORIES = List.of(
            Scalars::codecOf,
            PrimitiveArrayCodecs::codecOf,
            ArrayCodec::codecOf,
            EnumCodec::codecOf,
            RecordCodec::codecOf,
            ListCodec::codecOf,
            HandleCodec::codecOf);

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

    /** The codec of {@code type}, null-safe unless the type is primitive; made once per type. */
    synchronized Codec codecFor(Type type) {
        Codec known = codecs.get(type);
        if (known != null) {
            return known;
        }
        if (type instanceof WildcardType w && w.getLowerBounds().length == 0) {
            Codec bound = codecFor(w.getUpperBounds()[0]); // a List<? extends T> holds Ts
            codecs.put(type, bound);
            return bound;
        }
        // stands in while the codec is made, so that a type may contain itself
        Deferred pending = new Deferred(type);
        codecs.put(type, pending);
        try {
            Codec made = make(type);
            if (!(type instanceof Class<?> c && c.isPrimitive())) {
                made = new NullSafe(made);
            }
            codecs.put(type, made);
            pending.become(made);
            return made;
        } catch (RuntimeException e) {
            codecs.remove(type);
            throw e;
        }
    }

    private Codec make(Type type) {
        for (CodecFactory factory : FACTORIES) {
            Codec codec = factory.codecOf(type, this);
            if (codec != null) {
                return codec;
            }
        }
        if (type == void.class || type == Void.class) {
            throw new UnsupportedTypeException(type, "there is no value");
        }
        if (type instanceof Class<?>) {
            throw new UnsupportedTypeException(type, "use primitives, String, enums, arrays, records, List or an API interface");
        }
        if (type instanceof ParameterizedType) {
            throw new UnsupportedTypeException(type, "only List and API interfaces may be generic");
        }
        throw new UnsupportedTypeException(type, "the type must be known where it is declared");
    }

    /** The class of a declared type's values: of {@code List<String>}, List; of {@code List<String>[]}, List[]. */
    static Class<?> rawClass(Type type) {
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
