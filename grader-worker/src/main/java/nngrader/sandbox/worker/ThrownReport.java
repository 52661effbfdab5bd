package nngrader.sandbox.worker;

import com.fasterxml.jackson.core.JsonGenerator;
import java.io.IOException;
import java.util.Arrays;
import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.Set;
import nngrader.sandbox.wire.Protocol;
import nngrader.sandbox.wire.StackFrames;

/**
 * What the student's code threw, as data: class, message, causes and the student's own frames.
 * getMessage, getCause and getStackTrace are the student's to override, so each is guarded and
 * capped; a loop in one of them runs into the call's deadline like any other loop.
 */
final class ThrownReport {
    static final int MAX_MESSAGE = 4000;
    static final int MAX_CAUSES = 3;

    private ThrownReport() {
    }

    static void write(JsonGenerator out, String where, Throwable thrown) throws IOException {
        out.writeStartObject();
        out.writeStringField(Protocol.CLASS, thrown.getClass().getName());
        String message = message(thrown);
        if (message != null) {
            out.writeStringField(Protocol.MESSAGE, message);
        }
        out.writeStringField(Protocol.WHERE, where);
        out.writeArrayFieldStart(Protocol.CAUSES);
        Set<Throwable> seen = Collections.newSetFromMap(new IdentityHashMap<>());
        seen.add(thrown);
        Throwable cause = cause(thrown);
        for (int i = 0; i < MAX_CAUSES && cause != null && seen.add(cause); i++) {
            String causeMessage = message(cause);
            out.writeString(cause.getClass().getName() + (causeMessage == null ? "" : ": " + causeMessage));
            cause = cause(cause);
        }
        out.writeEndArray();
        out.writeFieldName(Protocol.FRAMES);
        StackFrames.write(out, StudentFrames.of(stack(thrown)));
        out.writeEndObject();
    }

    private static String message(Throwable t) {
        try {
            String m = t.getMessage();
            return m == null || m.length() <= MAX_MESSAGE ? m : m.substring(0, MAX_MESSAGE) + "...";
        } catch (Throwable e) {
            return "(its getMessage() threw " + e.getClass().getName() + ")";
        }
    }

    private static Throwable cause(Throwable t) {
        try {
            return t.getCause();
        } catch (Throwable e) {
            return null;
        }
    }

    private static StackTraceElement[] stack(Throwable t) {
        try {
            StackTraceElement[] stack = t.getStackTrace();
            return stack == null ? new StackTraceElement[0] : Arrays.copyOf(stack, stack.length);
        } catch (Throwable e) {
            return new StackTraceElement[0];
        }
    }
}
