package nngrader.sandbox.wire;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;

/** Stack frames on the wire: [class, method, file or null, line]. */
public final class StackFrames {
    /** Enough to see where; a stack overflow has a thousand identical frames. */
    public static final int MAX_FRAMES = 64;
    private static final int MAX_NAME = 500;

    private StackFrames() {
    }

    public static void write(JsonGenerator out, List<StackTraceElement> frames) throws IOException {
        out.writeStartArray();
        for (StackTraceElement f : frames.subList(0, Math.min(frames.size(), MAX_FRAMES))) {
            out.writeStartArray();
            out.writeString(f.getClassName());
            out.writeString(f.getMethodName());
            if (f.getFileName() == null) {
                out.writeNull();
            } else {
                out.writeString(f.getFileName());
            }
            out.writeNumber(f.getLineNumber());
            out.writeEndArray();
        }
        out.writeEndArray();
    }

    /** Reads what {@link #write} wrote; the parser is on the opening bracket. */
    public static List<StackTraceElement> read(JsonParser in) throws IOException {
        Scalars.expect(in, JsonToken.START_ARRAY, "stack frames");
        List<StackTraceElement> frames = new ArrayList<>();
        while (in.nextToken() != JsonToken.END_ARRAY) {
            Scalars.expect(in, JsonToken.START_ARRAY, "a stack frame");
            String className = name(in);
            String method = name(in);
            in.nextToken();
            String file = in.currentToken() == JsonToken.VALUE_NULL ? null : (String) Scalars.STRING.read(in, Handles.NONE);
            in.nextToken();
            int line = Scalars.readInt(in);
            if (in.nextToken() != JsonToken.END_ARRAY) {
                throw new WireException("a stack frame has four parts");
            }
            if (frames.size() < MAX_FRAMES) {
                frames.add(new StackTraceElement(className, method, file == null ? null : cap(file), line));
            }
        }
        return frames;
    }

    private static String name(JsonParser in) throws IOException {
        in.nextToken();
        return cap((String) Scalars.STRING.read(in, Handles.NONE));
    }

    private static String cap(String s) {
        return s.length() <= MAX_NAME ? s : s.substring(0, MAX_NAME) + "...";
    }
}
