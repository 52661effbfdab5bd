package nngrader.sandbox.worker;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.lang.reflect.Constructor;
import java.lang.reflect.Method;
import java.lang.reflect.Type;
import nngrader.sandbox.wire.ArgumentChanges;
import nngrader.sandbox.wire.BoundedBuffer;
import nngrader.sandbox.wire.Handles;
import nngrader.sandbox.wire.Protocol;
import nngrader.sandbox.wire.ValueCodec;
import nngrader.sandbox.wire.WireException;

/**
 * The worker's way back to the grader during a call: a {@link Forwarded} object's request goes out as a
 * callback frame and the worker waits for the grader's answer on its stdin. Only while a request is being
 * handled (the grader is then reading), and one callback at a time whatever thread asks; the request's reply
 * waits until a callback in flight is answered. A reference object the answer returns as an API interface is a
 * proxy here ({@link ReferenceProxies}) whose calls are callbacks too.
 */
final class GraderLink {
    private static volatile GraderLink installed;

    private final FrameChannel channel;
    private final JsonFactory json;
    private final ValueCodec values = new ValueCodec();
    private final ReferenceProxies proxies = new ReferenceProxies(this);
    private boolean open;
    private long nextId = 1;

    GraderLink(FrameChannel channel, JsonFactory json) {
        this.channel = channel;
        this.json = json;
    }

    static void install(GraderLink link) {
        installed = link;
    }

    static GraderLink installed() {
        GraderLink link = installed;
        if (link == null) {
            throw new IllegalStateException("the grader cannot be reached from here");
        }
        return link;
    }

    /** A request from the grader is being handled: callbacks may go out. */
    synchronized void open() {
        open = true;
    }

    /** The request is done; waits for a callback in flight to be answered, so the reply comes after it. */
    synchronized void close() {
        open = false;
    }

    synchronized long create(String className) {
        long id = nextId++;
        byte[] answer = exchange(className, frame(out -> {
            out.writeNumberField(Protocol.CALLBACK, id);
            out.writeStringField(Protocol.OP, Protocol.OP_NEW);
            out.writeStringField(Protocol.CLASS, className);
        }));
        return read(answer, id, className, null, null, Handles.NONE).created;
    }

    synchronized Object call(String className, long target, Method method, Object[] args) {
        Object[] arguments = args == null ? new Object[0] : args;
        long id = nextId++;
        Type[] types = method.getGenericParameterTypes();
        Handles handles = proxies.forCall(className);
        byte[] answer = exchange(className, frame(out -> {
            out.writeNumberField(Protocol.CALLBACK, id);
            out.writeStringField(Protocol.OP, Protocol.OP_CALL);
            out.writeNumberField(Protocol.TARGET, target);
            out.writeStringField(Protocol.API, method.getDeclaringClass().getName());
            out.writeStringField(Protocol.METHOD, method.getName());
            out.writeArrayFieldStart(Protocol.PARAMS);
            for (Class<?> p : method.getParameterTypes()) {
                out.writeString(p.getName());
            }
            out.writeEndArray();
            out.writeArrayFieldStart(Protocol.ARGS);
            for (int i = 0; i < types.length; i++) {
                values.write(out, types[i], arguments[i], handles);
            }
            out.writeEndArray();
        }));
        Answer read = read(answer, id, className, method, types, handles);
        ArgumentChanges.into(values, types, arguments, read.changed);
        return read.value;
    }

    /** The file of a submitted class, as the student knows it: nn.autograd.ForwardBackward is ForwardBackward.java. */
    static String fileOf(String className) {
        return className.substring(className.lastIndexOf('.') + 1) + ".java";
    }

    private byte[] exchange(String className, byte[] callback) {
        if (!open) {
            throw new IllegalStateException(className + " did not compile, and its stand-in (with the objects it "
                    + "returned) answers only while the grader is calling your code (not from a thread still running "
                    + "after a call)");
        }
        try {
            channel.send(callback);
            byte[] answer = channel.receive();
            if (answer == null) {
                throw new IllegalStateException("the grader closed the connection");
            }
            return answer;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static final class Answer {
        long created;
        Object value;
        Object[] changed;
    }

    private Answer read(byte[] frame, long id, String className, Method method, Type[] types, Handles handles) {
        Answer answer = new Answer();
        try (JsonParser in = json.createParser(frame)) {
            if (in.nextToken() != JsonToken.START_OBJECT) {
                throw new WireException("an answer is a JSON object");
            }
            while (in.nextToken() == JsonToken.FIELD_NAME) {
                String field = in.currentName();
                in.nextToken();
                switch (field) {
                    case Protocol.ID -> {
                        if (in.getLongValue() != id) {
                            throw new WireException("the answer to another callback");
                        }
                    }
                    case Protocol.CREATED -> answer.created = in.getLongValue();
                    case Protocol.VALUE -> answer.value = values.read(in, method.getGenericReturnType(), handles);
                    case Protocol.CHANGED -> answer.changed = changed(in, types, handles);
                    case Protocol.THREW -> throw thrown(in);
                    case Protocol.REFUSED -> throw new IllegalStateException(in.getText());
                    default -> throw new WireException("unknown field " + field);
                }
            }
        } catch (IOException e) {
            throw new IllegalStateException("cannot read the grader's answer for " + className + ": " + e.getMessage(), e);
        }
        return answer;
    }

    private Object[] changed(JsonParser in, Type[] types, Handles handles) throws IOException {
        Object[] changed = new Object[types.length];
        for (int i = 0; in.nextToken() != JsonToken.END_ARRAY; i++) {
            changed[i] = in.currentToken() == JsonToken.VALUE_NULL ? null : values.read(in, types[i], handles);
        }
        return changed;
    }

    /**
     * What the reference threw, rethrown as the same JDK exception where there is one (student code may catch
     * an IllegalArgumentException), else as a RuntimeException that names it.
     */
    private static RuntimeException thrown(JsonParser in) throws IOException {
        String className = "java.lang.RuntimeException";
        String message = null;
        while (in.nextToken() == JsonToken.FIELD_NAME) {
            String field = in.currentName();
            in.nextToken();
            if (field.equals(Protocol.CLASS)) {
                className = in.getText();
            } else if (field.equals(Protocol.MESSAGE)) {
                message = in.getText();
            } else {
                in.skipChildren();
            }
        }
        if (className.startsWith("java.")) {
            try {
                Class<?> type = Class.forName(className, false, GraderLink.class.getClassLoader());
                if (RuntimeException.class.isAssignableFrom(type)) {
                    Constructor<?> withMessage = type.getConstructor(String.class);
                    return (RuntimeException) withMessage.newInstance(message);
                }
            } catch (ReflectiveOperationException | LinkageError e) {
                // fall through to a RuntimeException that names it
            }
        }
        return new RuntimeException(className + (message == null ? "" : ": " + message));
    }

    private byte[] frame(Body body) {
        BoundedBuffer buffer = new BoundedBuffer(channel.maxFrameBytes());
        try (JsonGenerator out = json.createGenerator(buffer)) {
            out.writeStartObject();
            body.write(out);
            out.writeEndObject();
        } catch (IOException e) {
            throw new IllegalStateException("cannot send this call to the grader: " + e.getMessage(), e);
        }
        return buffer.toByteArray();
    }

    private interface Body {
        void write(JsonGenerator out) throws IOException;
    }
}
