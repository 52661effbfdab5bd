package nngrader.batch.shard;

import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;
import java.util.stream.IntStream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class ShardTest {

    @Test
    void theSlicesHoldEverySubmissionOnceInEvenShares() {
        List<Integer> all = IntStream.range(0, 10).boxed().toList();
        List<Integer> joined = new ArrayList<>();
        for (int i = 1; i <= 3; i++) {
            List<Integer> slice = Shard.parse(i + "/3").select(all);
            assertEquals(i == 1 ? 4 : 3, slice.size(), "slice " + i);
            joined.addAll(slice);
        }
        assertEquals(all, joined.stream().sorted().toList());
        assertEquals(all, Shard.ALL.select(all));
    }

    @Test
    void theSliceThatDealsAPositionIsTheOneThatSelectsIt() {
        List<Integer> all = IntStream.range(0, 10).boxed().toList();
        for (int position = 0; position < all.size(); position++) {
            assertTrue(Shard.dealing(position, 3).select(all).contains(all.get(position)), "position " + position);
        }
    }

    @Test
    void aMalformedShardSaysHowToWriteOne() {
        assertEquals("a shard is written i/N, e.g. 2/8, not 'two'",
                assertThrows(IllegalArgumentException.class, () -> Shard.parse("two")).getMessage());
        assertEquals("a shard is i/N with 1 ≤ i ≤ N, not 0/4",
                assertThrows(IllegalArgumentException.class, () -> Shard.parse("0/4")).getMessage());
        assertEquals("a shard is i/N with 1 ≤ i ≤ N, not 5/4",
                assertThrows(IllegalArgumentException.class, () -> Shard.parse("5/4")).getMessage());
    }
}
