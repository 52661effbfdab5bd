package nngrader.sandbox.wire;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.StreamReadConstraints;
import com.fasterxml.jackson.core.StreamReadFeature;
import com.fasterxml.jackson.core.StreamWriteConstraints;
import com.fasterxml.jackson.core.StreamWriteFeature;

/**
 * The JSON factory for frames. Frames from the worker are untrusted input, so reading is bounded
 * beyond the frame cap: nesting depth (declared types are shallow), number length (a double needs
 * about 25 characters) and name length; duplicate keys are rejected. Nothing is typed
 * polymorphically: values are decoded only as the declared Java type says.
 */
public final class WireJson {
    /** Deep enough for any declared type (arrays, records, lists); shallow enough to parse safely. */
    public static final int MAX_NESTING_DEPTH = 100;
    static final int MAX_NUMBER_LENGTH = 64;
    static final int MAX_NAME_LENGTH = 256;

    private WireJson() {
    }

    public static JsonFactory factory(int maxFrameBytes) {
        return JsonFactory.builder()
                .streamReadConstraints(StreamReadConstraints.builder()
                        .maxNestingDepth(MAX_NESTING_DEPTH)
                        .maxNumberLength(MAX_NUMBER_LENGTH)
                        .maxNameLength(MAX_NAME_LENGTH)
                        .maxStringLength(maxFrameBytes)
                        .maxDocumentLength(maxFrameBytes)
                        .build())
                .streamWriteConstraints(StreamWriteConstraints.builder()
                        .maxNestingDepth(MAX_NESTING_DEPTH)
                        .build())
                .enable(StreamReadFeature.STRICT_DUPLICATE_DETECTION)
                // exact both ways (shortest round-tripping digits; correctly rounded parsing), and
                // several times faster than JDK 17's Double.toString and parseDouble
                .enable(StreamWriteFeature.USE_FAST_DOUBLE_WRITER)
                .enable(StreamReadFeature.USE_FAST_DOUBLE_PARSER)
                // names come from the peer: do not let it fill the JVM's string pool
                .disable(JsonFactory.Feature.INTERN_FIELD_NAMES)
                .build();
    }
}
