package nngrader.sandbox;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import java.io.IOException;
import java.lang.reflect.Type;
import java.util.ArrayList;
import java.util.List;
import nngrader.sandbox.wire.ArrayIdentity;
import nngrader.sandbox.wire.BudgetedParser;
import nngrader.sandbox.wire.DecodeBudget;
import nngrader.sandbox.wire.Handles;
import nngrader.sandbox.wire.Protocol;
import nngrader.sandbox.wire.RawString;
import nngrader.sandbox.wire.StackFrames;
import nngrader.sandbox.wire.ValueCodec;
import nngrader.sandbox.wire.WireException;

/**
 * Reads the worker's frames, which are untrusted: fields in any order, every text cut before it is
 * held, the whole reply decoded within a {@link DecodeBudget}, and the value decoded only as the
 * grader's own declared type says.
 */
final class ReplyReader {
    private static final int MAX_TEXT = 4000;

    private final JsonFactory json;
    private final ValueCodec values;
    private final int maxOutputChars;
    private final DecodeBudget budget;
    private final SubmissionClasses classes;

    /** For the worker that {@code settings} start: its output cap and the classes on its class path. */
    ReplyReader(JsonFactory json, ValueCodec values, WorkerSettings settings) {
        // the worker cuts the output too, and adds a note of what it cut
        this(json, values, settings.outputCapBytes() + 100, DecodeBudget.ofHeapShare(),
                SubmissionClasses.of(settings.classPath()));
    }

    /** @param maxOutputChars how much of what the student printed during a call is kept */
    ReplyReader(JsonFactory json, ValueCodec values, int maxOutputChars, DecodeBudget budget,
            SubmissionClasses classes) {
        this.json = json;
        this.values = values;
        this.maxOutputChars = maxOutputChars;
        this.budget = budget;
        this.classes = classes;
    }

    /** A frame from the worker: a reply to a request, or its last words before exiting. */
    sealed interface Message permits Reply, ExitNotice, Ready, Callback {
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

    /** A call from a stand-in for a file that did not compile, to be answered by the reference; read by {@link ReferenceCalls}. */
    record Callback(byte[] frame) implements Message {
    }

    /**
     * @param valueType      the declared type of the value, or null when no value is expected
     * @param parameterTypes the declared types of the call's arguments (empty when not a call)
     * @param handles        for the value: its handles and the identity of its arrays (changed
     *                       arguments are plain values, copied into the caller's own objects)
     * @param called         what the grader called, e.g. {@code nn.softmax.Softmax.softmax}, or
     *                       {@code X.<init>} for a creation: an exception is said to come from there,
     *                       whatever the worker says (it may only tell a static initializer from a constructor)
     */
    Message read(byte[] frame, Type valueType, Type[] parameterTypes, Handles handles, String called)
            throws IOException {
        try (BudgetedParser in = BudgetedParser.over(json, frame, budget.fresh())) {
            if (in.nextToken() != JsonToken.START_OBJECT) {
                throw new WireException("a frame is a JSON object");
            }
            Long id = null;
            String output = "";
            Object value = null;
            long created = 0;
            long oversized = 0;
            long dropped = 0;
            long cutHere = 0; // what the grader's own cap cut of the output, counted with what the worker dropped
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
                        return new ExitNotice(classes.own(exitFrames(in)));
                    }
                    case Protocol.CALLBACK -> {
                        return new Callback(frame);
                    }
                    case Protocol.ID -> id = number(in);
                    case Protocol.OUTPUT -> {
                        RawString.Prefix kept = in.cappedText(maxOutputChars);
                        output = kept.text();
                        cutHere = kept.droppedBytes();
                    }
                    case Protocol.CREATED -> created = number(in);
                    case Protocol.OVERSIZED -> oversized = number(in);
                    case Protocol.DROPPED -> dropped = Math.max(0, number(in));
                    case Protocol.REFUSED -> failure = new CallRefused(text(in));
                    case Protocol.THREW -> failure = threw(in, called);
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
            return new Reply(id, output, value, created, failure, oversized, changed, dropped + cutHere);
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

    private StudentException threw(BudgetedParser in, String called) throws IOException {
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
                case Protocol.CLASS -> className = text(in);
                case Protocol.MESSAGE -> message = token == JsonToken.VALUE_NULL ? null : text(in);
                case Protocol.WHERE -> where = text(in);
                case Protocol.CAUSES -> {
                    expect(in, JsonToken.START_ARRAY);
                    while (in.nextToken() != JsonToken.END_ARRAY) {
                        if (causes.size() < 3) {
                            causes.add(text(in));
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
        if (called.endsWith(".<init>") && where.endsWith(".<clinit>")) {
            called = called.substring(0, called.length() - ".<init>".length()) + ".<clinit>";
        }
        return new StudentException(called, className, message, causes, classes.own(frames));
    }

    private static long number(JsonParser in) throws IOException {
        expect(in, JsonToken.VALUE_NUMBER_INT);
        return in.getLongValue();
    }

    /** What the student printed, cut to the cap before it is decoded, with a note of how much was cut. */
    private static String text(BudgetedParser in) throws IOException {
        RawString.Prefix kept = in.cappedText(MAX_TEXT);
        return kept.droppedBytes() == 0 ? kept.text() : kept.text() + "...";
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
