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
        assertEquals(new OutputCapture.Printed("hello worl", 8), capture.take());
        assertEquals(new OutputCapture.Printed("", 0), capture.take(), "each call starts afresh");
        out.print("é");
        assertEquals(new OutputCapture.Printed("é", 0), capture.take());
    }

    @Test
    void aHundredMegabytesCostNothing() {
        OutputCapture capture = new OutputCapture(4);
        byte[] chunk = new byte[1 << 20];
        for (int i = 0; i < 100; i++) {
            capture.write(chunk, 0, chunk.length);
        }
        assertEquals(new OutputCapture.Printed("\0\0\0\0", 100L * (1 << 20) - 4), capture.take());
    }
}
