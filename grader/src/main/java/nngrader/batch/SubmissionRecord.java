package nngrader.batch;

import nngrader.batch.input.Submission;
import nngrader.batch.input.Submitter;
import nngrader.report.Scores;

import java.util.List;
import java.util.stream.Collectors;

/**
 * What {@code grader batch} keeps about one graded submission, as {@code record.json} next to its
 * results file: enough for the class summary, for skipping it on the next run, and for merging shards,
 * whatever format the results file is in.
 *
 * @param id          the submission's id ({@link Submission#id()})
 * @param assignment  the title of the assignment it was graded against
 * @param submitters  who handed it in, when known
 * @param fingerprint a hash of the submission's files as graded; a changed submission is graded again
 * @param against     the {@link AssignmentFingerprint} of what it was graded against; a changed assignment or
 *                    rebuilt suite grades it again (null in records of older graders, which are graded again)
 * @param format      the format its results file was written in, e.g. {@code GRADESCOPE}
 * @param scores      what it earned
 */
public record SubmissionRecord(String id, String assignment, List<Submitter> submitters, String fingerprint,
                               String against, String format, Scores scores) {

    public SubmissionRecord {
        submitters = submitters == null ? List.of() : List.copyOf(submitters);
    }

    /** The students' names, or the submission's id when nobody is named. */
    public String who() {
        return new Submission(id, null, submitters).who();
    }

    /**
     * The students' names joined by "; ", or nothing when nobody is named (no Gradescope metadata): a table
     * that has the id in a column of its own does not repeat it as the students.
     */
    public String names() {
        return submitters.stream().map(Submitter::name).filter(n -> !n.isBlank()).collect(Collectors.joining("; "));
    }
}
