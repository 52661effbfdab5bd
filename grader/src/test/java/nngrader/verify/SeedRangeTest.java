package nngrader.verify;

import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class SeedRangeTest {

    @Test
    void aNumberIsSeedsOneToItAndARangeItsOwnEnds() {
        assertEquals(new SeedRange(1, 1000), SeedRange.parse("1000"));
        assertEquals(new SeedRange(501, 1000), SeedRange.parse(" 501-1000 "));
        assertTrue(SeedRange.parse("0").isEmpty(), "0 skips the sweep");
        assertEquals("1000 seeds", SeedRange.parse("1000").describe());
        assertEquals("1 seed", SeedRange.parse("1").describe());
        assertEquals("500 seeds (501 to 1000)", SeedRange.parse("501-1000").describe());
        assertEquals("1 seed (7 to 7)", SeedRange.parse("7-7").describe());
    }

    @Test
    void anythingElseSaysWhatIsWrong() {
        for (String bad : new String[] {"-5", "0-3", "9-3", "1-", "x", "1.5", ""}) {
            IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> SeedRange.parse(bad), bad);
            assertTrue(e.getMessage().startsWith("\"" + bad + "\""), e.getMessage());
        }
    }
}
