package nngrader.api;

import static org.junit.jupiter.api.Assertions.assertDoesNotThrow;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.function.Executable;
import org.opentest4j.AssertionFailedError;

class CheckTest {

    private static final double NAN = Double.NaN;
    private static final double INF = Double.POSITIVE_INFINITY;

    /** The message of the failure that {@code check} throws. */
    private static String failure(Executable check) {
        return assertThrows(AssertionFailedError.class, check).getMessage();
    }

    private static void assertContains(String expectedPart, String message) {
        assertTrue(message.contains(expectedPart), () -> "expected to find\n  " + expectedPart + "\nin\n  " + message);
    }

    @Nested
    class ToleranceRule {

        @Test
        void isNumpysRule() {
            assertTrue(Tolerance.rtol(0).atol(0.5).allows(100, 100.5));            // |d| = atol
            assertTrue(Tolerance.rtol(0.01).atol(0).allows(100, 101));             // |d| = rtol·|expected|
            assertTrue(Tolerance.rtol(0.01).atol(0.5).allows(100, 101.5));         // |d| = atol + rtol·|expected|
            assertFalse(Tolerance.rtol(0.01).atol(0.5).allows(100, 101.6));
        }

        @Test
        void scalesWithTheExpectedValueNotTheActualOne() {
            assertTrue(Tolerance.rtol(0.1).atol(0).allows(10, 11));
            assertFalse(Tolerance.rtol(0.1 * 9 / 10).atol(0).allows(10, 9));
            assertFalse(Tolerance.rtol(0.5).atol(0).allows(1, 2));                  // 1 > 0.5·|1|, though 1 ≤ 0.5·|2|
        }

        @Test
        void zeroToleranceMeansExactlyEqual() {
            assertTrue(Tolerance.EXACT.allows(0.1, 0.1));
            assertFalse(Tolerance.EXACT.allows(0.1, Math.nextUp(0.1)));
            assertTrue(Tolerance.EXACT.allows(0.0, -0.0));
        }

        @Test
        void nanMatchesOnlyNan() {
            assertTrue(Tolerance.EXACT.allows(NAN, NAN));
            assertFalse(Tolerance.rtol(1).atol(1).allows(NAN, 0));
            assertFalse(Tolerance.rtol(1).atol(1).allows(0, NAN));
            assertFalse(Tolerance.rtol(1).atol(1).allows(NAN, INF));
        }

        @Test
        void anInfinityMatchesOnlyTheSameInfinity() {
            assertTrue(Tolerance.EXACT.allows(INF, INF));
            assertTrue(Tolerance.EXACT.allows(-INF, -INF));
            assertFalse(Tolerance.rtol(1).atol(1).allows(INF, -INF));
            assertFalse(Tolerance.rtol(1).atol(1).allows(INF, Double.MAX_VALUE));
            assertFalse(Tolerance.rtol(1).atol(1).allows(Double.MAX_VALUE, INF));
        }

        @Test
        void negativeOrNanTolerancesAreTheTestsBug() {
            assertThrows(IllegalArgumentException.class, () -> Check.allClose(1, 1, -1e-9, 0, "x"));
            assertThrows(IllegalArgumentException.class, () -> Check.allClose(1, 1, 0, NAN, "x"));
            assertThrows(IllegalArgumentException.class,
                    () -> Check.allClose((double[]) null, new double[1], 0, 0, "x"));
        }
    }

    @Nested
    class AllCloseScalar {

        @Test
        void passesWithinTolerance() {
            assertDoesNotThrow(() -> Check.allClose(0.5, 0.5 + 1e-13, 1e-12, 0, "sigmoid(0)"));
        }

        @Test
        void saysWhatExpectedActualAndHowFarOff() {
            String m = failure(() -> Check.allClose(0.5, 0.25, 1e-12, 0, "sigmoid(0)"));
            assertEquals("sigmoid(0): expected 0.5 but was 0.25 (error 0.25, relative 0.5; tolerance: rtol 1e-12,"
                    + " atol 0).", m);
        }

        @Test
        void showsEnoughDigitsToTellCloseValuesApart() {
            String m = failure(() -> Check.allClose(0.5, 0.50000001, 1e-12, 0, "p"));
            assertContains("expected 0.5 but was 0.50000001", m);
        }

        @Test
        void hintsAtNanAndInfinity() {
            assertContains("A NaN usually means an overflow", failure(() -> Check.allClose(1, NAN, 0, 0, "f")));
            assertContains("An Infinity usually means an overflow", failure(() -> Check.allClose(1, INF, 0, 0, "f")));
        }

        @Test
        void hintsAtAFlippedSign() {
            assertContains("opposite sign", failure(() -> Check.allClose(0.3, -0.3, 1e-9, 0, "dL_db")));
        }
    }

    @Nested
    class AllCloseVector {

        @Test
        void passesWithinTolerance() {
            assertDoesNotThrow(() -> Check.allClose(new double[] {1, 2, NAN, -INF},
                    new double[] {1, 2 + 1e-10, NAN, -INF}, 1e-9, 0, "v"));
        }

        @Test
        void nanFromOverflowReadsAsTheExampleInTheDesign() {
            String m = failure(() -> Check.allClose(new double[] {0.5, 0.5}, new double[] {NAN, NAN}, 1e-12, 0,
                    "softmax([1000.0, 1000.0])"));
            assertTrue(m.startsWith("softmax([1000.0, 1000.0]): entry [0] expected 0.5 but was NaN (2 of 2 entries"
                    + " differ; largest error: NaN at [0]; tolerance: rtol 1e-12, atol 0). A NaN usually means an"
                    + " overflow upstream"), m);
            assertContains("\n  expected [0.5, 0.5]\n  but was  [NaN, NaN]", m);
        }

        @Test
        void namesTheFirstDifferingEntryAndTheLargestError() {
            String m = failure(() -> Check.allClose(new double[] {1, 2, 3, 4}, new double[] {1, 2.1, 3, 3}, 1e-9, 0,
                    "scores(p, x)"));
            assertContains("scores(p, x): entry [1] expected 2.0 but was 2.1 (2 of 4 entries differ;"
                    + " largest error: 1.0, relative 0.25 at [3]; tolerance: rtol 1e-9, atol 0).", m);
        }

        @Test
        void singularForOneEntry() {
            String m = failure(() -> Check.allClose(new double[] {1}, new double[] {2}, 0, 0, "v"));
            assertContains("(1 of 1 entry differs; largest error: 1.0, relative 1.0;", m);
        }

        @Test
        void nullAndWrongLengthFailWithTheirOwnMessage() {
            assertEquals("v: expected 2 entries but was null.",
                    failure(() -> Check.allClose(new double[] {1, 2}, null, 0, 0, "v")));
            assertEquals("v: expected 2 entries but was 3: [1.0, 2.0, 3.0].",
                    failure(() -> Check.allClose(new double[] {1, 2}, new double[] {1, 2, 3}, 0, 0, "v")));
        }

        @Test
        void hintsAtTheSameFactorEverywhere() {
            String m = failure(() -> Check.allClose(new double[] {1, -2, 3, 0}, new double[] {0.5, -1, 1.5, 0}, 1e-9, 0,
                    "dJ/db"));
            assertContains("Every entry is about 0.5 times the expected value: look for a missing or extra constant"
                    + " factor.", m);
        }

        @Test
        void hintsAtAFlippedSignEverywhere() {
            String m = failure(() -> Check.allClose(new double[] {0.2, -0.7, 0.5}, new double[] {-0.2, 0.7, -0.5},
                    1e-9, 0, "dL_dz"));
            assertContains("Every entry has the opposite sign of the expected value: look for a flipped sign.", m);
        }

        @Test
        void hintsAtTheSameOffsetEverywhere() {
            String m = failure(() -> Check.allClose(new double[] {-1.4, -0.4, -2.4}, new double[] {1, 2, 0}, 1e-9, 0,
                    "logSoftmax(z)"));
            assertContains("Every entry is off by the same amount (about 2.4)", m);
        }

        @Test
        void noPatternHintForUnrelatedErrors() {
            String m = failure(() -> Check.allClose(new double[] {1, 2, 3}, new double[] {1, 5, 2}, 1e-9, 0, "v"));
            assertFalse(m.contains("Every entry"), m);
            assertFalse(m.contains("NaN"), m);
        }

        @Test
        void infinityHintWhenOnlyInfinitiesAppear() {
            String m = failure(() -> Check.allClose(new double[] {-1000, 0}, new double[] {-INF, 0}, 1e-9, 0,
                    "logSoftmax([0.0, 1000.0])"));
            assertContains("entry [0] expected -1000.0 but was -Infinity (1 of 2 entries differ; largest error:"
                    + " Infinity at [0];", m);
            assertContains("An Infinity usually means", m);
        }
    }

    @Nested
    class AllCloseMatrix {

        @Test
        void namesTheEntryByRowAndColumn() {
            String m = failure(() -> Check.allClose(new double[][] {{1, 2, 3}, {4, 5, 6}},
                    new double[][] {{1, 2, 3}, {4, 5, 7}}, 1e-9, 1e-12, "dL_dW"));
            assertContains("dL_dW: entry [1][2] expected 6.0 but was 7.0 (1 of 6 entries differ; largest error:"
                    + " 1.0, relative 0.166667 at [1][2]; tolerance: rtol 1e-9, atol 1e-12).", m);
            assertContains("\n  expected [[1.0, 2.0, 3.0], [4.0, 5.0, 6.0]]", m);
        }

        @Test
        void transposedShapeIsNamed() {
            String m = failure(() -> Check.allClose(new double[2][3], new double[3][2], 0, 0, "dL_dW"));
            assertEquals("dL_dW: expected shape [2][3] but was [3][2]. It looks transposed: rows and columns are"
                    + " swapped.", m);
        }

        @Test
        void raggedRowsAreNamed() {
            String m = failure(() -> Check.allClose(new double[3][2], new double[][] {{0, 0}, {0}, {0, 0}}, 0, 0, "J"));
            assertEquals("J: expected shape [3][2] but the rows have different lengths: row [1] has 1 entry"
                    + " (row lengths [2, 1, 2]).", m);
        }

        @Test
        void nullRowsAndNullMatrixAreNamed() {
            assertEquals("J: expected shape [2][2] but was null.",
                    failure(() -> Check.allClose(new double[2][2], null, 0, 0, "J")));
            assertEquals("J: expected shape [2][2] but row [1] is null.",
                    failure(() -> Check.allClose(new double[2][2], new double[][] {{0, 0}, null}, 0, 0, "J")));
        }

        @Test
        void passesWithinTolerance() {
            assertDoesNotThrow(() -> Check.allClose(new double[][] {{1, 2}, {3, 4}},
                    new double[][] {{1, 2}, {3, 4 + 1e-13}}, 0, 1e-12, "m"));
            assertDoesNotThrow(() -> Check.allClose(new double[0][0], new double[0][], 0, 0, "m"));
        }
    }

    @Nested
    class Shapes {

        @Test
        void vectorLength() {
            assertDoesNotThrow(() -> Check.shape(3, new double[3], "v"));
            assertEquals("oneHot(2, 4): expected 4 entries but was 3: [0.0, 0.0, 1.0].",
                    failure(() -> Check.shape(4, new double[] {0, 0, 1}, "oneHot(2, 4)")));
        }

        @Test
        void matrixShape() {
            assertDoesNotThrow(() -> Check.shape(2, 3, new double[2][3], "m"));
            assertEquals("m: expected shape [2][3] but was [2][4].",
                    failure(() -> Check.shape(2, 3, new double[2][4], "m")));
            assertEquals("m: expected shape [3][3] but was [2][3].",
                    failure(() -> Check.shape(3, 3, new double[2][3], "m")));
        }
    }

    @Nested
    class Exact {

        @Test
        void intArrays() {
            assertDoesNotThrow(() -> Check.equal(new int[] {0, 2, 1}, new int[] {0, 2, 1}, "predict(X)"));
            String m = failure(() -> Check.equal(new int[] {0, 2, 1}, new int[] {0, 0, 0}, "predict(X)"));
            assertEquals("predict(X): entry [1] expected 2 but was 0 (2 of 3 entries differ).\n"
                    + "  expected [0, 2, 1]\n  but was  [0, 0, 0]", m);
            assertContains("expected length 3 but was 2", failure(() -> Check.equal(new int[3], new int[2], "y")));
            assertContains("but was null", failure(() -> Check.equal(new int[3], null, "y")));
        }

        @Test
        void ints() {
            assertEquals("n: expected 3 but was 4.", failure(() -> Check.equal(3, 4, "n")));
        }
    }

    @Nested
    class Finite {

        @Test
        void scalar() {
            assertDoesNotThrow(() -> Check.finite(-745.0, "bce"));
            assertContains("bce: expected a finite number but was Infinity.", failure(() -> Check.finite(INF, "bce")));
        }

        @Test
        void vectorNamesFirstBadEntryAndCount() {
            String m = failure(() -> Check.finite(new double[] {0, NAN, -INF}, "logSoftmax(z)"));
            assertContains("logSoftmax(z): entry [1] is NaN (2 of 3 entries are not finite):"
                    + " [0.0, NaN, -Infinity].", m);
            assertContains("A NaN usually", m);
        }

        @Test
        void matrix() {
            assertDoesNotThrow(() -> Check.finite(new double[2][2], "J"));
            String m = failure(() -> Check.finite(new double[][] {{0, 0}, {INF, 0}}, "J"));
            assertContains("J: entry [1][0] is Infinity (1 of 4 entries are not finite)", m);
            assertContains("An Infinity usually", m);
        }
    }

    @Nested
    class Unchanged {

        @Test
        void vectorNamesFirstChangedEntry() {
            double[] z = {1, 2, 3};
            double[] before = z.clone();
            assertDoesNotThrow(() -> Check.unchanged(before, z, "z"));
            z[1] = -1;
            z[2] = 0;
            assertEquals("z passed to softmax(z): the call changed its input: entry [1] was 2.0 before and -1.0 after"
                            + " (2 of 3 entries changed). Work on a copy (e.g. x.clone()) instead of writing into an"
                            + " argument.",
                    failure(() -> Check.unchanged(before, z, "z passed to softmax(z)")));
        }

        @Test
        void comparisonIsExact() {
            double[] x = {0.1};
            double[] before = x.clone();
            x[0] = Math.nextUp(0.1);
            assertContains("entry [0]", failure(() -> Check.unchanged(before, x, "x")));
            assertDoesNotThrow(() -> Check.unchanged(new double[] {NAN}, new double[] {NAN}, "x"));
        }

        @Test
        void matrixNamesFirstChangedEntry() {
            double[][] X = {{1, 2}, {3, 4}};
            double[][] before = Check.copy(X);
            X[1][0] = 0;
            assertContains("X: the call changed its input: entry [1][0] was 3.0 before and 0.0 after (1 of 4 entries"
                    + " changed).", failure(() -> Check.unchanged(before, X, "X")));
        }

        @Test
        void copyIsDeep() {
            double[][] X = {{1, 2}};
            double[][] c = Check.copy(X);
            X[0][0] = 5;
            assertEquals(1, c[0][0]);
        }

        @Test
        void intVector() {
            int[] y = {0, 1};
            assertContains("entry [1] was 1 before and 0 after",
                    failure(() -> Check.unchanged(new int[] {0, 1}, new int[] {0, 0}, "y")));
            assertDoesNotThrow(() -> Check.unchanged(y.clone(), y, "y"));
        }
    }

    @Nested
    class Gradients {

        @Test
        void relativeError() {
            assertEquals(0, Check.relativeError(0, 0));
            assertEquals(0, Check.relativeError(-3, -3));
            assertEquals(2, Check.relativeError(0.5, -0.5));
            assertEquals(0.5, Check.relativeError(1, 2));
            assertEquals(0.5, Check.relativeError(2, 1));
            assertEquals(1, Check.relativeError(0, 1e-20));
            assertTrue(Double.isNaN(Check.relativeError(NAN, 1)));
        }

        @Test
        void passesWithinMaxRelativeError() {
            assertDoesNotThrow(() -> Check.gradientMatches(new double[] {1, -2}, new double[] {1 + 1e-8, -2}, 1e-7,
                    "g"));
            assertDoesNotThrow(() -> Check.gradientMatches(new double[][] {{1}, {0}}, new double[][] {{1}, {0}}, 0,
                    "g"));
        }

        @Test
        void failsNamingTheWorstEntryBothValuesAndItsRelativeError() {
            String m = failure(() -> Check.gradientMatches(new double[][] {{0.5, 1}, {2, 3}},
                    new double[][] {{0.5, 1.001}, {2, 2}}, 1e-6, "dJ/dW"));
            assertContains("dJ/dW: the analytic gradient does not match the numerical one: worst entry [1][1] is 2.0"
                    + " but numerically 3.0 (relative error 0.333333 > 1e-6; 2 of 4 entries off).", m);
            assertContains("\n  numerical [[0.5, 1.0], [2.0, 3.0]]\n  analytic  [[0.5, 1.001], [2.0, 2.0]]", m);
        }

        @Test
        void hintsAtAFlippedSign() {
            String m = failure(() -> Check.gradientMatches(new double[] {0.2, -0.3, 0.1},
                    new double[] {-0.2, 0.3, -0.1}, 1e-6, "dL_dw"));
            assertContains("worst entry [0] is -0.2 but numerically 0.2 (relative error 2.0 > 1e-6;"
                    + " 3 of 3 entries off).", m);
            assertContains("Every analytic entry has the opposite sign of the numerical one", m);
        }

        @Test
        void absoluteFloorForgivesRoundingNoiseNearZero() {
            double[] numerical = {1e-11, 0.5};
            double[] analytic = {0, 0.5};
            assertThrows(AssertionFailedError.class, () -> Check.gradientMatches(numerical, analytic, 1e-6, "g"));
            assertDoesNotThrow(() -> Check.gradientMatches(numerical, analytic, 1e-6, 1e-9, "g"));
        }

        @Test
        void nanInTheAnalyticGradientFails() {
            String m = failure(() -> Check.gradientMatches(new double[] {1, 2}, new double[] {1, NAN}, 1e-6, 1, "g"));
            assertContains("worst entry [1] is NaN but numerically 2.0", m);
            assertContains("not finite", m);
        }

        @Test
        void shapeMismatchFailsFirst() {
            assertContains("looks transposed",
                    failure(() -> Check.gradientMatches(new double[2][3], new double[3][2], 1e-6, "dJ/dW")));
        }
    }

    @Nested
    class Show {

        @Test
        void roundsToSixSignificantDigits() {
            assertEquals("0.333333", Check.show(1.0 / 3));
            assertEquals("1000.0", Check.show(1000.0));
            assertEquals("1234570.0", Check.show(1234567.0));
            assertEquals("1.23457E-5", Check.show(1.234567e-5));
            assertEquals("NaN", Check.show(NAN));
            assertEquals("-Infinity", Check.show(-INF));
        }

        @Test
        void vectors() {
            assertEquals("[1000.0, 0.333333]", Check.show(new double[] {1000, 1.0 / 3}));
            assertEquals("[]", Check.show(new double[0]));
            assertEquals("null", Check.show((double[]) null));
            assertEquals("[0, 2, 1]", Check.show(new int[] {0, 2, 1}));
        }

        @Test
        void elidesTheMiddleOfLongArrays() {
            double[] v = new double[20];
            for (int i = 0; i < v.length; i++) {
                v[i] = i;
            }
            assertEquals("[0.0, 1.0, 2.0, 3.0, 4.0, 5.0, ... (11 more) ..., 17.0, 18.0, 19.0]", Check.show(v));
            assertEquals(10, Check.show(new double[10]).split(",").length);    // 10 entries: shown whole
            int[] y = new int[12];
            assertEquals("[0, 0, 0, 0, 0, 0, ... (3 more) ..., 0, 0, 0]", Check.show(y));
        }

        @Test
        void matrices() {
            assertEquals("[[1.0, 2.0], [3.0, 4.0]]", Check.show(new double[][] {{1, 2}, {3, 4}}));
            String many = Check.show(new double[30][1]);
            assertContains("... (21 more rows) ...", many);
        }
    }
}
