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
import org.junit.jupiter.api.Test;

/**
 * The arrays of a stand-in's answers, both sides in one JVM: the "grader" writes a value (a weight matrix it keeps),
 * the "worker" reads it; then each side changes entries and the other side sees them after the next crossing.
 */
class MirroredArraysTest {
    final JsonFactory json = WireJson.factory(1 << 20);
    final ValueCodec values = new ValueCodec();
    final MirroredArrays grader = new MirroredArrays();
    final MirroredArrays worker = new MirroredArrays();

    /** The reference object that answers: it keeps what it holds, here behind a list, as a layer keeps its weights. */
    record Layer(List<Object> state) {
        Layer(Object... held) {
            this(List.of(held));
        }
    }

    @Test
    void anArrayAnsweredTwiceIsOneArrayInTheWorkerUpdatedInPlace() throws IOException {
        double[][] W = {{1, 2}, {3, 4}};
        Layer layer = new Layer((Object) W);
        double[][] first = (double[][]) answer(layer, double[][].class, W);
        W[1][0] = 30;
        double[][] again = (double[][]) answer(layer, double[][].class, W);
        assertSame(first, again);
        assertSame(first[1], again[1]);
        assertArrayEquals(new double[] {30, 4}, first[1], 0);
    }

    @Test
    void entriesChangedOnEitherSideReachTheOtherAtTheNextCrossing() throws IOException {
        double[][] W = {{1, 2}, {3, 4}};
        int[] counts = {5};
        Layer layer = new Layer(W, counts);
        double[][] workerW = (double[][]) answer(layer, double[][].class, W);
        int[] workerCounts = (int[]) answer(layer, int[].class, counts);

        workerW[0][1] = -2; // an optimizer's step in the worker
        workerCounts[0] = 6;
        cross(worker, grader);
        assertArrayEquals(new double[] {1, -2}, W[0], 0, "the grader's own row, changed in place");
        assertEquals(6, counts[0]);

        W[1][1] = 40; // the reference's backward in the grader
        cross(grader, worker);
        assertArrayEquals(new double[] {3, 40}, workerW[1], 0);
        assertEquals("", changesOf(worker), "what arrived is not sent back");
        assertEquals("", changesOf(grader));
    }

    @Test
    void changesThatAreNotSentAreSentNextTime() throws IOException {
        double[] b = {1};
        double[] workerB = (double[]) answer(new Layer(b), double[].class, b);
        workerB[0] = 2;
        changesOf(worker); // written into a frame that never went out
        cross(worker, grader);
        assertEquals(2, b[0]);
    }

    @Test
    void untrustedChangesAreRefusedOrIgnored() throws IOException {
        double[] b = {1, 2};
        answer(new Layer(b), double[].class, b);
        assertThrows(WireException.class, () -> read(grader, "[{\"id\":1,\"items\":[1.0]}]"), "another length");
        assertThrows(WireException.class, () -> read(grader, "[{\"items\":[1.0,2.0],\"id\":1}]"), "the id first");
        assertThrows(WireException.class, () -> read(grader, "[{\"id\":1,\"items\":[1.0,2.0],\"x\":1}]"));
        read(grader, "[{\"id\":99,\"items\":[7.0]}]"); // an array the grader does not hold: nothing to change
        assertArrayEquals(new double[] {1, 2}, b, 0);
        WireException early = assertThrows(WireException.class, () -> valueIn(worker, double[].class, "{\"id\":5}"));
        assertTrue(early.getMessage().contains("named before its items"), early.getMessage());
    }

    @Test
    void aNewArrayTheObjectDoesNotKeepCrossesAsAPlainValue() throws IOException {
        double[] z = {1, 2};
        Layer stateless = new Layer();
        assertEquals("[1.0,2.0]", frame(stateless, double[].class, z));
        double[] first = (double[]) answer(stateless, double[].class, z);
        assertNotSame(first, answer(stateless, double[].class, z));
        first[0] = 5;
        assertEquals("", changesOf(worker), "nothing to mirror");
        assertEquals("{\"id\":1,\"items\":[1.0,2.0]}", frame(new Layer(z), double[].class, z),
                "held by the object: mirrored");
    }

    /** The grader's {@code owner} answers with {@code value}; the worker reads it. */
    private Object answer(Object owner, Type type, Object value) throws IOException {
        return valueIn(worker, type, frame(owner, type, value));
    }

    private String frame(Object owner, Type type, Object value) throws IOException {
        var bytes = new ByteArrayOutputStream();
        try (JsonGenerator out = json.createGenerator(bytes)) {
            values.write(out, type, value, Handles.with(Handles.NONE, grader.writer(owner)));
        }
        return bytes.toString(StandardCharsets.UTF_8);
    }

    private Object valueIn(MirroredArrays side, Type type, String frame) throws IOException {
        try (JsonParser in = json.createParser(frame)) {
            in.nextToken();
            return values.read(in, type, Handles.with(Handles.NONE, side.reader()));
        }
    }

    /** One frame from {@code from} to {@code to} carrying the changes {@code from} has. */
    private void cross(MirroredArrays from, MirroredArrays to) throws IOException {
        MirroredArrays.Changes changes = from.changes();
        String frame = write(changes);
        changes.sent();
        if (!frame.isEmpty()) {
            read(to, frame.substring(frame.indexOf('['), frame.lastIndexOf(']') + 1));
        }
    }

    private String changesOf(MirroredArrays side) throws IOException {
        return write(side.changes());
    }

    private String write(MirroredArrays.Changes changes) throws IOException {
        var bytes = new ByteArrayOutputStream();
        try (JsonGenerator out = json.createGenerator(bytes)) {
            out.writeStartObject();
            changes.write(out, "mirrored", values);
            out.writeEndObject();
        }
        String frame = bytes.toString(StandardCharsets.UTF_8);
        return frame.equals("{}") ? "" : frame;
    }

    private void read(MirroredArrays side, String changes) throws IOException {
        try (JsonParser in = json.createParser(changes)) {
            in.nextToken();
            side.readChanges(in, values);
        }
    }
}
