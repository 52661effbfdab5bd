package nngrader.verify;

import java.util.List;

/**
 * A submission that must earn full marks, graded under every seed of a sweep.
 *
 * @param name        {@code reference} or the name of an example marked correct
 * @param seeds       the seeds it was graded under
 * @param unstable    the tests it lost under some seed, in the suite's order
 * @param cannotGrade why some seed's grading failed as a whole (the first such seed), or null
 * @param seconds     how long the sweep took
 */
public record SweptSubmission(String name, SeedRange seeds, List<UnstableTest> unstable, String cannotGrade,
                              double seconds) {

    public SweptSubmission {
        unstable = List.copyOf(unstable);
    }

    public boolean ok() {
        return unstable.isEmpty() && cannotGrade == null;
    }

    /** What is wrong, in one sentence, or null when it is {@link #ok()}. */
    public String problem() {
        if (cannotGrade != null) {
            return "the seed sweep cannot grade the " + name + ": " + cannotGrade;
        }
        if (unstable.isEmpty()) {
            return null;
        }
        return "the " + name + " loses points under some of " + seeds.describe() + ", on test"
                + (unstable.size() == 1 ? " " : "s ") + String.join(" ", unstable.stream().map(UnstableTest::number)
                        .toList()) + ": a right submission must pass under every seed (give the test a second attempt"
                + " with a fresh seed, or a threshold that the sweep's values justify)";
    }

    public double secondsPerSeed() {
        return seeds.isEmpty() ? 0 : seconds / seeds.count();
    }
}
