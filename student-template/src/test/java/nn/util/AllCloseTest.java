package nn.util;

import static org.junit.jupiter.api.Assertions.assertDoesNotThrow;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

class AllCloseTest {

    private static final double INF = Double.POSITIVE_INFINITY;
    private static final double NAN = Double.NaN;

    @Nested
    @DisplayName("the rule |actual − expected| ≤ atol + rtol·|expected|")
    class Rule {

        @Test
        void exactValuesAreCloseWithZeroTolerance() {
            assertTrue(AllClose.allClose(0.1 + 0.2, 0.1 + 0.2, 0, 0));
            assertFalse(AllClose.allClose(0.3, 0.1 + 0.2, 0, 0));
        }

        @Test
        void relativeToleranceScalesWithExpected() {
            assertTrue(AllClose.allClose(1000.0, 1000.5, 1e-3, 0));
            assertFalse(AllClose.allClose(1.0, 1.5, 1e-3, 0));
        }

        @Test
        void toleranceIsMeasuredAgainstExpectedNotActual() {
            // |2 − 1| = 1 ≤ 0.5·|2| but not ≤ 0.5·|1|
            assertTrue(AllClose.allClose(2.0, 1.0, 0.5, 0));
            assertFalse(AllClose.allClose(1.0, 2.0, 0.5, 0));
        }

        @Test
        void absoluteToleranceMattersNearZero() {
            assertTrue(AllClose.allClose(0.0, 1e-10, 0, 1e-9));
            assertFalse(AllClose.allClose(0.0, 1e-10, 1e-3, 0));
        }

        @Test
        void theBoundaryIsClose() {
            assertTrue(AllClose.allClose(1.0, 1.5, 0, 0.5));
            assertTrue(AllClose.allClose(2.0, 3.0, 0.25, 0.5));
        }

        @Test
        void negativeOrNaNTolerancesAreRejected() {
            assertThrows(IllegalArgumentException.class, () -> AllClose.allClose(1.0, 1.0, -1, 0));
            assertThrows(IllegalArgumentException.class, () -> AllClose.allClose(1.0, 1.0, 0, NAN));
        }
    }

    @Nested
    @DisplayName("NaN and infinities")
    class NonFinite {

        @Test
        void nanMatchesOnlyNaN() {
            assertTrue(AllClose.allClose(NAN, NAN, 0, 0));
            assertFalse(AllClose.allClose(NAN, 1.0, 1, 1));
            assertFalse(AllClose.allClose(1.0, NAN, 1, 1));
            assertFalse(AllClose.allClose(NAN, INF, 1, 1));
        }

        @Test
        void anInfinityMatchesOnlyTheSameInfinity() {
            assertTrue(AllClose.allClose(INF, INF, 0, 0));
            assertTrue(AllClose.allClose(-INF, -INF, 0, 0));
            assertFalse(AllClose.allClose(INF, -INF, 1, 1));
            assertFalse(AllClose.allClose(INF, 1e308, 1, 1));
            assertFalse(AllClose.allClose(1e308, INF, 1, INF));
        }

        @Test
        void nonFiniteEntriesInArrays() {
            assertTrue(AllClose.allClose(new double[] {NAN, INF, 1}, new double[] {NAN, INF, 1}, 0, 0));
            assertFalse(AllClose.allClose(new double[] {0.5, 0.5}, new double[] {NAN, NAN}, 1e-9, 0));
            String message = AllClose.explain(new double[] {0.5, 0.5}, new double[] {NAN, NAN}, 1e-9, 0);
            assertTrue(message.startsWith("at [0] expected 0.5 but was NaN"), message);
            assertTrue(message.contains("2 of 2 entries differ"), message);
            assertTrue(message.contains("largest absolute error Infinity"), message);
        }
    }

    @Nested
    @DisplayName("shape mismatches")
    class Shapes {

        @Test
        void differentLengths() {
            assertFalse(AllClose.allClose(new double[] {1, 2, 3}, new double[] {1, 2}, 1, 1));
            assertEquals("shape mismatch: expected length 3 but actual has length 2",
                    AllClose.explain(new double[] {1, 2, 3}, new double[] {1, 2}, 1, 1));
        }

        @Test
        void differentRowCounts() {
            assertEquals("shape mismatch: expected 2 rows but actual has 1",
                    AllClose.explain(new double[][] {{1}, {2}}, new double[][] {{1}}, 1, 1));
        }

        @Test
        void differentRowLengths() {
            assertEquals("shape mismatch in row [1]: expected length 2 but actual has length 3",
                    AllClose.explain(new double[][] {{1, 2}, {3, 4}}, new double[][] {{1, 2}, {3, 4, 5}}, 1, 1));
        }

        @Test
        void nulls() {
            assertEquals("shape mismatch: actual is null but expected has 2 entries",
                    AllClose.explain(new double[] {1, 2}, null, 0, 0));
            assertEquals("shape mismatch: expected is null but actual has 1 rows",
                    AllClose.explain(null, new double[][] {{1}}, 0, 0));
            assertEquals("shape mismatch in row [0]: actual is null but expected has 1 entries",
                    AllClose.explain(new double[][] {{1}}, new double[][] {null}, 0, 0));
            assertTrue(AllClose.allClose((double[]) null, null, 0, 0));
        }

        @Test
        void emptyArraysAreClose() {
            assertTrue(AllClose.allClose(new double[0], new double[0], 0, 0));
            assertTrue(AllClose.allClose(new double[0][], new double[0][], 0, 0));
        }
    }

    @Nested
    @DisplayName("explain and assertAllClose")
    class Messages {

        @Test
        void closeGivesNull() {
            assertNull(AllClose.explain(1.0, 1.0, 0, 0));
            assertNull(AllClose.explain(new double[] {1, 2}, new double[] {1, 2 + 1e-12}, 1e-9, 0));
            assertNull(AllClose.explain(new double[][] {{1}}, new double[][] {{1}}, 0, 0));
        }

        @Test
        void scalarMessage() {
            assertEquals("expected 0.5 but was 0.25 (|difference| 2.50e-01 > atol + rtol*|expected| = 5.00e-10)",
                    AllClose.explain(0.5, 0.25, 1e-9, 0));
        }

        @Test
        void matrixMessageNamesTheFirstFailingIndexAndSummarizes() {
            double[][] expected = {{1, 2}, {3, 4}, {5, 6}};
            double[][] actual = {{1, 2}, {3, 4}, {5, 8}};
            actual[0][1] = 2.5;
            String message = AllClose.explain(expected, actual, 1e-9, 0);
            assertNotNull(message);
            assertTrue(message.startsWith("at [0][1] expected 2.0 but was 2.5"), message);
            assertTrue(message.contains("2 of 6 entries differ"), message);
            assertTrue(message.contains("largest absolute error 2.00e+00"), message);
            assertTrue(message.contains("largest relative error 2.50e-01"), message);
        }

        @Test
        void assertAllCloseThrowsAssertionErrorWithTheDescription() {
            AssertionError error = assertThrows(AssertionError.class,
                    () -> AllClose.assertAllClose(new double[] {1, 2, 3}, new double[] {1, 2, 4}, 1e-9, 0, "softmax(z)"));
            assertTrue(error.getMessage().startsWith("softmax(z): at [2] expected 3.0 but was 4.0"), error.getMessage());
            assertThrows(AssertionError.class, () -> AllClose.assertAllClose(1.0, 2.0, 0, 0, "x"));
            assertThrows(AssertionError.class,
                    () -> AllClose.assertAllClose(new double[][] {{1}}, new double[][] {{1, 2}}, 0, 0, "W"));
            assertDoesNotThrow(() -> AllClose.assertAllClose(new double[][] {{1}}, new double[][] {{1}}, 0, 0, "W"));
        }
    }

    @Nested
    @DisplayName("relativeError = |a − b| / max(|a|, |b|)")
    class RelativeError {

        @Test
        void scalar() {
            assertEquals(0.1 / 1.1, AllClose.relativeError(1.0, 1.1), 1e-15);
            assertEquals(0.1 / 1.1, AllClose.relativeError(1.1, 1.0), 1e-15);
            assertEquals(2.0, AllClose.relativeError(1.0, -1.0));
        }

        @Test
        void bothZeroOrTheSameInfinityIsZero() {
            assertEquals(0.0, AllClose.relativeError(0.0, 0.0));
            assertEquals(0.0, AllClose.relativeError(0.0, -0.0));
            assertEquals(0.0, AllClose.relativeError(INF, INF));
        }

        @Test
        void nanOrDifferentInfinitiesAreNaN() {
            assertTrue(Double.isNaN(AllClose.relativeError(NAN, 1.0)));
            assertTrue(Double.isNaN(AllClose.relativeError(INF, 1.0)));
            assertTrue(Double.isNaN(AllClose.relativeError(new double[] {1, NAN, 2}, new double[] {1, 1, 3})));
        }

        @Test
        void arraysGiveTheLargestEntry() {
            assertEquals(0.5, AllClose.relativeError(new double[] {1, 2, 0}, new double[] {1, 1, 0}));
            assertEquals(0.5, AllClose.relativeError(new double[][] {{1}, {4, 0}}, new double[][] {{1}, {2, 0}}));
        }

        @Test
        void arraysMustHaveTheSameShape() {
            assertThrows(IllegalArgumentException.class, () -> AllClose.relativeError(new double[] {1}, new double[] {1, 2}));
            assertThrows(IllegalArgumentException.class, () -> AllClose.relativeError(new double[] {1}, null));
            assertThrows(IllegalArgumentException.class,
                    () -> AllClose.relativeError(new double[][] {{1}}, new double[][] {{1}, {2}}));
            IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                    () -> AllClose.relativeError(new double[][] {{1}, {2}}, new double[][] {{1}, {2, 3}}));
            assertTrue(e.getMessage().contains("row [1]"), e.getMessage());
        }
    }
}
