package nngrader.sandbox.wire;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.exc.StreamConstraintsException;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.lang.reflect.Type;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import nngrader.sandbox.fixtures.Counter;
import nngrader.sandbox.fixtures.Params;
import nngrader.sandbox.fixtures.Shape;
import nngrader.sandbox.fixtures.Stats;
import org.junit.jupiter.api.Test;

/** The value codec in one JVM: encode by a declared type, decode by the same type. */
class ValueCodecTest {
    final JsonFactory json = WireJson.factory(1 << 20);
    final ValueCodec values = new ValueCodec();

    /** Declared types, as a method signature would give them. */
    interface Types {
        List<Stats> stats();

        List<List<int[]>> nested();

        List<? extends Stats> wildcard();

        List<Counter> counters();

        Map<String, Double> map();

        List<String>[] arrayOfLists();
    }

    record Node(int value, Node next) {
    }

    @Test
    void doublesKeepEveryBit() throws IOException {
        double[] special = {Double.NaN, Double.POSITIVE_INFINITY, Double.NEGATIVE_INFINITY, -0.0, 0.0,
            Double.MIN_VALUE, Double.MAX_VALUE, Math.nextUp(1.0), 0.1 + 0.2, -1e-310};
        double[] back = (double[]) roundTrip(double[].class, special);
        for (int i = 0; i < special.length; i++) {
            assertEquals(Double.doubleToLongBits(special[i]), Double.doubleToLongBits(back[i]), "at " + i);
        }
        assertEquals("[\"NaN\",\"Infinity\",\"-Infinity\",-0.0]", text(double[].class,
                new double[] {Double.NaN, Double.POSITIVE_INFINITY, Double.NEGATIVE_INFINITY, -0.0}));
        assertEquals(Double.doubleToLongBits(-0.0), Double.doubleToLongBits((Double) roundTrip(double.class, -0.0)));
        assertTrue(Double.isNaN((Double) roundTrip(Double.class, Double.NaN)));
    }

    @Test
    void longDoubleArraysTravelAsTheirBits() throws IOException {
        double[] many = new double[1000];
        java.util.Random random = new java.util.Random(1);
        for (int i = 0; i < many.length; i++) {
            many[i] = random.nextGaussian() * Math.pow(10, random.nextInt(600) - 300);
        }
        many[0] = Double.NaN;
        many[1] = -0.0;
        many[2] = Double.NEGATIVE_INFINITY;
        many[3] = Double.longBitsToDouble(0x7ff0000000000123L); // a NaN with a payload
        double[] back = (double[]) roundTrip(double[].class, many);
        for (int i = 0; i < many.length; i++) {
            assertEquals(Double.doubleToRawLongBits(many[i]), Double.doubleToRawLongBits(back[i]), "at " + i);
        }
        String seventeen = text(double[].class, new double[17]);
        assertTrue(seventeen.startsWith("\"AAAAAAAA"), seventeen);
        assertArrayEquals(new double[] {1.0}, (double[]) read(double[].class, "\"P/AAAAAAAAA=\""), "either form is read");
        assertEquals("the bits of a double[] come in groups of 8 bytes, not 3",
                assertThrows(WireException.class, () -> read(double[].class, "\"AAAA\"")).getMessage());
        assertThrows(IOException.class, () -> read(double[].class, "\"not base64!\""));
    }

    @Test
    void floatsParseAsFloats() throws IOException {
        for (float f : new float[] {0.1f, Float.MIN_VALUE, Float.MAX_VALUE, -0.0f, 3.4028235E38f, 1.00000012f}) {
            assertEquals(Float.floatToIntBits(f), Float.floatToIntBits((Float) roundTrip(float.class, f)));
        }
        assertTrue(Float.isNaN((Float) roundTrip(float.class, Float.NaN)));
    }

    @Test
    void integersAreCheckedForRange() throws IOException {
        assertEquals(Long.MAX_VALUE, roundTrip(long.class, Long.MAX_VALUE));
        assertEquals((byte) -128, roundTrip(byte.class, (byte) -128));
        assertEquals("expected a byte, found 200", assertThrows(WireException.class, () -> read(byte.class, "200")).getMessage());
        assertThrows(IOException.class, () -> read(int.class, "3000000000"));
        assertThrows(WireException.class, () -> read(int.class, "1.5"));
        assertThrows(IOException.class, () -> read(long.class, "123456789012345678901234567890"));
    }

    @Test
    void primitivesRefuseNullAndBoxesAcceptIt() throws IOException {
        assertEquals("expected a number, found null", assertThrows(WireException.class, () -> read(double.class, "null")).getMessage());
        assertNull(read(Double.class, "null"));
        assertNull(read(String.class, "null"));
        assertNull(read(double[].class, "null"));
    }

    @Test
    void arraysOfAnyDimension() throws IOException {
        double[][][] cube = {{{1}, {2, 3}}, {}, {null}};
        assertEquals(Arrays.deepToString(cube), Arrays.deepToString((Object[]) roundTrip(double[][][].class, cube)));
        assertArrayEquals(new int[] {1, -2, Integer.MAX_VALUE}, (int[]) roundTrip(int[].class, new int[] {1, -2, Integer.MAX_VALUE}));
        assertArrayEquals(new long[] {Long.MIN_VALUE}, (long[]) roundTrip(long[].class, new long[] {Long.MIN_VALUE}));
        assertArrayEquals(new boolean[] {true, false}, (boolean[]) roundTrip(boolean[].class, new boolean[] {true, false}));
        assertArrayEquals(new char[] {'a', '\u0000'}, (char[]) roundTrip(char[].class, new char[] {'a', '\u0000'}));
        assertArrayEquals(new String[] {"x", null}, (String[]) roundTrip(String[].class, new String[] {"x", null}));
        assertArrayEquals(new Shape[] {Shape.OTHER}, (Shape[]) roundTrip(Shape[].class, new Shape[] {Shape.OTHER}));
    }

    @Test
    void recordsByComponentName() throws IOException {
        Stats s = new Stats(1.5, Double.NaN, 3);
        assertEquals("{\"mean\":1.5,\"max\":\"NaN\",\"count\":3}", text(Stats.class, s));
        assertEquals(s, roundTrip(Stats.class, s));
        assertEquals(s, read(Stats.class, "{\"count\":3,\"max\":\"NaN\",\"mean\":1.5}"), "any order");
        assertEquals("Stats without count", assertThrows(WireException.class,
                () -> read(Stats.class, "{\"mean\":1,\"max\":2}")).getMessage());
        assertEquals("Stats has no component extra", assertThrows(WireException.class,
                () -> read(Stats.class, "{\"mean\":1,\"max\":2,\"count\":1,\"extra\":0}")).getMessage());
        assertThrows(IOException.class, () -> read(Stats.class, "{\"mean\":1,\"mean\":2,\"max\":2,\"count\":1}"));
    }

    @Test
    void aRecordsOwnChecksRunOnWhatArrives() {
        WireException e = assertThrows(WireException.class, () -> read(Params.class, "{\"W\":[[1]],\"b\":[]}"));
        assertTrue(e.getMessage().startsWith("Params rejected its components: java.lang.IllegalArgumentException: W has 1 rows but b has 0"),
                e.getMessage());
    }

    @Test
    void recursiveRecords() throws IOException {
        Node list = new Node(1, new Node(2, null));
        assertEquals(list, roundTrip(Node.class, list));
    }

    @Test
    void enumsByName() throws IOException {
        assertEquals("\"OTHER\"", text(Shape.class, Shape.OTHER));
        assertSame(Shape.OTHER, roundTrip(Shape.class, Shape.OTHER));
        assertEquals("Shape has no constant CIRCLE", assertThrows(WireException.class, () -> read(Shape.class, "\"CIRCLE\"")).getMessage());
    }

    @Test
    void listsByElementType() throws Exception {
        Type stats = Types.class.getMethod("stats").getGenericReturnType();
        List<Stats> some = new ArrayList<>(List.of(new Stats(1, 2, 3)));
        some.add(null);
        assertEquals(some, roundTrip(stats, some));
        Type nested = Types.class.getMethod("nested").getGenericReturnType();
        @SuppressWarnings("unchecked")
        List<List<int[]>> back = (List<List<int[]>>) roundTrip(nested, List.of(List.of(new int[] {7})));
        assertArrayEquals(new int[] {7}, back.get(0).get(0));
        Type wildcard = Types.class.getMethod("wildcard").getGenericReturnType();
        assertEquals(List.of(new Stats(0, 0, 0)), roundTrip(wildcard, List.of(new Stats(0, 0, 0))));
        Type arrayOfLists = Types.class.getMethod("arrayOfLists").getGenericReturnType();
        assertEquals("[[a]]", Arrays.deepToString((Object[]) roundTrip(arrayOfLists, new List<?>[] {List.of("a")})));
    }

    @Test
    void interfacesCrossAsHandles() throws Exception {
        Counter counter = new Counter() {
            @Override
            public int increment() {
                return 1;
            }

            @Override
            public int value() {
                return 1;
            }
        };
        Handles table = new Handles() {
            @Override
            public RemoteRef export(Object value, Class<?> api) {
                assertSame(counter, value);
                return new RemoteRef(7, "nn.MyCounter");
            }

            @Override
            public Object resolve(RemoteRef ref, Class<?> api) {
                assertEquals(new RemoteRef(7, "nn.MyCounter"), ref);
                assertSame(Counter.class, api);
                return counter;
            }
        };
        assertEquals("{\"handle\":7,\"class\":\"nn.MyCounter\"}", text(Counter.class, counter, table));
        assertSame(counter, read(Counter.class, "{\"handle\":7,\"class\":\"nn.MyCounter\"}", table));
        Type counters = Types.class.getMethod("counters").getGenericReturnType();
        assertEquals(List.of(counter), read(counters, "[{\"handle\":7,\"class\":\"nn.MyCounter\"}]", table));
    }

    @Test
    void typesThatCannotCross() throws Exception {
        assertEquals("values of type java.lang.Object cannot cross to the worker: use primitives, String, enums,"
                + " arrays, records, List or an API interface",
                assertThrows(UnsupportedTypeException.class, () -> values.check(Object.class)).getMessage());
        assertThrows(UnsupportedTypeException.class, () -> values.check(Types.class.getMethod("map").getGenericReturnType()));
        assertThrows(UnsupportedTypeException.class, () -> values.check(List.class));
        assertThrows(UnsupportedTypeException.class, () -> values.check(Runnable.class));
        assertThrows(UnsupportedTypeException.class, () -> values.check(java.util.Date.class));
    }

    @Test
    void wrongShapesAreWireErrors() {
        assertEquals("expected an array of doubles, found an object",
                assertThrows(WireException.class, () -> read(double[].class, "{}")).getMessage());
        assertEquals("expected a number, found a string",
                assertThrows(WireException.class, () -> read(double[].class, "[\"nan\"]")).getMessage());
        assertEquals("expected a string, found a number",
                assertThrows(WireException.class, () -> read(String.class, "1")).getMessage());
        assertEquals("expected one char, found a string of length 2",
                assertThrows(WireException.class, () -> read(char.class, "\"ab\"")).getMessage());
    }

    @Test
    void readingIsBoundedAgainstHostileInput() {
        int depth = WireJson.MAX_NESTING_DEPTH + 1;
        String deep = "{\"value\":1,\"next\":".repeat(depth) + "null" + "}".repeat(depth);
        assertThrows(StreamConstraintsException.class, () -> read(Node.class, deep));
        String longNumber = "[" + "1".repeat(1000) + "]";
        assertThrows(StreamConstraintsException.class, () -> read(double[].class, longNumber));
        JsonFactory small = WireJson.factory(2000);
        assertThrows(StreamConstraintsException.class,
                () -> readWith(small, String.class, "\"" + "x".repeat(3000) + "\"", Handles.NONE));
    }

    private Object roundTrip(Type type, Object value) throws IOException {
        return read(type, text(type, value));
    }

    private String text(Type type, Object value) throws IOException {
        return text(type, value, Handles.NONE);
    }

    private String text(Type type, Object value, Handles handles) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (JsonGenerator g = json.createGenerator(out)) {
            values.write(g, type, value, handles);
        }
        return out.toString(StandardCharsets.UTF_8);
    }

    private Object read(Type type, String text) throws IOException {
        return read(type, text, Handles.NONE);
    }

    private Object read(Type type, String text, Handles handles) throws IOException {
        return readWith(json, type, text, handles);
    }

    private Object readWith(JsonFactory factory, Type type, String text, Handles handles) throws IOException {
        try (JsonParser p = factory.createParser(text.getBytes(StandardCharsets.UTF_8))) {
            p.nextToken();
            Object value = values.read(p, type, handles);
            if (p.nextToken() != null) {
                throw new WireException("trailing data");
            }
            return value;
        }
    }
}
