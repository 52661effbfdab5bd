package nngrader.sandbox.wire;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotSame;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonParser;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.lang.reflect.Method;
import java.lang.reflect.Type;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import nngrader.sandbox.fixtures.Mutations;
import nngrader.sandbox.fixtures.Mutator;
import nngrader.sandbox.fixtures.Params;
import org.junit.jupiter.api.Test;

/**
 * What student code changes in its arguments is seen by the test that passed them, as if both ran
 * in one JVM: otherwise a hidden test could never catch a softmax that overwrites its input. Here
 * without a worker: each side has its own codecs, and the arguments and the changes cross as JSON.
 */
class ArgumentChangesTest {
    final JsonFactory json = WireJson.factory(1 << 20);
    final ValueCodec grader = new ValueCodec();
    final ValueCodec worker = new ValueCodec();

    /** Declared types, as a method signature would give them. */
    interface Declared {
        List<double[]> rows();
    }

    /** What the worker sent back in the last {@link #call}: null when nothing changed. */
    String changedSent;

    @Test
    void inPlaceChangesReachTheCallersObjects() throws Exception {
        Mutator student = new Mutator();

        double[] x = {1, 2, 3};
        assertEquals(1.0, call(student, "first", x));
        assertArrayEquals(new double[] {99, 2, 3}, x, "an entry overwritten");

        double[][] X = {{1, 1}, {2, 2}, {3, 3}};
        double[] row0 = X[0];
        assertEquals(3, call(student, "rows", (Object) X));
        assertArrayEquals(new double[][] {{2, 2}, {1, 1}, {3, 3}}, X, "rows swapped");
        assertSame(row0, X[0], "the caller's row arrays are reused, their values updated");

        Params p = new Params(new double[][] {{1, 2}}, new double[] {5});
        assertEquals(5.0, call(student, "bias", p));
        assertArrayEquals(new double[][] {{2, 4}}, p.W(), "an array inside a record");

        int[] labels = {4, 5};
        assertEquals(4, call(student, "label", labels));
        assertArrayEquals(new int[] {4, 5}, labels, "untouched arguments stay as they were");
        assertNull(changedSent, "a call that changes nothing sends no changes back");
    }

    @Test
    void aRowReplacedByOneOfAnotherLengthReplacesTheCallersRow() throws Exception {
        Mutations student = new Mutator() {
            @Override
            public int rows(double[][] X) {
                X[1] = new double[] {7, 7, 7};
                return X.length;
            }
        };
        double[][] X = {{1, 1}, {2, 2}};
        double[] row1 = X[1];
        call(student, "rows", (Object) X);
        assertArrayEquals(new double[] {7, 7, 7}, X[1]);
        assertNotSame(row1, X[1]);
        assertArrayEquals(new double[] {2, 2}, row1, "the old row, which the test may hold, is not written into");
    }

    @Test
    void aNaNThatStaysNaNIsNoChange() throws Exception {
        Mutations student = new Mutator() {
            @Override
            public double first(double[] x) {
                x[0] = Double.NaN; // the same NaN it had
                return 0;
            }
        };
        call(student, "first", (Object) new double[] {Double.NaN, 1});
        assertNull(changedSent);
    }

    @Test
    void aListTheCallerCannotChangeStaysAsItWas() throws Exception {
        Type[] types = {Declared.class.getMethod("rows").getGenericReturnType()};
        List<double[]> fixed = List.of(new double[] {1});
        List<double[]> growing = new ArrayList<>(fixed);
        List<double[]> sentBack = new ArrayList<>(List.of(new double[] {1}, new double[] {2}));
        ArgumentChanges.into(grader, types, new Object[] {growing}, new Object[] {sentBack});
        ArgumentChanges.into(grader, types, new Object[] {fixed}, new Object[] {sentBack});
        assertEquals(2, growing.size());
        assertEquals(1, fixed.size());
    }

    /**
     * One call as the sandbox makes it: the grader writes the arguments, the worker reads them,
     * runs the student's method and sends back the arguments that changed, which the grader reads
     * and copies into the caller's own objects.
     */
    private Object call(Mutations student, String name, Object... args) throws Exception {
        Method method = Arrays.stream(Mutations.class.getMethods()).filter(m -> m.getName().equals(name)).findFirst().orElseThrow();
        Type[] types = method.getGenericParameterTypes();
        Object[] received = read(worker, types, write(grader, types, args));
        ArgumentChanges changes = ArgumentChanges.before(worker, types, received);
        Object result = method.invoke(student, received);
        Object[] changed = changes.changed(received);
        changedSent = changed == null ? null : write(worker, types, changed);
        ArgumentChanges.into(grader, types, args, changedSent == null ? null : read(grader, types, changedSent));
        return result;
    }

    private String write(ValueCodec values, Type[] types, Object[] args) throws IOException {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (JsonGenerator out = json.createGenerator(bytes)) {
            out.writeStartArray();
            for (int i = 0; i < types.length; i++) {
                values.write(out, types[i], args[i], Handles.NONE);
            }
            out.writeEndArray();
        }
        return bytes.toString(StandardCharsets.UTF_8);
    }

    private Object[] read(ValueCodec values, Type[] types, String text) throws IOException {
        try (JsonParser in = json.createParser(text)) {
            in.nextToken();
            Object[] args = new Object[types.length];
            for (int i = 0; i < types.length; i++) {
                in.nextToken();
                args[i] = values.read(in, types[i], Handles.NONE);
            }
            return args;
        }
    }

}
