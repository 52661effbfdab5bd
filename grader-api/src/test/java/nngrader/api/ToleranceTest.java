package nngrader.api;

import static org.junit.jupiter.api.Assertions.assertDoesNotThrow;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class ToleranceTest {

    @Test
    void namedFactoriesSetEachPartWhereItsNameSays() {
        Tolerance t = Tolerance.rtol(1e-9).atol(1e-12);
        assertEquals(1e-9, t.rtol());
        assertEquals(1e-12, t.atol());
        assertEquals(new Tolerance(1e-9, 0), Tolerance.rtol(1e-9));
        assertEquals(new Tolerance(0, 0), Tolerance.EXACT);
    }

    @Test
    void negativeOrNanPartsAreTheTestsBug() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> Tolerance.rtol(-1e-9));
        assertEquals("tolerances must be >= 0, got -1.0E-9 and 0.0", e.getMessage());
        assertThrows(IllegalArgumentException.class, () -> Tolerance.rtol(0).atol(Double.NaN));
        assertThrows(IllegalArgumentException.class, () -> Tolerance.rtol(Double.NaN));
        assertThrows(IllegalArgumentException.class, () -> new Tolerance(0, -1));
        assertDoesNotThrow(() -> Tolerance.rtol(0).atol(Double.POSITIVE_INFINITY));
    }

    @Test
    void allowsByNumpysRuleScaledByTheExpectedValue() {
        Tolerance t = Tolerance.rtol(0.01).atol(0.5);
        assertTrue(t.allows(100, 101.5));
        assertFalse(t.allows(100, 101.6));
        assertFalse(Tolerance.rtol(0.5).allows(1, 2));       // 1 > 0.5·|1|, though 1 ≤ 0.5·|2|
        assertTrue(Tolerance.rtol(0.5).allows(2, 1));
    }

    @Test
    void readsInMessagesAsTheyShowTolerances() {
        assertEquals("rtol 1e-9, atol 1e-12", Tolerance.rtol(1e-9).atol(1e-12).toString());
        assertEquals("rtol 0, atol 0", Tolerance.EXACT.toString());
        assertEquals("rtol 0.01, atol 2.5e-15", Tolerance.rtol(0.01).atol(2.5e-15).toString());
    }

    @Test
    void allCloseWithAToleranceFailsAsWithTheTwoNumbers() {
        CheckFailure named = assertThrows(CheckFailure.class, () -> Check.allClose(new double[] {1, 2},
                new double[] {1, 2.5}, Tolerance.rtol(1e-9).atol(1e-12), "v"));
        AssertionError literal = assertThrows(AssertionError.class, () -> Check.allClose(new double[] {1, 2},
                new double[] {1, 2.5}, 1e-9, 1e-12, "v"));
        assertEquals(literal.getMessage(), named.getMessage());
        assertTrue(named.getMessage().contains("tolerance: rtol 1e-9, atol 1e-12"), named.getMessage());
    }
}
