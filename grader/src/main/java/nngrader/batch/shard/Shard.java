package nngrader.batch.shard;

import java.util.ArrayList;
import java.util.List;

/**
 * The i-th of N slices of a class's submissions, written {@code i/N} (1-based), so that a regrade can be
 * spread over machines: a Kubernetes indexed Job ({@code --shard $((JOB_COMPLETION_INDEX+1))/8}) or a
 * CI matrix. Submissions are dealt round-robin in id order, so every slice gets an even share and the
 * N slices together hold each submission once, provided every machine sees the same folder.
 *
 * @param index which slice, 1 to count
 * @param count how many slices
 */
public record Shard(int index, int count) {
    public static final Shard ALL = new Shard(1, 1);

    public Shard {
        if (count < 1 || index < 1 || index > count) {
            throw new IllegalArgumentException("a shard is i/N with 1 ≤ i ≤ N, not " + index + "/" + count);
        }
    }

    /** {@code "2/8"} → the second of eight slices. */
    public static Shard parse(String text) {
        String[] parts = text.trim().split("/", -1);
        try {
            if (parts.length == 2) {
                return new Shard(Integer.parseInt(parts[0].trim()), Integer.parseInt(parts[1].trim()));
            }
        } catch (NumberFormatException e) {
            // said below
        }
        throw new IllegalArgumentException("a shard is written i/N, e.g. 2/8, not '" + text + "'");
    }

    /** The slice of N that {@link #select} deals the element at {@code position} (from 0) of the list to. */
    public static Shard dealing(int position, int count) {
        return new Shard(position % count + 1, count);
    }

    public <T> List<T> select(List<T> all) {
        List<T> slice = new ArrayList<>();
        for (int k = index - 1; k < all.size(); k += count) {
            slice.add(all.get(k));
        }
        return slice;
    }

    @Override
    public String toString() {
        return index + "/" + count;
    }
}
