package nngrader.sandbox.wire;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import java.io.IOException;
import java.lang.reflect.Type;
import java.util.Map;
import java.util.function.LongFunction;

/**
 * Codecs of primitives, their boxes and String. JSON has no NaN or infinities, so those travel as
 * the strings "NaN", "Infinity" and "-Infinity"; finite values are written with Double.toString,
 * which keeps every bit, -0.0 included.
 */
final class Scalars {

    static final Codec DOUBLE = new Codec() {
        @Override
        public void write(JsonGenerator out, Object value, Handles handles) throws IOException {
            writeDouble(out, (Double) value);
        }

        @Override
        public Object read(JsonParser in, Handles handles) throws IOException {
            return readDouble(in);
        }
    };

    static final Codec FLOAT = new Codec() {
        @Override
        public void write(JsonGenerator out, Object value, Handles handles) throws IOException {
            float f = (Float) value;
            if (Float.isFinite(f)) {
                out.writeNumber(f);
            } else {
                out.writeString(Float.toString(f));
            }
        }

        @Override
        public Object read(JsonParser in, Handles handles) throws IOException {
            JsonToken t = in.currentToken();
            if (t == JsonToken.VALUE_NUMBER_FLOAT || t == JsonToken.VALUE_NUMBER_INT) {
                // parse the text as a float: going through double could round twice
                return Float.parseFloat(in.getText());
            }
            return (float) nonFinite(in);
        }
    };

    static final Codec LONG = new Codec() {
        @Override
        public void write(JsonGenerator out, Object value, Handles handles) throws IOException {
            out.writeNumber((Long) value);
        }

        @Override
        public Object read(JsonParser in, Handles handles) throws IOException {
            expect(in, JsonToken.VALUE_NUMBER_INT, "an integer");
            return in.getLongValue();
        }
    };

    static final Codec INT = integer(Integer.MIN_VALUE, Integer.MAX_VALUE, "an int", v -> (int) v);
    static final Codec SHORT = integer(Short.MIN_VALUE, Short.MAX_VALUE, "a short", v -> (short) v);
    static final Codec BYTE = integer(Byte.MIN_VALUE, Byte.MAX_VALUE, "a byte", v -> (byte) v);

    static final Codec BOOLEAN = new Codec() {
        @Override
        public void write(JsonGenerator out, Object value, Handles handles) throws IOException {
            out.writeBoolean((Boolean) value);
        }

        @Override
        public Object read(JsonParser in, Handles handles) throws IOException {
            JsonToken t = in.currentToken();
            if (t != JsonToken.VALUE_TRUE && t != JsonToken.VALUE_FALSE) {
                throw expected(in, "true or false");
            }
            return t == JsonToken.VALUE_TRUE;
        }
    };

    static final Codec CHAR = new Codec() {
        @Override
        public void write(JsonGenerator out, Object value, Handles handles) throws IOException {
            out.writeString(String.valueOf((char) (Character) value));
        }

        @Override
        public Object read(JsonParser in, Handles handles) throws IOException {
            expect(in, JsonToken.VALUE_STRING, "a char");
            String s = in.getText();
            if (s.length() != 1) {
                throw new WireException("expected one char, found a string of length " + s.length());
            }
            return s.charAt(0);
        }
    };

    static final Codec STRING = new Codec() {
        @Override
        public void write(JsonGenerator out, Object value, Handles handles) throws IOException {
            out.writeString((String) value);
        }

        @Override
        public Object read(JsonParser in, Handles handles) throws IOException {
            expect(in, JsonToken.VALUE_STRING, "a string");
            return in.getText();
        }
    };

    private static final Map<Class<?>, Codec> PRIMITIVES = Map.of(
            double.class, DOUBLE, float.class, FLOAT, long.class, LONG, int.class, INT,
            short.class, SHORT, byte.class, BYTE, boolean.class, BOOLEAN, char.class, CHAR);

    private static final Map<Class<?>, Class<?>> BOXES = Map.of(
            Double.class, double.class, Float.class, float.class, Long.class, long.class,
            Integer.class, int.class, Short.class, short.class, Byte.class, byte.class,
            Boolean.class, boolean.class, Character.class, char.class);

    private Scalars() {
    }

    /** The codec of a primitive, a box or String; null for any other type. */
    static Codec codecOf(Type type, ValueCodec values) {
        if (type == String.class) {
            return STRING;
        }
        Codec primitive = PRIMITIVES.get(type);
        if (primitive != null) {
            return primitive;
        }
        Class<?> unboxed = BOXES.get(type);
        return unboxed == null ? null : PRIMITIVES.get(unboxed);
    }

    static void writeDouble(JsonGenerator out, double d) throws IOException {
        if (Double.isFinite(d)) {
            out.writeNumber(d);
        } else {
            out.writeString(Double.toString(d));
        }
    }

    static double readDouble(JsonParser in) throws IOException {
        JsonToken t = in.currentToken();
        if (t == JsonToken.VALUE_NUMBER_FLOAT || t == JsonToken.VALUE_NUMBER_INT) {
            return in.getDoubleValue();
        }
        return nonFinite(in);
    }

    static int readInt(JsonParser in) throws IOException {
        return (Integer) INT.read(in, Handles.NONE);
    }

    private static double nonFinite(JsonParser in) throws IOException {
        if (in.currentToken() == JsonToken.VALUE_STRING) {
            switch (in.getText()) {
                case "NaN":
                    return Double.NaN;
                case "Infinity":
                    return Double.POSITIVE_INFINITY;
                case "-Infinity":
                    return Double.NEGATIVE_INFINITY;
                default:
                    break;
            }
        }
        throw expected(in, "a number");
    }

    private static Codec integer(long min, long max, String what, LongFunction<Object> narrow) {
        return new Codec() {
            @Override
            public void write(JsonGenerator out, Object value, Handles handles) throws IOException {
                out.writeNumber(((Number) value).longValue());
            }

            @Override
            public Object read(JsonParser in, Handles handles) throws IOException {
                expect(in, JsonToken.VALUE_NUMBER_INT, what);
                long v = in.getLongValue();
                if (v < min || v > max) {
                    throw new WireException("expected " + what + ", found " + v);
                }
                return narrow.apply(v);
            }
        };
    }

    static void expect(JsonParser in, JsonToken token, String what) throws IOException {
        if (in.currentToken() != token) {
            throw expected(in, what);
        }
    }

    static WireException expected(JsonParser in, String what) {
        JsonToken t = in.currentToken();
        return new WireException("expected " + what + ", found " + (t == null ? "the end" : describe(t)));
    }

    private static String describe(JsonToken t) {
        switch (t) {
            case START_ARRAY:
                return "an array";
            case START_OBJECT:
                return "an object";
            case VALUE_STRING:
                return "a string";
            case VALUE_NUMBER_INT:
            case VALUE_NUMBER_FLOAT:
                return "a number";
            case VALUE_TRUE:
            case VALUE_FALSE:
                return "a boolean";
            case VALUE_NULL:
                return "null";
            default:
                return t.asString() == null ? t.name() : t.asString();
        }
    }
}
