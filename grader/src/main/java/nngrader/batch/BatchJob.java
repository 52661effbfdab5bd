package nngrader.batch;

import nngrader.batch.input.Submission;
import nngrader.batch.progress.Progress;
import nngrader.batch.shard.Shard;
import java.io.IOException;
import java.nio.file.Files;
import java.time.Instant;
import java.util.List;

/**
 * One {@code grader batch} run into an output folder: refuses a folder that holds another assignment's
 * grades, records in {@code batch.json} what it is about to grade (marked unfinished), grades its
 * {@link Shard shard's} slice with a {@link BatchRunner}, then marks {@code batch.json} finished. A shard
 * with nothing to grade still leaves a folder that {@code grader merge} accepts.
 *
 * <pre>{@code
 * BatchResult result = new BatchJob(runner, new Shard(2, 8)).run(all, new BatchFolder(out), Progress.SILENT);
 * }</pre>
 */
public final class BatchJob {
    private final BatchRunner runner;
    private final Shard shard;

    public BatchJob(BatchRunner runner, Shard shard) {
        this.runner = runner;
        this.shard = shard;
    }

    /**
     * @param wholeClass every submission found, in id order; the shard takes its slice
     * @throws BatchInputException when the folder holds another assignment's grades, or batch.json cannot be written
     */
    public BatchRunner.BatchResult run(List<Submission> wholeClass, BatchFolder out, Progress progress)
            throws BatchInputException, InterruptedException {
        GradedAgainst assignment = runner.assignment();
        BatchManifest earlier = earlierRun(out);
        if (earlier != null && !earlier.assignment().equals(assignment.id())) {
            // regrading it would overwrite a class's grades with another assignment's: a slip of --out, most likely
            throw new BatchInputException(out.root() + " holds the grades of " + earlier.assignment() + "; grade "
                    + assignment.id() + " into another --out folder.");
        }
        List<Submission> slice = shard.select(wholeClass);
        BatchManifest manifest = new BatchManifest(assignment.id(), assignment.title(), assignment.fingerprint(),
                runner.format().name(), shard.toString(), Instant.now().toString(), false,
                slice.stream().map(Submission::id).toList(), wholeClass.stream().map(Submission::id).toList());
        write(manifest, out);
        BatchRunner.BatchResult result = runner.run(slice, out, progress);
        write(manifest.done(), out);
        return result;
    }

    /** The manifest of the folder's last run, or null when there is none (or it cannot be read: it is replaced). */
    private static BatchManifest earlierRun(BatchFolder out) {
        if (!Files.isRegularFile(out.manifest())) {
            return null;
        }
        try {
            return RecordFiles.readManifest(out.manifest());
        } catch (IOException e) {
            return null;
        }
    }

    private static void write(BatchManifest manifest, BatchFolder out) throws BatchInputException {
        try {
            RecordFiles.writeManifest(manifest, out.manifest());
        } catch (IOException e) {
            throw new BatchInputException("cannot write " + out.manifest() + ": " + IoProblem.describe(e) + ".");
        }
    }
}
