package nngrader.verify;

import nngrader.run.TestOutcome;

/**
 * A test that a submission which must earn full marks lost under some seeds of a sweep.
 *
 * @param number      the test's number, e.g. {@code 5.9}
 * @param name        its display name
 * @param failedSeeds under how many seeds it lost points
 * @param worstSeed   the seed under which it earned least (the first such seed on a tie)
 * @param worstScore  what it earned under that seed, of {@code maxScore}
 * @param maxScore    what it is worth
 * @param worstFailure its failure message under that seed (the values it saw)
 */
public record UnstableTest(String number, String name, int failedSeeds, long worstSeed, double worstScore,
                           double maxScore, String worstFailure) {

    /** Counts the failures of one test while a sweep runs. */
    static final class Tally {
        private final TestOutcome first;
        private int failures;
        private long worstSeed;
        private TestOutcome worst;

        Tally(TestOutcome first) {
            this.first = first;
        }

        void failedUnder(long seed, TestOutcome outcome) {
            failures++;
            if (worst == null || outcome.score() < worst.score()) {
                worst = outcome;
                worstSeed = seed;
            }
        }

        UnstableTest test() {
            String failure = worst.failure() == null ? String.join("; ", worst.notes()) : worst.failure();
            return new UnstableTest(first.number(), first.name(), failures, worstSeed, worst.score(),
                    worst.maxScore(), failure);
        }
    }
}
