package nngrader.verify;

import nngrader.grade.Grader;
import nngrader.report.GradingReport;
import nngrader.run.TestOutcome;

import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentSkipListMap;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.BiConsumer;
import java.util.stream.LongStream;

/**
 * Grades a submission that must earn full marks (the reference, an example marked correct) under
 * seeds 1 to N of {@code grader verify --seeds N}, so that a test that a right submission fails by
 * chance (an accuracy threshold, a tolerance too tight for some inputs) is found before a student
 * meets it. The seeds are dealt into {@code jobs} parts graded at once; in each, one grader run serves every
 * seed: the submission is compiled once and one worker answers every run ({@link Grader#gradeUnderSeeds}).
 */
public final class SeedSweep {
    private final Grader grader;
    private final int jobs;

    public SeedSweep(Grader grader) {
        this(grader, 1);
    }

    /** @param jobs how many parts of the seeds are graded at once, each by a worker of its own */
    public SeedSweep(Grader grader, int jobs) {
        if (jobs < 1) {
            throw new IllegalArgumentException("jobs must be 1 or more, not " + jobs);
        }
        this.grader = grader;
        this.jobs = jobs;
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
        List<Long> all = LongStream.rangeClosed(seeds.first(), seeds.last()).boxed().toList();
        // what each seed lost, tallied in seed order at the end: the verdict is the same for any number of jobs
        Map<Long, GradingReport> lost = new ConcurrentSkipListMap<>();
        AtomicInteger done = new AtomicInteger();
        List<List<Long>> parts = deal(all, (int) Math.min(jobs, all.size()));
        List<Thread> threads = new ArrayList<>();
        for (List<Long> part : parts) {
            Thread thread = new Thread(() -> grader.gradeUnderSeeds(assignmentDir, submission, part, (seed, report) -> {
                if (report.failedToGrade() || report.tests().stream().anyMatch(t -> t.score() < t.maxScore())) {
                    lost.put(seed, report);
                }
                synchronized (progress) {
                    progress.accept(done.incrementAndGet(), (int) seeds.count());
                }
            }), "seed-sweep-" + threads.size());
            threads.add(thread);
            thread.start();
        }
        for (Thread thread : threads) {
            try {
                thread.join();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return new SweptSubmission(name, seeds, List.of(), "the sweep was interrupted", seconds(start));
            }
        }
        Map<String, UnstableTest.Tally> failed = new LinkedHashMap<>();
        // a part that ended without a word for each of its seeds must not pass for a clean sweep
        String cannotGrade = done.get() == seeds.count() ? null
                : "only " + done.get() + " of " + seeds.count() + " seeds were graded";
        for (Map.Entry<Long, GradingReport> seed : lost.entrySet()) {
            GradingReport report = seed.getValue();
            if (report.failedToGrade() && cannotGrade == null) {
                cannotGrade = "seed " + seed.getKey() + ": " + report.summary().strip();
            }
            for (TestOutcome t : report.tests()) {
                if (t.score() < t.maxScore()) {
                    failed.computeIfAbsent(t.number(), n -> new UnstableTest.Tally(t)).failedUnder(seed.getKey(), t);
                }
            }
        }
        List<UnstableTest> unstable = failed.values().stream().map(UnstableTest.Tally::test).toList();
        return new SweptSubmission(name, seeds, unstable, cannotGrade, seconds(start));
    }

    /** The seeds dealt into {@code n} parts, one each in turn, so that each part spans the whole range. */
    private static List<List<Long>> deal(List<Long> seeds, int n) {
        List<List<Long>> parts = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            parts.add(new ArrayList<>());
        }
        for (int i = 0; i < seeds.size(); i++) {
            parts.get(i % n).add(seeds.get(i));
        }
        return parts;
    }

    private static double seconds(Instant start) {
        return Duration.between(start, Instant.now()).toMillis() / 1000.0;
    }
}
