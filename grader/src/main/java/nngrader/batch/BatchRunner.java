package nngrader.batch;

import nngrader.batch.input.Submission;
import nngrader.batch.input.SubmissionFinder;
import nngrader.batch.input.ZipUnpacker;
import nngrader.batch.progress.Progress;
import nngrader.scratch.ScratchFolder;
import nngrader.report.GradingReport;
import nngrader.report.ResultsFormat;
import nngrader.report.Scores;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

/**
 * The job queue of {@code grader batch}: grades submissions {@code jobs} at a time into a
 * {@link BatchFolder}, each into its own folder with its results file and {@link SubmissionRecord}.
 * A submission whose record shows it was graded from the same files, against the same
 * {@link AssignmentFingerprint assignment and suite}, in the same format is skipped unless {@code force};
 * one that could not be graded is tried again. Zips are unpacked into a scratch folder first; one that
 * cannot be unpacked, or a grading that fails, earns 0 with a one-sentence problem, and the batch goes on.
 *
 * <pre>{@code
 * BatchRunner runner = new BatchRunner(grading, ResultsFormat.GRADESCOPE,
 *         GradedAgainst.of(assignment), 2, false);
 * BatchResult result = runner.run(new SubmissionFinder().find(Path.of("submissions")),
 *         new BatchFolder(Path.of("graded")), Progress.SILENT);
 * }</pre>
 */
public final class BatchRunner {
    private final SubmissionGrading grading;
    private final ResultsFormat format;
    private final GradedAgainst assignment;
    private final int jobs;
    private final boolean force;
    /** The fingerprint of a submission whose files cannot be read: never taken as graded before. */
    private static final String UNREADABLE = "unreadable";

    private final ZipUnpacker unzip = new ZipUnpacker();

    /**
     * @param assignment what {@code grading} grades against; its title goes into the results file of a
     *                   submission that could not be opened
     * @param jobs       how many submissions are graded at once
     * @param force      grade again what an earlier run graded
     */
    public BatchRunner(SubmissionGrading grading, ResultsFormat format, GradedAgainst assignment, int jobs,
                       boolean force) {
        if (jobs < 1) {
            throw new IllegalArgumentException("--jobs must be at least 1, not " + jobs);
        }
        this.grading = grading;
        this.format = format;
        this.assignment = assignment;
        this.jobs = jobs;
        this.force = force;
    }

    /**
     * What a run did.
     *
     * @param records  one per submission, in the order given
     * @param warnings what the user should know, e.g. a record that could not be saved (it is graded again next time)
     */
    public record BatchResult(List<SubmissionRecord> records, int graded, int skipped, List<String> warnings) {
    }

    public GradedAgainst assignment() {
        return assignment;
    }

    public ResultsFormat format() {
        return format;
    }

    public BatchResult run(List<Submission> submissions, BatchFolder out, Progress progress) throws InterruptedException {
        List<String> warnings = new CopyOnWriteArrayList<>();
        ExecutorService pool = Executors.newFixedThreadPool(jobs);
        try {
            // What an earlier run graded comes first, so that the batch announces what it will actually grade.
            List<Future<Checked>> checks = new ArrayList<>();
            for (Submission submission : submissions) {
                checks.add(pool.submit(() -> check(submission, out)));
            }
            List<Checked> checked = new ArrayList<>();
            for (Future<Checked> check : checks) {
                checked.add(check.get());
            }
            int skipped = (int) checked.stream().filter(c -> c.earlier() != null).count();
            progress.started(submissions.size(), skipped);
            checked.stream().filter(c -> c.earlier() != null).forEach(c -> progress.finished(c.earlier(), true));
            List<Future<SubmissionRecord>> futures = new ArrayList<>();
            for (Checked c : checked) {
                futures.add(c.earlier() != null ? CompletableFuture.completedFuture(c.earlier()) : pool.submit(() -> {
                    SubmissionRecord record = grade(c.submission(), c.fingerprint(), out, warnings);
                    progress.finished(record, false);
                    return record;
                }));
            }
            List<SubmissionRecord> records = new ArrayList<>();
            for (Future<SubmissionRecord> future : futures) {
                records.add(future.get());
            }
            progress.done();
            return new BatchResult(records, records.size() - skipped, skipped, List.copyOf(warnings));
        } catch (ExecutionException e) {
            // grade() catches everything a submission can cause; what is left is a bug of the batch itself
            throw new IllegalStateException(e.getCause());
        } finally {
            pool.shutdownNow();
        }
    }

    /** A submission, its fingerprint, and its earlier record when that stands (else null: it is to be graded). */
    private record Checked(Submission submission, String fingerprint, SubmissionRecord earlier) {
    }

    private Checked check(Submission submission, BatchFolder out) {
        String fingerprint = fingerprint(submission);
        return new Checked(submission, fingerprint, force ? null : alreadyGraded(submission, fingerprint, out));
    }

    /**
     * Its earlier record, when that was graded from the same files, against the same assignment and suite,
     * in the same format, and its results are there; not when it could not be graded, which may have been the machine's fault (a killed child).
     */
    private SubmissionRecord alreadyGraded(Submission submission, String fingerprint, BatchFolder out) {
        Path file = out.record(submission.id());
        if (fingerprint.equals(UNREADABLE) || !Files.isRegularFile(file)
                || !Files.isRegularFile(out.results(submission.id(), format))) {
            return null;
        }
        try {
            SubmissionRecord record = RecordFiles.readRecord(file);
            boolean same = !record.scores().failedToGrade() && record.format().equals(format.name())
                    && assignment.fingerprint().equals(record.against())
                    && record.fingerprint().equals(fingerprint);
            return same ? record : null;
        } catch (IOException | RuntimeException e) {
            return null; // unreadable: grade it again
        }
    }

    /** The submission's {@link Fingerprint}, once per run: both the check for an earlier record and the new record use it. */
    private static String fingerprint(Submission submission) {
        try {
            return Fingerprint.of(submission.source());
        } catch (IOException e) {
            return UNREADABLE;
        }
    }

    private SubmissionRecord grade(Submission submission, String fingerprint, BatchFolder out, List<String> warnings) {
        Path results = out.results(submission.id(), format);
        Scores scores;
        Path scratch = null;
        try {
            BatchFolder.ownerOnly(Files.createDirectories(results.getParent()));
            Files.deleteIfExists(results); // a stale file must not pass for this grading's
            for (String other : BatchFolder.otherResultsFiles(format)) {
                Files.deleteIfExists(results.resolveSibling(other)); // nor one of an earlier run in another format
            }
            Path folder = submission.source();
            if (!Files.exists(folder)) {
                throw new BrokenSubmissionException("no files were handed in.");
            }
            if (submission.isZip()) {
                scratch = ScratchFolder.create("nngrader-batch-");
                unzip.unpack(submission.source(), scratch);
                folder = scratch;
            }
            scores = grading.grade(folder, results);
        } catch (BrokenSubmissionException e) {
            scores = Scores.notGraded(e.getMessage());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            scores = Scores.notGraded("the batch was stopped before this submission was graded.");
        } catch (Exception | LinkageError e) {
            scores = Scores.notGraded("the batch could not grade it: " + e);
        } finally {
            if (scratch != null) {
                ScratchFolder.delete(scratch);
            }
        }
        SubmissionRecord record = new SubmissionRecord(submission.id(), assignment.title(), submission.submitters(),
                fingerprint, assignment.fingerprint(), format.name(), scores);
        try {
            if (!Files.isRegularFile(results)) {
                // the student sees why nothing was graded, as they would on the platform
                format.write(new GradingReport(assignment.title(), "This submission could not be graded: " + scores.problem(),
                        List.of(), 0, true), results);
            }
            RecordFiles.writeRecord(record, out.record(submission.id()));
        } catch (IOException e) {
            // the record stays in memory and reaches summary.csv; the next run grades it again
            warnings.add("cannot save the results of " + submission.id() + ": " + IoProblem.describe(e) + ".");
        }
        return record;
    }
}
