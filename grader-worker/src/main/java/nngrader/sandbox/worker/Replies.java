package nngrader.sandbox.worker;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import java.io.IOException;
import java.lang.reflect.Type;
import nngrader.sandbox.wire.ArrayIdentity;
import nngrader.sandbox.wire.BoundedBuffer;
import nngrader.sandbox.wire.FrameTooLargeException;
import nngrader.sandbox.wire.Handles;
import nngrader.sandbox.wire.Protocol;
import nngrader.sandbox.wire.StackFrames;
import nngrader.sandbox.wire.ValueCodec;

/** Builds the worker's reply frames, each within the frame cap. */
final class Replies {
    private final JsonFactory json;
    private final ValueCodec values;
    private final int maxFrameBytes;

    Replies(JsonFactory json, ValueCodec values, int maxFrameBytes) {
        this.json = json;
        this.values = values;
        this.maxFrameBytes = maxFrameBytes;
    }

    byte[] ready() throws IOException {
        return frame(out -> out.writeBooleanField(Protocol.READY, true));
    }

    byte[] created(long id, long handle, OutputCapture.Printed output) throws IOException {
        return reply(id, output, out -> out.writeNumberField(Protocol.CREATED, handle));
    }

    /**
     * The value a call returned, its arrays written by {@code arrays} (so that the grader knows
     * which are its own arguments or arrays it has already); the changed arguments are plain values.
     * The value may be too large for a frame, or contain something that cannot be sent (a student's
     * List that throws); the reply then says so instead.
     */
    byte[] value(long id, String call, Type type, Object value, HandleTable.Reply handles, ArrayIdentity arrays,
                 OutputCapture.Printed output, Type[] parameterTypes, Object[] changed) throws IOException {
        try {
            byte[] frame = reply(id, output, out -> {
                if (type != void.class) {
                    out.writeFieldName(Protocol.VALUE);
                    values.write(out, type, value, Handles.with(handles, arrays));
                }
                if (changed != null) {
                    out.writeArrayFieldStart(Protocol.CHANGED);
                    for (int i = 0; i < changed.length; i++) {
                        if (changed[i] == null) {
                            out.writeNull();
                        } else {
                            values.write(out, parameterTypes[i], changed[i], handles);
                        }
                    }
                    out.writeEndArray();
                }
            });
            handles.sent();
            return frame;
        } catch (FrameTooLargeException e) {
            handles.unsent();
            return reply(id, output, out -> out.writeNumberField(Protocol.OVERSIZED, e.bytes()));
        } catch (IOException | RuntimeException e) {
            handles.unsent();
            return refused(id, "the value returned by " + call + " cannot be sent back: " + e.getMessage(), output);
        }
    }

    /** The answer to a release: nothing but the id. What the student printed meanwhile waits for the next call's reply. */
    byte[] released(long id) throws IOException {
        return reply(id, OutputCapture.Printed.NOTHING, out -> { });
    }

    byte[] threw(long id, String where, Throwable thrown, OutputCapture.Printed output) throws IOException {
        return reply(id, output, out -> {
            out.writeFieldName(Protocol.THREW);
            ThrownReport.write(out, where, thrown);
        });
    }

    byte[] refused(long id, String why, OutputCapture.Printed output) throws IOException {
        return reply(id, output, out -> out.writeStringField(Protocol.REFUSED, why));
    }

    /** The last words of a worker that is exiting: where System.exit was called. */
    byte[] exit(java.util.List<StackTraceElement> frames) throws IOException {
        return frame(out -> {
            out.writeObjectFieldStart(Protocol.EXIT);
            out.writeFieldName(Protocol.FRAMES);
            StackFrames.write(out, frames);
            out.writeEndObject();
        });
    }

    private byte[] reply(long id, OutputCapture.Printed output, Body body) throws IOException {
        return frame(out -> {
            out.writeNumberField(Protocol.ID, id);
            body.write(out);
            out.writeStringField(Protocol.OUTPUT, output.text());
            if (output.droppedBytes() > 0) {
                out.writeNumberField(Protocol.DROPPED, output.droppedBytes());
            }
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

    private interface Body {
        void write(JsonGenerator out) throws IOException;
    }
}
