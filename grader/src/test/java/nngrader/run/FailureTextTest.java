package nngrader.run;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

/** A test that stops on the suite's own exception tells the student what happened, not the suite's code. */
class FailureTextTest {

    @Test
    void theJvmsHelpfulNullPointerMessageIsNotShownItNamesTheSuitesVariables() {
        NullPointerException npe = new NullPointerException(
                "Cannot load from double array because \"expectedGradient\" is null");
        assertEquals("the test stopped on NullPointerException (often a result of a null or a wrongly shaped value"
                + " returned by your code)", FailureText.of(npe));
    }

    @Test
    void otherExceptionsKeepTheirMessage() {
        assertEquals("the test stopped on ArrayIndexOutOfBoundsException: Index 3 out of bounds for length 3 (often a"
                + " result of a null or a wrongly shaped value returned by your code)",
                FailureText.of(new ArrayIndexOutOfBoundsException("Index 3 out of bounds for length 3")));
    }

    @Test
    void aWorkerThatCouldNotStartIsTheGradersProblemNotTheStudentsCode() {
        // seen when another grading swept this grading's folder: "Cannot run program ... error=2"
        RuntimeException thrown = new RuntimeException("call failed", new nngrader.sandbox.WorkerUnavailable(
                "cannot start the worker JVM: Cannot run program \"/usr/bin/sh\": error=2", null));
        String text = FailureText.of(thrown);
        assertEquals("the grader could not run this test: no worker process could be started for your code (not your"
                + " fault: tell the course staff)", text);
    }

    @Test
    void aTimeoutSaysWhenItsLimitWasShortenedAfterEarlierTimeouts() {
        RuntimeException thrown = new RuntimeException("call failed",
                new nngrader.sandbox.CallTimedOut(java.time.Duration.ofMillis(2500), "nn.softmax.Training.train"));
        assertEquals("timed out after 2.5 s (shortened after earlier timeouts) during nn.softmax.Training.train",
                FailureText.of(thrown, true));
        assertEquals("timed out after 2.5 s during nn.softmax.Training.train", FailureText.of(thrown, false));
        assertEquals("expected 1", FailureText.of(new AssertionError("expected 1"), true));
    }
}
