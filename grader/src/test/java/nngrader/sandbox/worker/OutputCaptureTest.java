package nngrader.sandbox.worker;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

class OutputCaptureTest {

    @Test
    void keepsTheFirstBytesAndCountsTheRest() {
        OutputCapture capture = new OutputCapture(10);
        PrintStream out = new PrintStream(capture, true, StandardCharsets.UTF_8);
        out.print("hello ");
        out.print("world, again");
        assertEquals("hello worl\n[... 8 more bytes not shown]", capture.take());
        assertEquals("", capture.take(), "each call starts afresh");
        out.print("é");
        assertEquals("é", capture.take());
    }

    @Test
    void aHundredMegabytesCostNothing() {
        OutputCapture capture = new OutputCapture(4);
        byte[] chunk = new byte[1 << 20];
        for (int i = 0; i < 100; i++) {
            capture.write(chunk, 0, chunk.length);
        }
        assertEquals("\0\0\0\0\n[... " + (100L * (1 << 20) - 4) + " more bytes not shown]", capture.take());
    }
}
