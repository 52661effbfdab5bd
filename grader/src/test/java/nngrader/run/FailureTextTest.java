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
}
