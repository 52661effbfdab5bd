package nngrader.sandbox.wire;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotSame;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonParser;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.lang.reflect.Type;
import java.nio.charset.StandardCharsets;
import java.util.List;
import nngrader.sandbox.fixtures.Params;
import org.junit.jupiter.api.Test;

/**
 * Identity of arrays across the boundary, both halves in one JVM: the grader writes the arguments,
 * the "worker" reads them and writes a value that reuses some, the grader reads that value.
 */
class ArrayIdentityTest {
    final JsonFactory json = WireJson.factory(1 << 20);
    final ValueCodec values = new ValueCodec();
    final ArrayIds workerIds = new ArrayIds();
    final ReturnedArrays graderMemory = new ReturnedArrays();

    record Pair(double[] first, double[] second) {
    }

    /** One call: the grader's arguments, and what the worker made of them, numbered alike. */
    final class Call {
        final ArgumentArrays sent = new ArgumentArrays();
        final ArgumentArrays received = new ArgumentArrays();
        final Object[] workerArgs;

        Call(Type[] types, Object... graderArgs) throws IOException {
            workerArgs = new Object[graderArgs.length];
            for (int i = 0; i < graderArgs.length; i++) {
                String text = write(types[i], graderArgs[i], Handles.with(Handles.NONE, sent));
                workerArgs[i] = read(types[i], text, Handles.with(Handles.NONE, received));
            }
        }

        /** The frame text of {@code value} as the worker writes it. */
        String reply(Type type, Object value) throws IOException {
            return write(type, value, Handles.with(Handles.NONE, ReplyArrays.writer(received, workerIds)));
        }

        /** What the grader decodes from {@code reply}. */
        Object decode(Type type, String reply) throws IOException {
            return read(type, reply, Handles.with(Handles.NONE, ReplyArrays.reader(sent, graderMemory)));
        }

        Object returned(Type type, Object workerValue) throws IOException {
            return decode(type, reply(type, workerValue));
        }
    }

    @Test
    void anArgumentReturnedIsTheCallersOwnArray() throws IOException {
        double[] z = {1, 2, 3};
        Call call = new Call(new Type[] {double[].class}, (Object) z);
        assertEquals("{\"arg\":1}", call.reply(double[].class, call.workerArgs[0]));
        assertSame(z, call.returned(double[].class, call.workerArgs[0]));
    }

    @Test
    void aRowOfAnArgumentIsTheCallersRow() throws IOException {
        double[] x = {5};
        double[][] X = {{1, 2}, {3, 4}};
        Call call = new Call(new Type[] {double[].class, double[][].class}, x, X);
        double[][] workerX = (double[][]) call.workerArgs[1];
        assertEquals("{\"arg\":4}", call.reply(double[].class, workerX[1]), "x is 1, X is 2, its rows 3 and 4");
        assertSame(X[1], call.returned(double[].class, workerX[1]));
        Params p = new Params(new double[][] {workerX[0], {9, 9}}, new double[] {0, 0});
        Params back = (Params) call.returned(Params.class, p);
        assertSame(X[0], back.W()[0]);
        assertNotSame(X[1], back.W()[1]);
    }

    @Test
    void oneArrayTwiceInAValueIsOneArray() throws IOException {
        Call call = new Call(new Type[0]);
        double[] shared = {7, 8};
        Pair pair = (Pair) call.returned(Pair.class, new Pair(shared, shared));
        assertSame(pair.first(), pair.second());
        assertArrayEquals(shared, pair.first());

        double[][] rows = (double[][]) new Call(new Type[0]).returned(double[][].class, new double[][] {shared, shared});
        assertSame(rows[0], rows[1]);
        @SuppressWarnings("unchecked")
        List<int[]> list = (List<int[]>) new Call(new Type[0]).returned(ListOfInts.type(), List.of(new int[] {1}, new int[] {1}));
        assertNotSame(list.get(0), list.get(1), "equal arrays that are not one array stay two");
    }

    @Test
    void anArrayReturnedByTwoCallsIsOneArrayWithTheLatestItems() throws IOException {
        double[] cache = {1, 2};
        double[] first = (double[]) new Call(new Type[0]).returned(double[].class, cache);
        cache[0] = 10;
        double[] second = (double[]) new Call(new Type[0]).returned(double[].class, cache);
        assertSame(first, second);
        assertArrayEquals(new double[] {10, 2}, first, "the test's array shows what the worker's holds now");
        assertNotSame(first, new Call(new Type[0]).returned(double[].class, cache.clone()));
    }

    @Test
    void changedArgumentsAndOtherFramesStayPlain() throws IOException {
        assertEquals("[1.0,2.0]", write(double[].class, new double[] {1, 2}, Handles.NONE));
        assertThrows(WireException.class, () -> read(double[].class, "{\"arg\":1}", Handles.NONE));
    }

    @Test
    void theGraderHonoursOnlyReferencesItCanCheck() throws IOException {
        Call call = new Call(new Type[] {double[].class, int[].class}, new double[] {1}, new int[] {2});
        assertBad(call, double[].class, "{\"arg\":3}", "argument array 3, but the call sent 2");
        assertBad(call, double[].class, "{\"arg\":0}", "argument array 0");
        assertBad(call, double[].class, "{\"arg\":2}", "argument array 2 is a int[], not a double[]");
        assertBad(call, double[].class, "{\"arg\":1,\"id\":4}", "has nothing else");
        assertBad(call, double[].class, "{\"id\":4}", "array 4 is named before its items were sent");
        assertBad(call, double[].class, "{\"items\":[1.0]}", "an array without an id");
        assertBad(call, double[].class, "{\"id\":4,\"items\":null}", "without items");
        assertBad(call, double[].class, "{\"id\":4,\"class\":\"x\"}", "unexpected field class");
        assertBad(call, Pair.class, "{\"first\":{\"id\":4,\"items\":[1.0]},\"second\":{\"id\":4,\"items\":[1.0]}}",
                "sent twice");

        double[] kept = (double[]) new Call(new Type[0]).decode(double[].class, "{\"id\":9,\"items\":[1.0,2.0]}");
        assertBad(new Call(new Type[0]), double[].class, "{\"id\":9,\"items\":[1.0]}", "had 2 items and now has 1");
        assertBad(new Call(new Type[0]), int[].class, "{\"id\":9,\"items\":[1]}", "is a double[], not a int[]");
        assertArrayEquals(new double[] {1, 2}, kept, "a rejected reply leaves the test's array as it was");
        assertArrayEquals(new double[] {3}, (double[]) call.decode(double[].class, "[3.0]"), "items alone: a new array");
    }

    @Test
    void theGraderForgetsArraysNoTestHolds() throws IOException, InterruptedException {
        for (int i = 0; i < 2000; i++) {
            new Call(new Type[0]).returned(double[].class, new double[1000]);
        }
        // The JVM enqueues collected references on its own thread some time after a collection,
        // so wait (up to 20 s) for what must happen rather than expect it right after System.gc().
        long deadline = System.nanoTime() + 20_000_000_000L;
        do {
            System.gc();
            Thread.sleep(50);
            new Call(new Type[0]).returned(double[].class, new double[1]);
        } while (graderMemory.size() >= 2000 && System.nanoTime() < deadline);
        assertTrue(graderMemory.size() < 2000, graderMemory.size() + " arrays remembered");
    }

    private void assertBad(Call call, Type type, String reply, String words) {
        WireException e = assertThrows(WireException.class, () -> call.decode(type, reply), reply);
        assertTrue(e.getMessage().contains(words), e.getMessage());
    }

    private interface ListOfInts {
        List<int[]> value();

        static Type type() {
            try {
                return ListOfInts.class.getMethod("value").getGenericReturnType();
            } catch (NoSuchMethodException e) {
                throw new AssertionError(e);
            }
        }
    }

    private String write(Type type, Object value, Handles handles) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (JsonGenerator g = json.createGenerator(out)) {
            values.write(g, type, value, handles);
        }
        return out.toString(StandardCharsets.UTF_8);
    }

    private Object read(Type type, String text, Handles handles) throws IOException {
        try (JsonParser p = json.createParser(text.getBytes(StandardCharsets.UTF_8))) {
            p.nextToken();
            return values.read(p, type, handles);
        }
    }
}
