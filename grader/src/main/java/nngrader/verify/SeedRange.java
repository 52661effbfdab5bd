package nngrader.verify;

/**
 * The seeds of a sweep, {@code first} to {@code last}: {@code --seeds 1000} is 1 to 1000, and {@code --seeds 501-1000}
 * the second half of it, so that a long sweep can be split over runs or machines and each part still names the
 * seeds it graded. Seeds 1 to N are the same inputs on every machine.
 *
 * <pre>{@code
 * SeedRange.parse("1000").count();        // 1000
 * SeedRange.parse("501-1000").first();    // 501
 * }</pre>
 *
 * @param first the first seed, 1 or more
 * @param last  the last seed; {@code first - 1} for no seeds at all
 */
public record SeedRange(long first, long last) {
    public SeedRange {
        if (first < 1 || last < first - 1) {
            throw new IllegalArgumentException("seeds " + first + " to " + last + ": seeds start at 1, and the last "
                    + "is not before the first");
        }
    }

    /** Seeds 1 to {@code n}; none for 0. */
    public static SeedRange firstN(long n) {
        if (n < 0) {
            throw new IllegalArgumentException("seeds must be 0 (no sweep) or more, not " + n);
        }
        return new SeedRange(1, n);
    }

    /**
     * {@code N} (seeds 1 to N, 0 for none) or {@code FIRST-LAST}.
     *
     * @throws IllegalArgumentException saying what is wrong, for anything else
     */
    public static SeedRange parse(String text) {
        String s = text.strip();
        int dash = s.indexOf('-', 1);
        try {
            if (dash < 0) {
                long n = Long.parseLong(s);
                if (n < 0) {
                    throw new IllegalArgumentException("\"" + text + "\": the number of seeds is 0 (no sweep) or more");
                }
                return firstN(n);
            }
            long first = Long.parseLong(s.substring(0, dash).strip());
            long last = Long.parseLong(s.substring(dash + 1).strip());
            if (first < 1 || last < first) {
                throw new IllegalArgumentException("\"" + text + "\": the first seed is 1 or more and the last not before it");
            }
            return new SeedRange(first, last);
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException("\"" + text + "\" is neither a number of seeds (1000) nor a range of them (501-1000)");
        }
    }

    public long count() {
        return last - first + 1;
    }

    public boolean isEmpty() {
        return count() == 0;
    }

    /** "1000 seeds", or "500 seeds (501 to 1000)" for a range that does not start at 1. */
    public String describe() {
        String seeds = count() + (count() == 1 ? " seed" : " seeds");
        return first == 1 ? seeds : seeds + " (" + first + " to " + last + ")";
    }
}
