package nngrader.sandbox.wire;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import java.io.IOException;
import java.lang.reflect.Array;
import java.lang.reflect.Type;
import java.nio.ByteBuffer;
import java.util.Arrays;
import java.util.Objects;

/** double[] and int[], the arrays of the course APIs, without boxing each element. */
final class PrimitiveArrayCodecs {
    /**
     * Longer double[] travel as base64 of their IEEE-754 bits (big-endian): exact for every value,
     * NaN payloads included, and about a hundred times faster than decimal text, which matters when
     * a gradient check sends a layer's weights per coordinate. Short ones stay readable numbers.
     */
    static final int MAX_DOUBLES_AS_TEXT = 16;

    static final Codec DOUBLES = new InPlace() {
        @Override
        public void write(JsonGenerator out, Object value, Handles handles) throws IOException {
            double[] a = (double[]) value;
            if (a.length > MAX_DOUBLES_AS_TEXT) {
                ByteBuffer bits = ByteBuffer.allocate(a.length * Double.BYTES);
                bits.asDoubleBuffer().put(a);
                out.writeBinary(bits.array());
                return;
            }
            out.writeStartArray(a, a.length);
            for (double d : a) {
                Scalars.writeDouble(out, d);
            }
            out.writeEndArray();
        }

        @Override
        public Object read(JsonParser in, Handles handles) throws IOException {
            if (in.currentToken() == JsonToken.VALUE_STRING) {
                return fromBits(in.getBinaryValue());
            }
            Scalars.expect(in, JsonToken.START_ARRAY, "an array of doubles");
            double[] a = new double[16];
            int n = 0;
            while (in.nextToken() != JsonToken.END_ARRAY) {
                if (n == a.length) {
                    a = Arrays.copyOf(a, 2 * n);
                }
                a[n++] = Scalars.readDouble(in);
            }
            return Arrays.copyOf(a, n);
        }

    };

    static final Codec INTS = new InPlace() {
        @Override
        public void write(JsonGenerator out, Object value, Handles handles) throws IOException {
            int[] a = (int[]) value;
            out.writeArray(a, 0, a.length);
        }

        @Override
        public Object read(JsonParser in, Handles handles) throws IOException {
            Scalars.expect(in, JsonToken.START_ARRAY, "an array of ints");
            int[] a = new int[16];
            int n = 0;
            while (in.nextToken() != JsonToken.END_ARRAY) {
                if (n == a.length) {
                    a = Arrays.copyOf(a, 2 * n);
                }
                a[n++] = Scalars.readInt(in);
            }
            return Arrays.copyOf(a, n);
        }

    };

    private PrimitiveArrayCodecs() {
    }

    /** The codec of double[] or int[]; null for any other type. */
    static Codec codecOf(Type type, ValueCodec values) {
        if (type == double[].class) {
            return new IdentityArrayCodec(double[].class, DOUBLES);
        }
        if (type == int[].class) {
            return new IdentityArrayCodec(int[].class, INTS);
        }
        return null;
    }

    /** What code can change in a primitive array: its entries, compared bit for bit (a NaN that stays NaN is unchanged). */
    private abstract static class InPlace implements Codec {
        @Override
        public boolean changesInPlace() {
            return true;
        }

        @Override
        public Object snapshot(Object value) {
            int n = Array.getLength(value);
            Object copy = Array.newInstance(value.getClass().getComponentType(), n);
            System.arraycopy(value, 0, copy, 0, n);
            return copy;
        }

        @Override
        public boolean changed(Object before, Object now) {
            return !Objects.deepEquals(before, now);
        }

        @Override
        public void copyInto(Object target, Object source) {
            System.arraycopy(source, 0, target, 0, Math.min(Array.getLength(target), Array.getLength(source)));
        }

        @Override
        public boolean fitsInPlace(Object target, Object source) {
            return Array.getLength(target) == Array.getLength(source);
        }
    }

    private static double[] fromBits(byte[] bytes) throws WireException {
        if (bytes.length % Double.BYTES != 0) {
            throw new WireException("the bits of a double[] come in groups of 8 bytes, not " + bytes.length);
        }
        double[] a = new double[bytes.length / Double.BYTES];
        ByteBuffer.wrap(bytes).asDoubleBuffer().get(a);
        return a;
    }
}
