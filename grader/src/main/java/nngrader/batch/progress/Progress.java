package nngrader.batch.progress;

import nngrader.batch.SubmissionRecord;
import java.io.PrintWriter;

/**
 * Tells the user how a batch is going. Called from the grading threads.
 */
public interface Progress {

    void started(int total);

    /** @param skipped it was graded by an earlier run and left as it was */
    void finished(SubmissionRecord record, boolean skipped);

    void done();

    /** A bar redrawn in place on a terminal; a line now and then (a CI log, a file) otherwise. */
    static Progress on(PrintWriter err, boolean terminal) {
        return terminal ? new ProgressBar(err) : new ProgressLines(err);
    }

    /** Says nothing. */
    Progress SILENT = new Progress() {
        @Override
        public void started(int total) {
        }

        @Override
        public void finished(SubmissionRecord record, boolean skipped) {
        }

        @Override
        public void done() {
        }
    };
}
