package nngrader.sandbox;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import java.io.IOException;
import java.lang.reflect.Constructor;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.lang.reflect.Type;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import nngrader.sandbox.wire.ArgumentChanges;
import nngrader.sandbox.wire.BoundedBuffer;
import nngrader.sandbox.wire.FrameTooLargeException;
import nngrader.sandbox.wire.Handles;
import nngrader.sandbox.wire.Protocol;
import nngrader.sandbox.wire.ValueCodec;
import nngrader.sandbox.wire.WireException;

/**
 * Answers, with the reference solution in this (the grader's) JVM, the calls that the stand-in of a submitted
 * file that did not compile makes from the worker during a call (see {@code nngrader.sandbox.worker.Forwarded}).
 * Only those classes are answered, only through the methods of their API interface, and the reference's code
 * never enters the worker: values cross, and a reference object returned where an API interface is declared (the
 * Layer of {@code affine}) stays here under a handle ({@link ReferenceObjects}), which the worker calls like a
 * stand-in and may pass back as an argument. Callback frames are untrusted input like any reply; each answered
 * call is told to the test's {@link CallScope}, so the test can say it graded only the other files.
 */
public final class ReferenceCalls {
    /** No file stands in for another: a callback is refused. */
    public static final ReferenceCalls NONE = new ReferenceCalls(Map.of());

    /**
     * @param api       the interface the class implements, as the hidden suite sees it
     * @param reference the reference's class of the same name
     */
    public record StandIn(Class<?> api, Class<?> reference) {
    }

    private final Map<String, StandIn> standIns;

    /** @param standIns by the class name of each submitted file that did not compile */
    public ReferenceCalls(Map<String, StandIn> standIns) {
        this.standIns = Map.copyOf(standIns);
    }

    /** The reference objects of one worker's life, by the handles it was given. */
    Session forWorker(JsonFactory json, ValueCodec values, int maxFrameBytes) {
        return new Session(json, values, maxFrameBytes);
    }

    final class Session {
        private final JsonFactory json;
        private final ValueCodec values;
        private final int maxFrameBytes;
        private final ReferenceObjects objects = new ReferenceObjects();

        private Session(JsonFactory json, ValueCodec values, int maxFrameBytes) {
            this.json = json;
            this.values = values;
            this.maxFrameBytes = maxFrameBytes;
        }

        /**
         * The answer frame to one callback; a callback that cannot be answered gets a refusal, which the worker
         * throws in student code.
         *
         * @param scope the test of the call in progress
         */
        byte[] answer(byte[] frame, CallScope scope) throws IOException {
            long id = -1;
            try (JsonParser in = json.createParser(frame)) {
                if (in.nextToken() != JsonToken.START_OBJECT) {
                    throw new WireException("a callback is a JSON object");
                }
                String op = null;
                String className = null;
                String api = null;
                String method = null;
                long target = 0;
                List<String> params = List.of();
                while (in.nextToken() == JsonToken.FIELD_NAME) {
                    String field = in.currentName();
                    JsonToken token = in.nextToken();
                    switch (field) {
                        case Protocol.CALLBACK -> id = number(in, token);
                        case Protocol.OP -> op = text(in, token);
                        case Protocol.CLASS -> className = text(in, token);
                        case Protocol.TARGET -> target = number(in, token);
                        case Protocol.API -> api = text(in, token);
                        case Protocol.METHOD -> method = text(in, token);
                        case Protocol.PARAMS -> params = texts(in, token);
                        case Protocol.ARGS -> {
                            return call(id, target, api, method, params, in, scope);
                        }
                        default -> throw new WireException("unknown field in a callback");
                    }
                }
                if (Protocol.OP_NEW.equals(op)) {
                    return create(id, className);
                }
                throw new WireException("a callback that is neither new nor call");
            } catch (IOException | RuntimeException e) {
                return refused(id, "the grader could not read this call: " + e.getMessage());
            }
        }

        private byte[] create(long id, String className) throws IOException {
            StandIn standIn = className == null ? null : standIns.get(className);
            if (standIn == null) {
                return refused(id, "only a submitted class that did not compile is answered by the grader");
            }
            Object created;
            try {
                Constructor<?> constructor = standIn.reference().getDeclaredConstructor();
                constructor.setAccessible(true);
                created = constructor.newInstance();
            } catch (ReflectiveOperationException | RuntimeException | LinkageError e) {
                return refused(id, "the grader cannot create the reference " + className + ": " + e);
            }
            long handle = objects.add(created, standIn.api(), className);
            return frame(out -> {
                out.writeNumberField(Protocol.ID, id);
                out.writeNumberField(Protocol.CREATED, handle);
            });
        }

        private byte[] call(long id, long target, String apiName, String name, List<String> params, JsonParser in,
                CallScope scope) throws IOException {
            ReferenceObjects.Held held = objects.get(target);
            if (held == null) {
                return refused(id, "no reference object " + target);
            }
            String className = held.origin();
            Method method = held.apiMethod(apiName, name, params);
            if (method == null) {
                return refused(id, held.apiNames() + " has no such method");
            }
            Object object = held.object();
            Handles handles = objects.answering(className);
            Type[] types = method.getGenericParameterTypes();
            if (in.currentToken() != JsonToken.START_ARRAY) {
                throw new WireException("args is an array");
            }
            Object[] args = new Object[types.length];
            for (int i = 0; i < types.length; i++) {
                in.nextToken();
                args[i] = values.read(in, types[i], handles);
            }
            if (in.nextToken() != JsonToken.END_ARRAY) {
                throw new WireException("too many arguments");
            }
            ArgumentChanges changes = ArgumentChanges.before(values, types, args);
            scope.answeredByReference(className);
            Object result;
            try {
                result = runReference(method, object, args);
            } catch (InvocationTargetException e) {
                Throwable thrown = e.getCause() == null ? e : e.getCause();
                return frame(out -> {
                    out.writeNumberField(Protocol.ID, id);
                    out.writeObjectFieldStart(Protocol.THREW);
                    out.writeStringField(Protocol.CLASS, thrown.getClass().getName());
                    if (thrown.getMessage() != null) {
                        out.writeStringField(Protocol.MESSAGE, thrown.getMessage());
                    }
                    out.writeEndObject();
                });
            } catch (ReflectiveOperationException | RuntimeException | OutOfMemoryError | StackOverflowError e) {
                return refused(id, "the reference could not answer " + name + ": " + e);
            }
            Type returned = method.getGenericReturnType();
            try {
                return frame(out -> {
                    out.writeNumberField(Protocol.ID, id);
                    if (returned != void.class) {
                        out.writeFieldName(Protocol.VALUE);
                        values.write(out, returned, result, handles);
                    }
                    writeChanged(out, types, changes.changed(args), handles);
                });
            } catch (FrameTooLargeException e) {
                return refused(id, "the reference's answer to " + name + " is too large to send");
            } catch (IOException e) {
                return refused(id, "the reference's answer to " + name + " cannot be sent into the worker: "
                        + e.getMessage());
            }
        }

        private void writeChanged(JsonGenerator out, Type[] types, Object[] changed, Handles handles)
                throws IOException {
            if (changed == null) {
                return;
            }
            out.writeArrayFieldStart(Protocol.CHANGED);
            for (int i = 0; i < changed.length; i++) {
                if (changed[i] == null) {
                    out.writeNull();
                } else {
                    values.write(out, types[i], changed[i], handles);
                }
            }
            out.writeEndArray();
        }

        private byte[] refused(long id, String why) throws IOException {
            return frame(out -> {
                out.writeNumberField(Protocol.ID, id);
                out.writeStringField(Protocol.REFUSED, why);
            });
        }

        private byte[] frame(Body body) throws IOException {
            BoundedBuffer buffer = new BoundedBuffer(maxFrameBytes);
            try (JsonGenerator out = json.createGenerator(buffer)) {
                out.writeStartObject();
                body.write(out);
                out.writeEndObject();
            }
            return buffer.toByteArray();
        }
    }

    /**
     * Runs the reference on the thread that reads the worker. If student input keeps it busy past the call's
     * deadline (a huge epoch count), the caller stops waiting and kills the worker; the reference then finishes
     * on this thread, which reads nothing more.
     */
    private static Object runReference(Method method, Object object, Object[] args)
            throws ReflectiveOperationException {
        return method.invoke(object, args);
    }

    private static long number(JsonParser in, JsonToken token) throws IOException {
        if (token != JsonToken.VALUE_NUMBER_INT) {
            throw new WireException("expected a number");
        }
        return in.getLongValue();
    }

    private static String text(JsonParser in, JsonToken token) throws IOException {
        if (token != JsonToken.VALUE_STRING) {
            throw new WireException("expected a string");
        }
        return in.getText();
    }

    private static List<String> texts(JsonParser in, JsonToken token) throws IOException {
        if (token != JsonToken.START_ARRAY) {
            throw new WireException("expected an array");
        }
        List<String> names = new ArrayList<>();
        while (in.nextToken() != JsonToken.END_ARRAY) {
            if (names.size() == 256) {
                throw new WireException("too many parameters");
            }
            names.add(text(in, in.currentToken()));
        }
        return names;
    }

    private interface Body {
        void write(JsonGenerator out) throws IOException;
    }
}
