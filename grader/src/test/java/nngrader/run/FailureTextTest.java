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
}
