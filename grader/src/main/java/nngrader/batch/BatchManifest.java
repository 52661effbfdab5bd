package nngrader.batch;

import nngrader.batch.shard.Shard;
import java.time.Instant;
import java.util.List;

/**
 * What the last {@code grader batch} run into a folder graded, kept as {@code OUT/batch.json}, so that
 * {@code grader merge} can check that its folders are the shards 1..N of one regrade and take from each
 * only what its last run had; an unsharded run is shard 1/1.
 *
 * @param assignment  the id of the assignment graded against
 * @param title       its title
 * @param against     its {@link AssignmentFingerprint}
 * @param format      the results files' format, e.g. {@code GRADESCOPE}
 * @param shard       which slice, {@code i/N}
 * @param startedAt   when the run started (ISO-8601): of two shards that both hold a submission, the later run's is kept
 * @param finished    false while the run is grading (or when it was stopped)
 * @param submissions the ids this shard's run graded or kept, sorted
 * @param wholeClass  the ids of every submission the run saw, before it took its slice
 */
public record BatchManifest(String assignment, String title, String against, String format, String shard,
                            String startedAt, boolean finished, List<String> submissions, List<String> wholeClass) {

    public BatchManifest {
        submissions = submissions == null ? null : List.copyOf(submissions);
        wholeClass = wholeClass == null ? null : List.copyOf(wholeClass);
    }

    public Shard slice() {
        return Shard.parse(shard);
    }

    public Instant started() {
        return Instant.parse(startedAt);
    }

    public BatchManifest done() {
        return new BatchManifest(assignment, title, against, format, shard, startedAt, true, submissions, wholeClass);
    }
}
