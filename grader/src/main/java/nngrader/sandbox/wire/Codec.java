package nngrader.sandbox.wire;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonParser;
import java.io.IOException;

/** Writes and reads the values of one declared type. */
interface Codec {

    void write(JsonGenerator out, Object value, Handles handles) throws IOException;

    /** Reads one value; the parser's current token is the value's first token, and is left on its last. */
    Object read(JsonParser in, Handles handles) throws IOException;
}
