package nngrader.verify;

import nngrader.grade.Grader;
import nngrader.run.TestOutcome;

import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.BiConsumer;
import java.util.stream.LongStream;

/**
 * Grades a submission that must earn full marks (the reference, an example marked correct) under
 * seeds 1 to N of {@code grader verify --seeds N}, so that a test that a right submission fails by
 * chance (an accuracy threshold, a tolerance too tight for some inputs) is found before a student
 * meets it. One grader run serves every seed: the submission is compiled once and one worker
 * answers every run ({@link Grader#gradeUnderSeeds}).
 */
public final class SeedSweep {
    private final Grader grader;

    public SeedSweep(Grader grader) {
        this.grader = grader;
    }

    /** Under seeds 1 to {@code seeds}. */
    public SweptSubmission sweep(Path assignmentDir, String name, Path submission, int seeds,
            BiConsumer<Integer, Integer> progress) {
        return sweep(assignmentDir, name, submission, SeedRange.firstN(seeds), progress);
    }

    /**
     * @param progress told after each seed: how many are done, and how many in all
     */
    public SweptSubmission sweep(Path assignmentDir, String name, Path submission, SeedRange seeds,
            BiConsumer<Integer, Integer> progress) {
        Instant start = Instant.now();
        Map<String, UnstableTest.Tally> failed = new LinkedHashMap<>();
        String[] cannotGrade = {null};
        int[] done = {0};
        List<Long> all = LongStream.rangeClosed(seeds.first(), seeds.last()).boxed().toList();
        grader.gradeUnderSeeds(assignmentDir, submission, all, (seed, report) -> {
            if (report.failedToGrade() && cannotGrade[0] == null) {
                cannotGrade[0] = "seed " + seed + ": " + report.summary().strip();
            }
            for (TestOutcome t : report.tests()) {
                if (t.score() < t.maxScore()) {
                    failed.computeIfAbsent(t.number(), n -> new UnstableTest.Tally(t)).failedUnder(seed, t);
                }
            }
            progress.accept(++done[0], (int) seeds.count());
        });
        List<UnstableTest> unstable = failed.values().stream().map(UnstableTest.Tally::test).toList();
        return new SweptSubmission(name, seeds, unstable, cannotGrade[0],
                Duration.between(start, Instant.now()).toMillis() / 1000.0);
    }
}
