package nngrader.api;

import static org.junit.jupiter.api.Assertions.assertDoesNotThrow;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.List;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Supplier;

import nngrader.api.CheckFailure.Fact;
import org.junit.jupiter.api.Test;

class CheckFailureTest {
    private static final Tolerance ROUNDING = Tolerance.rtol(1e-9).atol(1e-12);

    @Test
    void carriesItsPartsAsFields() {
        CheckFailure f = assertThrows(CheckFailure.class, () -> Check.allClose(new double[] {1, -2, 3},
                new double[] {2, -4, 6}, ROUNDING, "dJ/db"));
        assertEquals("dJ/db", f.what());
        assertEquals("entry [0] expected 1.0 but was 2.0 (3 of 3 entries differ; largest error: 3.0, relative 1.0 at"
                + " [2]; tolerance: rtol 1e-9, atol 1e-12).", f.sentence());
        assertEquals(Optional.of("Every entry is about 2.0 times the expected value: look for a missing or extra"
                + " constant factor."), f.hint());
        assertEquals(Optional.empty(), f.cause());
        assertEquals(List.of(new Fact("expected", "[1.0, -2.0, 3.0]"), new Fact("but was", "[2.0, -4.0, 6.0]")),
                f.details());
        assertEquals("dJ/db: " + f.sentence() + " " + f.hint().get() + "\n  expected [1.0, -2.0, 3.0]"
                + "\n  but was  [2.0, -4.0, 6.0]", f.getMessage());
    }

    @Test
    void aCauseGoesAfterTheHintOnTheFirstLine() {
        CheckFailure f = assertThrows(CheckFailure.class, () -> Check.gradientMatches(new double[] {1, 2},
                new double[] {2, 4}, 1e-6, "dJ/dW"));
        CheckFailure caused = f.withCause("Likely cause: a factor 2.");
        assertEquals(Optional.of("Likely cause: a factor 2."), caused.cause());
        assertEquals(Optional.empty(), f.cause());
        String[] lines = caused.getMessage().split("\n");
        assertEquals(f.getMessage().split("\n")[0] + " Likely cause: a factor 2.", lines[0]);
        assertEquals("  numerical [1.0, 2.0]", lines[1]);
        assertEquals("  analytic  [2.0, 4.0]", lines[2]);
    }

    @Test
    void anEmptyCauseLeavesTheFailureAsItIs() {
        CheckFailure f = assertThrows(CheckFailure.class, () -> Check.isTrue(false, "train returned null"));
        assertSame(f, f.withCause(""));
        assertEquals("train returned null", f.getMessage());
        assertEquals("", f.what());
        assertEquals("train returned null Likely cause: none.", f.withCause("Likely cause: none.").getMessage());
    }

    @Test
    void aPassingCheckBuildsNoDescription() {
        AtomicInteger calls = new AtomicInteger();
        Supplier<String> what = () -> {
            calls.incrementAndGet();
            return "softmax(z)";
        };
        double[] v = {0.25, 0.75};
        double[][] m = {v, v};
        assertDoesNotThrow(() -> {
            Check.allClose(0.5, 0.5, ROUNDING, what);
            Check.allClose(v, v.clone(), ROUNDING, what);
            Check.allClose(m, Check.copy(m), ROUNDING, what);
            Check.gradientMatches(v, v.clone(), 1e-6, 0, what);
            Check.gradientMatches(m, Check.copy(m), 1e-6, 0, what);
            Check.equal(3, 3, what);
            Check.equal(new int[] {1}, new int[] {1}, what);
            Check.shape(2, v, what);
            Check.shape(2, 2, m, what);
            Check.finite(1.0, what);
            Check.finite(v, what);
            Check.finite(m, what);
            Check.atLeast(0.5, 0.9, what);
            Check.isTrue(true, what);
            Check.unchanged(v, v.clone(), what);
            Check.unchanged(m, Check.copy(m), what);
            Check.unchanged(new int[] {1}, new int[] {1}, what);
        });
        assertEquals(0, calls.get());
    }

    @Test
    void aFailingCheckBuildsItsDescriptionOnce() {
        AtomicInteger calls = new AtomicInteger();
        CheckFailure f = assertThrows(CheckFailure.class, () -> Check.allClose(new double[] {1}, new double[] {2},
                ROUNDING, () -> "call " + calls.incrementAndGet()));
        assertEquals("call 1", f.what());
        f.getMessage();
        assertEquals(1, calls.get());
    }
}
