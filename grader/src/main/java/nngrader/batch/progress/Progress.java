package nngrader.batch.progress;

import nngrader.batch.SubmissionRecord;
import java.io.PrintWriter;

/**
 * Tells the user how a batch is going. Called from the grading threads.
 */
public interface Progress {

    /**
     * @param total         how many submissions the batch has
     * @param alreadyGraded how many of them an earlier run graded, which this one leaves as they are
     */
    void started(int total, int alreadyGraded);

    /** @param skipped it was graded by an earlier run and left as it was */
    void finished(SubmissionRecord record, boolean skipped);

    void done();

    /** A bar redrawn in place on a terminal; a line now and then (a CI log, a file) otherwise. */
    static Progress on(PrintWriter err, boolean terminal) {
        return terminal ? new ProgressBar(err) : new ProgressLines(err);
    }

    /** {@code grading 4 submissions}, or {@code 4 submissions: 4 already graded, 0 to grade (--force grades them again)}. */
    static String announcement(int total, int alreadyGraded) {
        String submissions = total + " submission" + (total == 1 ? "" : "s");
        return alreadyGraded == 0 ? "grading " + submissions : submissions + ": " + alreadyGraded + " already graded, "
                + (total - alreadyGraded) + " to grade (--force grades them again)";
    }

    /** Says nothing. */
    Progress SILENT = new Progress() {
        @Override
        public void started(int total, int alreadyGraded) {
        }

        @Override
        public void finished(SubmissionRecord record, boolean skipped) {
        }

        @Override
        public void done() {
        }
    };
}
