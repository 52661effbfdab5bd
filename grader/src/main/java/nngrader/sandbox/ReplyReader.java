package nngrader.sandbox;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import java.io.IOException;
import java.lang.reflect.Type;
import java.util.ArrayList;
import java.util.List;
import nngrader.sandbox.wire.ArrayIdentity;
import nngrader.sandbox.wire.Handles;
import nngrader.sandbox.wire.Protocol;
import nngrader.sandbox.wire.StackFrames;
import nngrader.sandbox.wire.ValueCodec;
import nngrader.sandbox.wire.WireException;

/**
 * Reads the worker's frames, which are untrusted: fields in any order, every string capped, and
 * the value decoded only as the grader's own declared type says.
 */
final class ReplyReader {
    private static final int MAX_TEXT = 4000;

    private final JsonFactory json;
    private final ValueCodec values;

    ReplyReader(JsonFactory json, ValueCodec values) {
        this.json = json;
        this.values = values;
    }

    /** A frame from the worker: a reply to a request, or its last words before exiting. */
    sealed interface Message permits Reply, ExitNotice, Ready {
    }

    /**
     * @param value     the decoded value; null for void, or when the call did not return
     * @param created   the handle of a created object, or 0
     * @param failure   why the call did not return, or null
     * @param oversized the size of a value too large to send, or 0
     * @param changed   the arguments the call changed in place, null where unchanged; null when none
     * @param dropped   how many bytes the student printed beyond what {@code output} kept
     */
    record Reply(long id, String output, Object value, long created, StudentFailure failure, long oversized,
                 Object[] changed, long dropped) implements Message {
    }

    record ExitNotice(List<StackTraceElement> frames) implements Message {
    }

    record Ready() implements Message {
    }

    /**
     * @param valueType      the declared type of the value, or null when no value is expected
     * @param parameterTypes the declared types of the call's arguments (empty when not a call)
     * @param handles        for the value: its handles and the identity of its arrays (changed
     *                       arguments are plain values, copied into the caller's own objects)
     */
    Message read(byte[] frame, Type valueType, Type[] parameterTypes, Handles handles) throws IOException {
        try (JsonParser in = json.createParser(frame)) {
            if (in.nextToken() != JsonToken.START_OBJECT) {
                throw new WireException("a frame is a JSON object");
            }
            Long id = null;
            String output = "";
            Object value = null;
            long created = 0;
            long oversized = 0;
            long dropped = 0;
            StudentFailure failure = null;
            Object[] changed = null;
            while (in.nextToken() == JsonToken.FIELD_NAME) {
                String field = in.currentName();
                JsonToken token = in.nextToken();
                switch (field) {
                    case Protocol.READY -> {
                        return new Ready();
                    }
                    case Protocol.EXIT -> {
                        return new ExitNotice(exitFrames(in));
                    }
                    case Protocol.ID -> id = number(in);
                    case Protocol.OUTPUT -> output = string(in, token);
                    case Protocol.CREATED -> created = number(in);
                    case Protocol.OVERSIZED -> oversized = number(in);
                    case Protocol.DROPPED -> dropped = Math.max(0, number(in));
                    case Protocol.REFUSED -> failure = new CallRefused(cap(string(in, token)));
                    case Protocol.THREW -> failure = threw(in);
                    case Protocol.VALUE -> {
                        if (valueType == null) {
                            throw new WireException("a value where none was expected");
                        }
                        value = values.read(in, valueType, handles);
                    }
                    case Protocol.CHANGED -> changed = changedArguments(in, parameterTypes,
                            Handles.with(handles, ArrayIdentity.PLAIN));
                    default -> throw new WireException("unknown field " + cap(field));
                }
            }
            if (in.nextToken() != null) {
                throw new WireException("data after the reply");
            }
            if (id == null) {
                throw new WireException("a reply without an id");
            }
            return new Reply(id, output, value, created, failure, oversized, changed, dropped);
        }
    }

    private Object[] changedArguments(JsonParser in, Type[] parameterTypes, Handles handles) throws IOException {
        expect(in, JsonToken.START_ARRAY);
        Object[] changed = new Object[parameterTypes.length];
        for (int i = 0; in.nextToken() != JsonToken.END_ARRAY; i++) {
            if (i >= parameterTypes.length) {
                throw new WireException("more changed arguments than arguments");
            }
            changed[i] = in.currentToken() == JsonToken.VALUE_NULL ? null : values.read(in, parameterTypes[i], handles);
        }
        return changed;
    }

    private static List<StackTraceElement> exitFrames(JsonParser in) throws IOException {
        List<StackTraceElement> frames = List.of();
        expect(in, JsonToken.START_OBJECT);
        while (in.nextToken() == JsonToken.FIELD_NAME) {
            String field = in.currentName();
            in.nextToken();
            if (!field.equals(Protocol.FRAMES)) {
                throw new WireException("unknown field " + cap(field));
            }
            frames = StackFrames.read(in);
        }
        return frames;
    }

    private static StudentException threw(JsonParser in) throws IOException {
        expect(in, JsonToken.START_OBJECT);
        String className = null;
        String message = null;
        String where = "student code";
        List<String> causes = new ArrayList<>();
        List<StackTraceElement> frames = List.of();
        while (in.nextToken() == JsonToken.FIELD_NAME) {
            String field = in.currentName();
            JsonToken token = in.nextToken();
            switch (field) {
                case Protocol.CLASS -> className = cap(string(in, token));
                case Protocol.MESSAGE -> message = token == JsonToken.VALUE_NULL ? null : cap(string(in, token));
                case Protocol.WHERE -> where = cap(string(in, token));
                case Protocol.CAUSES -> {
                    expect(in, JsonToken.START_ARRAY);
                    while (in.nextToken() != JsonToken.END_ARRAY) {
                        if (causes.size() < 3) {
                            causes.add(cap(string(in, in.currentToken())));
                        }
                    }
                }
                case Protocol.FRAMES -> frames = StackFrames.read(in);
                default -> throw new WireException("unknown field " + cap(field));
            }
        }
        if (className == null) {
            throw new WireException("an exception without a class");
        }
        return new StudentException(where, className, message, causes, frames);
    }

    private static long number(JsonParser in) throws IOException {
        expect(in, JsonToken.VALUE_NUMBER_INT);
        return in.getLongValue();
    }

    private static String string(JsonParser in, JsonToken token) throws IOException {
        if (token != JsonToken.VALUE_STRING) {
            throw new WireException("expected a string");
        }
        return in.getText();
    }

    private static void expect(JsonParser in, JsonToken token) throws IOException {
        if (in.currentToken() != token) {
            throw new WireException("expected " + token + ", found " + in.currentToken());
        }
    }

    private static String cap(String s) {
        return s.length() <= MAX_TEXT ? s : s.substring(0, MAX_TEXT) + "...";
    }
}
