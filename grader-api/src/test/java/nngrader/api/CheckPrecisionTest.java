package nngrader.api;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Random;
import org.junit.jupiter.api.Test;
import org.opentest4j.AssertionFailedError;

/**
 * A loss of precision (a float sum, a sum that cancels) is named as such, not taken for a wrong
 * formula: the errors are far above double's rounding and far below a wrong formula's, with no
 * pattern. The values here are what a float accumulation gives.
 */
class CheckPrecisionTest {
    static final String PRECISION = "looks like a loss of precision (float instead of double, or a sum in a different"
            + " order that cancels): use double throughout.";

    private static String failure(org.junit.jupiter.api.function.Executable check) {
        return assertThrows(AssertionFailedError.class, check).getMessage();
    }

    /** softmax with its sum of exponentials kept in a float, as a student might write it. */
    private static double[] floatSoftmax(double[] z) {
        float sum = 0;
        double[] a = new double[z.length];
        for (int i = 0; i < z.length; i++) {
            a[i] = Math.exp(z[i]);
            sum += a[i];
        }
        for (int i = 0; i < z.length; i++) {
            a[i] /= sum;
        }
        return a;
    }

    private static double[] softmax(double[] z) {
        double sum = 0;
        double[] a = new double[z.length];
        for (int i = 0; i < z.length; i++) {
            a[i] = Math.exp(z[i]);
            sum += a[i];
        }
        for (int i = 0; i < z.length; i++) {
            a[i] /= sum;
        }
        return a;
    }

    @Test
    void aFloatSumInSoftmaxIsNamed() {
        double[] z = {0.3, -1.7, 2.9, 0.8, -0.4};
        String message = failure(() -> Check.allClose(softmax(z), floatSoftmax(z), 1e-9, 1e-12, "softmax(z)"));
        assertTrue(message.contains(PRECISION), message);
        double sum = 0;
        for (double a : floatSoftmax(new double[] {12.984, -3.32895, -5.19372, -0.221646, 2.16833, 6.83344})) {
            sum += a;
        }
        double floatSum = sum;
        assertTrue(failure(() -> Check.allClose(1.0, floatSum, 1e-9, 0, "the sum of softmax(z)")).contains(PRECISION));
    }

    @Test
    void aSmallErrorThatATermCouldCauseTooSaysBoth() {
        double[] expected = {0.587483, -0.31, 1.2};
        double[] penalized = {0.587496, -0.31002, 1.20003};  // λ = 0.001 added where it should not be
        String message = failure(() -> Check.allClose(expected, penalized, 1e-6, 1e-9, "params().W()"));
        assertTrue(message.contains("The error is small and has no pattern: either a loss of precision (float instead"
                + " of double, or a sum in a different order that cancels: then use double throughout), or a small term"
                + " is missing or extra (a penalty, a constant)."), message);
    }

    @Test
    void aWrongFormulaIsNotTakenForPrecision() {
        double[] z = {0.3, -1.7, 2.9, 0.8, -0.4};
        double[] expected = softmax(z);
        double[] noisy = expected.clone();
        noisy[2] += 0.01;                                   // one entry wrong by 1.5 %
        assertFalse(failure(() -> Check.allClose(expected, noisy, 1e-9, 0, "softmax(z)")).contains("precision"));
        double[] halved = expected.clone();
        for (int i = 0; i < halved.length; i++) {
            halved[i] *= 1.002;                             // a factor: the factor's own hint, not precision
        }
        assertFalse(failure(() -> Check.allClose(expected, halved, 1e-9, 0, "f(z)")).contains("precision"));
        assertFalse(failure(() -> Check.allClose(0.5, 0.51, 1e-9, 0, "sigmoid(0)")).contains("precision"));
    }

    @Test
    void aGradientCheckAgainstAFloatLossSaysItsDifferencesAreNoisy() {
        // centered differences of a cross-entropy whose sum is a float: the analytic gradient is right
        double[] z = {-0.862091, -1.00578, -4.16366, 1.15859, 1.1003};
        int y = 2;
        double h = 1e-5;
        double[] numerical = new double[z.length];
        for (int i = 0; i < z.length; i++) {
            double[] plus = z.clone();
            double[] minus = z.clone();
            plus[i] += h;
            minus[i] -= h;
            numerical[i] = (-Math.log(floatSoftmax(plus)[y]) + Math.log(floatSoftmax(minus)[y])) / (2 * h);
        }
        double[] analytic = softmax(z);
        analytic[y] -= 1;
        String message = failure(() -> Check.gradientMatches(numerical, analytic, 1e-6, "dL_dz(z, 2)"));
        assertTrue(message.contains("looks like a loss of precision in the function whose centered differences these"
                + " are (float instead of double, or a sum in a different order that cancels)"), message);
    }

    @Test
    void aGradientWithAWrongEntryIsNotTakenForNoise() {
        Random random = new Random(3);
        double[] numerical = new double[6];
        for (int i = 0; i < numerical.length; i++) {
            numerical[i] = random.nextGaussian();
        }
        double[] analytic = numerical.clone();
        analytic[4] += 0.02;                                // one term missing from one entry
        assertFalse(failure(() -> Check.gradientMatches(numerical, analytic, 1e-6, "g")).contains("precision"));
        double[] wrong = new double[numerical.length];
        for (int i = 0; i < wrong.length; i++) {
            wrong[i] = numerical[(i + 1) % wrong.length]; // entries in the wrong places
        }
        assertFalse(failure(() -> Check.gradientMatches(numerical, wrong, 1e-6, "g")).contains("precision"));
    }
}
