package nngrader.sandbox.wire;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.util.Arrays;

/** double[] and int[], the arrays of the course APIs, without boxing each element. */
final class PrimitiveArrayCodecs {
    /**
     * Longer double[] travel as base64 of their IEEE-754 bits (big-endian): exact for every value,
     * NaN payloads included, and about a hundred times faster than decimal text, which matters when
     * a gradient check sends a layer's weights per coordinate. Short ones stay readable numbers.
     */
    static final int MAX_DOUBLES_AS_TEXT = 16;

    static final Codec DOUBLES = new Codec() {
        @Override
        public void write(JsonGenerator out, Object value, Handles handles) throws IOException {
            if (value == null) {
                out.writeNull();
                return;
            }
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
            if (in.currentToken() == JsonToken.VALUE_NULL) {
                return null;
            }
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

    static final Codec INTS = new Codec() {
        @Override
        public void write(JsonGenerator out, Object value, Handles handles) throws IOException {
            if (value == null) {
                out.writeNull();
                return;
            }
            int[] a = (int[]) value;
            out.writeArray(a, 0, a.length);
        }

        @Override
        public Object read(JsonParser in, Handles handles) throws IOException {
            if (in.currentToken() == JsonToken.VALUE_NULL) {
                return null;
            }
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

    private static double[] fromBits(byte[] bytes) throws WireException {
        if (bytes.length % Double.BYTES != 0) {
            throw new WireException("the bits of a double[] come in groups of 8 bytes, not " + bytes.length);
        }
        double[] a = new double[bytes.length / Double.BYTES];
        ByteBuffer.wrap(bytes).asDoubleBuffer().get(a);
        return a;
    }
}
