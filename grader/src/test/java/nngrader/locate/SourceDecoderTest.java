package nngrader.locate;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.util.List;

import org.junit.jupiter.api.Test;

class SourceDecoderTest {

    private final SourceDecoder decoder = new SourceDecoder();

    @Test
    void utf16WithAByteOrderMarkIsReadAsUtf16WithANote() {
        byte[] bytes = "\uFEFFclass A {}".getBytes(StandardCharsets.UTF_16LE);

        SourceDecoder.Decoded decoded = decoder.decode(bytes, "A.java").orElseThrow();

        assertEquals("class A {}", decoded.source());
        assertTrue(decoded.notes().get(0).startsWith("A.java is saved as UTF-16"));
    }

    @Test
    void aNulByteAfterTheByteOrderMarkMakesItBinary() {
        assertTrue(decoder.decode(new byte[] {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF, 'a', 0}, "A.java").isEmpty());
    }

    @Test
    void anEmptyFileIsEmptyText() {
        assertEquals(new SourceDecoder.Decoded("", List.of()), decoder.decode(new byte[0], "A.java").orElseThrow());
    }
}
