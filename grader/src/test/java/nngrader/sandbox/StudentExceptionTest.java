package nngrader.sandbox;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The words a student reads. */
class StudentExceptionTest {
    static final StackTraceElement FRAME = new StackTraceElement("nn.softmax.Softmax", "softmax", "Softmax.java", 12);

    @Test
    void aThrownException() {
        StudentException e = new StudentException("nn.softmax.Softmax.softmax", "java.lang.ArithmeticException",
                "/ by zero", List.of(), List.of(FRAME));
        assertEquals("nn.softmax.Softmax.softmax threw java.lang.ArithmeticException: / by zero", e.getMessage());
        assertArrayEquals(new StackTraceElement[] {FRAME}, e.getStackTrace());
        assertFalse(e.notImplemented());
        assertEquals("nn.X.f threw java.lang.NullPointerException",
                new StudentException("nn.X.f", "java.lang.NullPointerException", null, List.of(), List.of()).getMessage());
    }

    @Test
    void aStubIsNotImplementedYet() {
        StudentException e = new StudentException("nn.softmax.Softmax.softmax", "java.lang.UnsupportedOperationException",
                "TODO: subtract max z first", List.of(), List.of(FRAME));
        assertEquals("softmax: not implemented yet (TODO: subtract max z first)", e.getMessage());
        assertTrue(e.notImplemented());
        assertEquals("softmax: not implemented yet (TODO: subtract max z first)", stub("TODO: not implemented yet: subtract max z first"),
                "the template generator's stub message says 'not implemented yet' once");
        assertEquals("softmax: not implemented yet", stub("TODO: not implemented yet"));
        assertEquals("softmax: not implemented yet", stub("TODO"));
        assertFalse(new StudentException("nn.X.f", "java.lang.UnsupportedOperationException", "read-only",
                List.of(), List.of()).notImplemented());
    }

    private static String stub(String message) {
        return new StudentException("nn.softmax.Softmax.softmax", "java.lang.UnsupportedOperationException", message,
                List.of(), List.of(FRAME)).getMessage();
    }

    @Test
    void noGraderFramesInAnyFailure() {
        assertEquals(0, new CallTimedOut(Duration.ofSeconds(10), "nn.X.f").getStackTrace().length);
        assertEquals(0, new BadReply("x").getStackTrace().length);
        assertEquals(0, new StudentException("nn.X.f", "E", null, List.of(), List.of()).getStackTrace().length);
    }

    @Test
    void timeLimitsReadAsPeopleWriteThem() {
        assertEquals("timed out after 10 s during nn.X.f", new CallTimedOut(Duration.ofSeconds(10), "nn.X.f").getMessage());
        assertEquals("2.5", CallTimedOut.seconds(Duration.ofMillis(2500)));
        assertEquals("0.25", CallTimedOut.seconds(Duration.ofMillis(250)));
    }
}
