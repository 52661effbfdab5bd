package nngrader.sandbox.wire;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

class FrameCodecTest {

    @Test
    void framesRoundTripBackToBack() throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        FrameCodec.write(out, bytes("{\"a\":1}"), 100);
        FrameCodec.write(out, new byte[0], 100);
        FrameCodec.write(out, bytes("é"), 100);
        InputStream in = new ByteArrayInputStream(out.toByteArray());
        assertArrayEquals(bytes("{\"a\":1}"), FrameCodec.read(in, 100));
        assertArrayEquals(new byte[0], FrameCodec.read(in, 100));
        assertArrayEquals(bytes("é"), FrameCodec.read(in, 100));
        assertNull(FrameCodec.read(in, 100), "a clean end between frames");
    }

    @Test
    void theLengthIsFourBytesBigEndian() throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        FrameCodec.write(out, new byte[258], 1000);
        byte[] written = out.toByteArray();
        assertArrayEquals(new byte[] {0, 0, 1, 2}, java.util.Arrays.copyOf(written, 4));
        assertEquals(262, written.length);
    }

    @Test
    void anOversizedHeaderFailsBeforeReadingTheBody() {
        InputStream in = new ByteArrayInputStream(new byte[] {0x7f, (byte) 0xff, (byte) 0xff, (byte) 0xff});
        FrameTooLargeException e = assertThrows(FrameTooLargeException.class, () -> FrameCodec.read(in, 1024));
        assertEquals(Integer.MAX_VALUE, e.bytes());
        assertEquals("a frame of 2147483647 bytes is over the limit of 1024 bytes", e.getMessage());
    }

    @Test
    void writingOverTheCapFails() {
        assertThrows(FrameTooLargeException.class, () -> FrameCodec.write(new ByteArrayOutputStream(), new byte[11], 10));
    }

    @Test
    void malformedStreams() {
        assertEquals("malformed frame header (length 4294967295)", assertThrows(WireException.class,
                () -> FrameCodec.read(new ByteArrayInputStream(new byte[] {-1, -1, -1, -1}), 100)).getMessage());
        assertEquals("the stream ended inside a frame header", assertThrows(WireException.class,
                () -> FrameCodec.read(new ByteArrayInputStream(new byte[] {0, 0}), 100)).getMessage());
        assertEquals("the stream ended inside a frame (2 of 5 bytes)", assertThrows(WireException.class,
                () -> FrameCodec.read(new ByteArrayInputStream(new byte[] {0, 0, 0, 5, 1, 2}), 100)).getMessage());
    }

    @Test
    void aBoundedBufferStopsAtItsCap() throws IOException {
        BoundedBuffer buffer = new BoundedBuffer(10);
        buffer.write(new byte[6], 0, 6);
        buffer.write(1);
        FrameTooLargeException e = assertThrows(FrameTooLargeException.class, () -> buffer.write(new byte[4], 0, 4));
        assertEquals(11, e.bytes());
        assertEquals(7, buffer.toByteArray().length);
    }

    private static byte[] bytes(String s) {
        return s.getBytes(StandardCharsets.UTF_8);
    }
}
